// The readable checklist printed by `npm run workup`: one screen a GP can read in a minute.
import type { EvaluatedItem, Evaluation } from '../engine/evaluation.ts';
import type { Role } from '../../guidelines/ids.ts';
import { patientQuestions } from '../engine/patient-questions.ts';
import { unverifiedItems, worklist } from '../engine/summary.ts';
import { formatCitation, STATUS_LABEL, VERDICT_LABEL } from '../../guidelines/wording.ts';

const DISCLAIMER = 'Decision support, not a diagnosis: check against the full guideline and clinical judgement.';

function line(i: EvaluatedItem, plain: boolean, extra = ''): string[] {
  const s = STATUS_LABEL[i.status];
  const v = VERDICT_LABEL[i.verdict];
  const name = plain ? i.plainName : i.name;
  const tail = i.dueFrom ? ` — repeat due from ${i.dueFrom}` : i.doneVia ? ` — done via ${i.doneVia}` : i.declinedReason ? ` — declined: ${i.declinedReason}` : '';
  const out = [`  ${s.symbol} ${name} [${plain ? v.plain : v.text}]${tail}${extra}`];
  if (plain) out.push(`      ${i.plainWhy}`);
  else out.push(`      ${formatCitation(i.citation)}`);
  return out;
}

function section(title: string, items: EvaluatedItem[], plain: boolean): string[] {
  if (items.length === 0) return [];
  return ['', title, ...items.flatMap((i) => line(i, plain))];
}

export function formatText(e: Evaluation, role: Role): string {
  const plain = role === 'patient';
  const w = worklist(e);
  const d = e.definition;
  const out: string[] = [
    `RPL Workup — ${e.guideline.shortTitle} (rules ${e.guideline.ruleVersion}) — ${role === 'gp' ? 'GP checklist' : role === 'nurse' ? 'triage' : 'your summary'}`,
    DISCLAIMER,
    '',
    `Definition: ${d.met ? 'MET' : 'NOT MET'} — ${d.losses} loss${d.losses === 1 ? '' : 'es'} counted. ${plain ? d.plainRule : d.rule}`,
  ];
  if (d.discretion && d.discretionText) out.push(`  ${d.discretionText}`);
  if (!plain) out.push(`  ${formatCitation(d.citation)}`);

  if (role === 'nurse') {
    out.push('', `Referral: ${e.referral.meetsCriteria ? 'MEETS' : 'DOES NOT MEET'} criteria under ${e.guideline.shortTitle} — ${e.referral.rule}`);
    out.push(`  Tests missing before referral: ${e.referral.missingBeforeReferral.length ? e.referral.missingBeforeReferral.join(', ') : 'none'}`);
  }
  if (e.referral.redFlags.length) {
    out.push('', plain ? 'IMPORTANT' : 'RED FLAGS');
    for (const r of e.referral.redFlags) out.push(`  ! ${plain ? r.plainWhy : r.why}`, ...(plain ? [] : [`      ${formatCitation(r.citation)}`]));
  }

  out.push(...section(plain ? 'TESTS TO ASK FOR' : 'ORDER OR ARRANGE NOW (recommended)', w.orderNow, plain));
  out.push(...section(plain ? 'TESTS TO REPEAT' : 'REPEAT DUE', w.repeatsDue, plain));
  out.push(...section(plain ? 'TREATMENTS TO TALK ABOUT' : 'TREATMENT FOR THIS CASE', w.treatments, plain));
  out.push(...section(plain ? 'TESTS THAT MAY BE OFFERED' : 'CONSIDER (conditional)', w.consider, plain));
  out.push(...section('DONE', w.done, plain));
  out.push(...section('DECLINED', w.declined, plain));

  if (e.findings.length) {
    out.push('', plain ? 'WHAT YOUR RESULTS SHOW' : 'FINDINGS');
    for (const f of e.findings) {
      out.push(`  • ${plain ? f.plainWhy : f.why}`, ...f.detail.map((x) => `      ${x}`));
      if (!plain) out.push(`      ${formatCitation(f.citation)}`);
    }
  }
  if (e.flags.length) {
    out.push('', plain ? 'NOT ADVISED BY THE GUIDELINE' : 'FLAGGED — asked about, not recommended by this guideline');
    for (const f of e.flags) {
      out.push(`  ✗ ${plain ? f.plainName : f.name} [${plain ? VERDICT_LABEL[f.verdict].plain : VERDICT_LABEL[f.verdict].text}]`);
      out.push(`      ${plain ? f.plainWhy : f.why}`);
      if (f.harms && !plain) out.push(`      Harms: ${f.harms}`);
      if (f.instead) out.push(`      Instead: ${f.instead}`);
      if (!plain) out.push(`      ${formatCitation(f.citation)}`);
    }
  }
  const gate = e.immuneGate === 'open'
    ? 'Immune step: open (core workup settled). Non-recommended immune tests stay flagged.'
    : `Immune step: closed until ${e.coreDomains.filter((c) => !c.resolved).map((c) => c.domain).join(', ')} ${e.coreDomains.filter((c) => !c.resolved).length === 1 ? 'is' : 'are'} settled.`;
  out.push('', gate);
  if (role !== 'nurse') {
    out.push(`Referral: ${e.referral.meetsCriteria ? 'meets' : 'does not meet'} criteria (${e.referral.rule})`);
  }
  if (plain) {
    out.push('', 'QUESTIONS TO TAKE TO YOUR APPOINTMENT');
    patientQuestions(e).forEach((q, n) => out.push(`  ${n + 1}. ${q.question}`));
  }
  const unverified = unverifiedItems(e);
  if (unverified.length) {
    out.push('', `UNVERIFIED: ${unverified.length} item${unverified.length === 1 ? '' : 's'} above cite${unverified.length === 1 ? 's' : ''} wording not verified for ${e.guideline.shortTitle}. ${e.guideline.verificationNote}`);
  }
  return out.join('\n');
}
