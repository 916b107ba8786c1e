// The readable checklist printed by `npm run workup`: one screen a GP can read in a minute.
// Findings come first, most urgent first, each with its citation; then the definition and the work.
import type { EvaluatedItem, Evaluation } from '../engine/evaluation.ts';
import type { Role } from '../../guidelines/ids.ts';
import { patientQuestions } from '../engine/patient-questions.ts';
import { unverifiedItems, worklist } from '../engine/summary.ts';
import { DISCLAIMER, formatCitation, SEVERITY_LABEL, STATUS_LABEL, VERDICT_LABEL } from '../../guidelines/wording.ts';

function line(i: EvaluatedItem, plain: boolean, extra = ''): string[] {
  const s = STATUS_LABEL[i.status];
  const v = VERDICT_LABEL[i.verdict];
  const name = plain ? i.plainName : i.name;
  const tail = i.dueFrom
    ? ` — repeat due from ${i.dueFrom}`
    : i.doneVia
      ? ` — done via ${i.doneVia}`
      : i.declinedReason
        ? ` — declined: ${i.declinedReason}`
        : '';
  const out = [`  ${s.symbol} ${name} [${plain ? v.plain : v.text}]${tail}${extra}`];
  if (plain) out.push(`      ${i.plainWhy}`);
  else out.push(`      ${formatCitation(i.citation)}`);
  return out;
}

/** A line with its why in words (for items whose reason matters more than the verdict: deferred, taken now). */
function explained(i: EvaluatedItem, plain: boolean): string[] {
  const [head, cite] = line(i, plain);
  return plain ? [head!, cite!] : [head!, `      ${i.why}`, cite!];
}

function section(title: string, items: EvaluatedItem[], plain: boolean, render = line): string[] {
  if (items.length === 0) return [];
  return ['', title, ...items.flatMap((i) => render(i, plain))];
}

function findings(e: Evaluation, plain: boolean): string[] {
  if (e.findings.length === 0) return [];
  const out = ['', plain ? 'WHAT MATTERS MOST' : 'FINDINGS (most urgent first)'];
  for (const f of e.findings) {
    const sev = SEVERITY_LABEL[f.severity];
    out.push(`  ${sev.symbol} ${(plain ? sev.plain : sev.text).toUpperCase()}: ${plain ? f.plainWhy : f.why}`, ...f.detail.map((x) => `      ${x}`));
    if (!plain) out.push(`      ${formatCitation(f.citation)}`);
  }
  return out;
}

function definition(e: Evaluation, plain: boolean): string[] {
  const d = e.definition;
  const out = [`Definition: ${d.met ? 'MET' : 'NOT MET'} — ${d.losses} loss${d.losses === 1 ? '' : 'es'} counted. ${plain ? d.plainRule : d.rule}`];
  if (d.discretion && d.discretionText) out.push(`  ${d.discretionText}`);
  if (!d.met && !d.evaluatedAtDiscretion) {
    out.push(
      plain
        ? '  This guideline\'s tests for repeated pregnancy loss do not apply yet. Steps show "not needed" for this reason.'
        : `  Not met: ${e.guideline.shortTitle}'s workup does not apply to this case; its steps read "not applicable" for this reason, not because anything has been done.`,
    );
  }
  if (!plain) out.push(`  ${formatCitation(d.citation)}`);
  return out;
}

function gate(e: Evaluation): string {
  const d = e.definition;
  if (!d.met && !d.evaluatedAtDiscretion) return 'Immune step: not applicable — the definition is not met.';
  const open = e.coreDomains.filter((c) => !c.resolved).map((c) => c.domain);
  // "Done", never "settled": a completed step may hold a finding that needs action (e.g. APS criteria met).
  return e.immuneGate === 'open'
    ? 'Immune step: open (core investigations done or declined; see the findings above). Non-recommended immune tests stay flagged.'
    : `Immune step: closed until ${open.join(', ')} ${open.length === 1 ? 'is' : 'are'} done or declined.`;
}

export function formatText(e: Evaluation, role: Role): string {
  const plain = role === 'patient';
  const w = worklist(e);
  const out: string[] = [
    `RPL Workup — ${e.guideline.shortTitle} (rules ${e.guideline.ruleVersion}) — ${role === 'gp' ? 'GP checklist' : role === 'nurse' ? 'triage' : 'your summary'}`,
    DISCLAIMER,
    ...findings(e, plain),
    '',
    ...definition(e, plain),
  ];
  if (e.prognosis) {
    out.push('', plain ? 'YOUR CHANCES' : 'PROGNOSIS', `  ${plain ? e.prognosis.plainText : e.prognosis.text}`);
    if (!plain) out.push(`      ${formatCitation(e.prognosis.citation)}`);
  }

  if (role === 'nurse') {
    out.push('', `Referral: ${e.referral.meetsCriteria ? 'MEETS' : 'DOES NOT MEET'} criteria under ${e.guideline.shortTitle} — ${e.referral.rule}`);
    out.push(`  Tests missing before referral: ${e.referral.missingBeforeReferral.length ? e.referral.missingBeforeReferral.join(', ') : 'none'}`);
  }
  if (e.referral.redFlags.length) {
    out.push('', plain ? 'IMPORTANT' : 'RED FLAGS');
    for (const r of e.referral.redFlags) out.push(`  ! ${plain ? r.plainWhy : r.why}`, ...(plain ? [] : [`      ${formatCitation(r.citation)}`]));
  }

  out.push(...section(plain ? 'MEDICINES YOU TAKE NOW' : 'MEDICINES TAKEN NOW', w.takenNow, plain, explained));
  out.push(...section(plain ? 'TESTS TO ASK FOR' : 'ORDER OR ARRANGE NOW (recommended)', w.orderNow, plain));
  out.push(...section(plain ? 'TESTS TO REPEAT' : 'REPEAT DUE', w.repeatsDue, plain));
  out.push(...section(plain ? 'TREATMENTS TO TALK ABOUT' : 'TREATMENT FOR THIS CASE', w.treatments, plain));
  out.push(...section(plain ? 'TESTS THAT MAY BE OFFERED' : 'CONSIDER (conditional)', w.consider, plain));
  out.push(...section(plain ? 'LATER, NOT NOW' : 'DEFERRED (not now: see when)', w.deferred, plain, explained));
  out.push(
    ...section(
      'DONE',
      w.done.filter((i) => !i.takenNow),
      plain,
    ),
  );
  out.push(...section('DECLINED', w.declined, plain));

  if (e.flags.length) {
    out.push('', plain ? 'NOT ADVISED BY THE GUIDELINE' : 'FLAGGED — asked about, taken now or entered, not recommended by this guideline');
    for (const f of e.flags) {
      const now = f.takenNow ? (plain ? ' — you take this now' : ' — TAKEN NOW') : '';
      out.push(`  ✗ ${plain ? f.plainName : f.name} [${plain ? VERDICT_LABEL[f.verdict].plain : VERDICT_LABEL[f.verdict].text}]${now}`);
      out.push(`      ${plain ? f.plainWhy : f.why}`);
      if (f.harms && !plain) out.push(`      Harms: ${f.harms}`);
      if (f.instead) out.push(`      Instead: ${f.instead}`);
      if (!plain) out.push(`      ${formatCitation(f.citation)}`);
    }
  }
  out.push('', gate(e));
  if (role !== 'nurse') {
    out.push(`Referral: ${e.referral.meetsCriteria ? 'meets' : 'does not meet'} criteria (${e.referral.rule})`);
  }
  if (plain) {
    out.push('', 'QUESTIONS TO TAKE TO YOUR APPOINTMENT');
    patientQuestions(e).forEach((q, n) => {
      out.push(`  ${n + 1}. ${q.question}`);
    });
  }
  const unverified = unverifiedItems(e);
  if (unverified.length) {
    out.push(
      '',
      `UNVERIFIED: ${unverified.length} item${unverified.length === 1 ? '' : 's'} above cite${unverified.length === 1 ? 's' : ''} wording not verified for ${e.guideline.shortTitle}. ${e.guideline.verificationNote}`,
    );
  }
  return out.join('\n');
}
