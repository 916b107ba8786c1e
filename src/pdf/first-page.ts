// Page 1 of the clinician summary and the referral letter, which must stand alone: who, findings
// first by severity, what to do today, what not to offer, the referral, and a signature block. The
// full checklist and the references follow as an appendix.
import type { Citation } from '../../guidelines/schema.ts';
import { guidelineName, STATUS_LABEL } from '../../guidelines/wording.ts';
import type { Case } from '../engine/case-schema.ts';
import type { EvaluatedItem, Evaluation } from '../engine/evaluation.ts';
import { worklist } from '../engine/summary.ts';
import { definitionLine } from './blocks.ts';
import type { Layout } from './layout.ts';
import { HISTORY_LABEL, muted } from './labels.ts';
import type { References } from './references.ts';
import { listScripts } from './scripts.ts';
import { COLOR, type Para } from './style.ts';

/** "ESHRE 2022 · 2017 rec 22 [3]": enough to find it; the full citation is in the references. */
export function shortCite(c: Citation, refs: References): string {
  return `${guidelineName(c.guideline)} · ${c.reference} ${refs.ref(c)}`;
}

/** The first sentence: the reason in one line; the whole text is in the appendix. */
export function firstSentence(s: string): string {
  const m = /^.*?[.!?](?=\s|$)/s.exec(s);
  return (m ? m[0] : s).trim();
}

/** A note under a name that holds letters the font cannot draw, naming the script. */
export function nameNote(L: Layout, name: string): Para[] {
  const scripts = L.text.unprintable(name);
  if (!scripts.length) return [];
  return [muted(`This name contains ${listScripts(scripts)} characters that this PDF cannot show.`, { color: COLOR.alert })];
}

/** Who, in two lines: name, date of birth, age, NHS number, BMI, smoking and the history ticked. */
export function patientLine(L: Layout, c: Case): void {
  const p = c.patient;
  const facts = [
    p.dateOfBirth ? `born ${p.dateOfBirth}` : '',
    `age ${p.age}`,
    p.nhsNumber ? `NHS ${p.nhsNumber}` : '',
    p.bmi !== undefined ? `BMI ${p.bmi}` : '',
    p.smoker === undefined ? '' : p.smoker ? 'smoker' : 'non-smoker',
  ].filter(Boolean).join(' · ');
  const history = Object.entries(c.history ?? {}).filter(([, v]) => v === true)
    .map(([k]) => HISTORY_LABEL[k as keyof typeof HISTORY_LABEL]).filter(Boolean);
  L.box([
    { text: p.name ? `${p.name} · ${facts}` : `Patient · ${facts}`, bold: true, size: 10 },
    ...(p.name ? nameNote(L, p.name) : []),
    { text: `History: ${history.length ? history.join('; ') : 'nothing recorded'}`, size: 8.5, gap: 0.6 },
  ], COLOR.groupFill);
}

/** The definition verdict in one line, with its reference. */
export function definitionSummary(L: Layout, e: Evaluation, refs: References): void {
  L.paragraph({ text: `${definitionLine(e)} ${refs.ref(e.definition.citation)}`, bold: true, color: e.definition.met ? COLOR.good : COLOR.alert, gap: 1.5 });
}

/** Red flags, then findings in the engine's order (most severe first), each with its citation. */
export function findingsFirst(L: Layout, e: Evaluation, refs: References): void {
  if (!e.referral.redFlags.length && !e.findings.length) {
    L.heading('Findings');
    L.paragraph(muted('No findings from the results entered.', { size: 8.5 }));
    return;
  }
  L.heading('Findings, most urgent first');
  L.list([
    ...e.referral.redFlags.map((r) => ({
      marker: '⚠', markerColor: COLOR.alert,
      cell: [{ text: `Red flag: ${r.why}`, bold: true, color: COLOR.alert, size: 8.5 }, muted(shortCite(r.citation, refs))],
    })),
    ...e.findings.map((f) => ({
      marker: '•',
      cell: [{ text: f.why, size: 8.5, bold: true }, muted(shortCite(f.citation, refs))],
    })),
  ], { markerWidth: 6 });
}

function whenText(i: EvaluatedItem): string {
  if (i.status === 'repeat-due') return `Repeat from ${i.dueFrom ?? 'the repeat date'}`;
  if (i.kind === 'treatment') return i.verdict === 'recommended' ? 'Discuss and plan' : 'Discuss (conditional)';
  return i.verdict === 'recommended' ? 'Order today' : 'Consider (conditional)';
}

/** Tick-boxes: what to order or arrange today, repeats with their date, then what to consider. */
export function actionsToday(L: Layout, e: Evaluation, refs: References): void {
  const w = worklist(e);
  const items = [...w.orderNow, ...w.repeatsDue, ...w.consider, ...w.treatments];
  L.heading('Actions, in order');
  if (!items.length) {
    L.paragraph({ text: 'Nothing outstanding under this guideline.', size: 8.5 });
    return;
  }
  L.table(
    [{ header: '', width: 0.05 }, { header: 'Test or treatment', width: 0.45 }, { header: 'When', width: 0.23 }, { header: 'Source', width: 0.27 }],
    items.map((i) => {
      const strong = i.verdict === 'recommended';
      return [
        { text: STATUS_LABEL['to-do'].symbol, size: 9 },
        { text: i.name, size: 8.5, bold: strong },
        { text: whenText(i), size: 8.5, bold: strong },
        muted(shortCite(i.citation, refs), { size: 7 }),
      ];
    }),
  );
}

/** The flags: each item and its reason in one line. */
export function dontOffer(L: Layout, e: Evaluation, refs: References): void {
  if (!e.flags.length) return;
  L.heading('Do not offer');
  L.list(e.flags.map((f) => ({
    marker: '✗', markerColor: COLOR.alert,
    cell: [{ text: f.name, bold: true, size: 8.5 }, { text: firstSentence(f.why), size: 8 }, muted(shortCite(f.citation, refs), { size: 7 })],
  })), { markerWidth: 6 });
}

/** Whether the case meets the referral criteria, and the tests still missing, by name. */
export function referralSummary(L: Layout, e: Evaluation, refs: References): void {
  const r = e.referral;
  const missing = r.missingBeforeReferral.map((id) => e.items.find((i) => i.id === id)?.name ?? id);
  L.heading('Referral');
  L.list([
    {
      marker: r.meetsCriteria ? '✓' : '✗', markerColor: r.meetsCriteria ? COLOR.good : COLOR.alert,
      cell: [{ text: `Referral: ${r.meetsCriteria ? 'MEETS' : 'DOES NOT MEET'} the criteria under ${e.guideline.shortTitle} ${refs.ref(r.citation)}`, bold: true, size: 8.5 }],
    },
    {
      marker: missing.length ? STATUS_LABEL['to-do'].symbol : '✓',
      cell: { text: missing.length ? `Missing before referral: ${missing.join('; ')}.` : 'No tests missing before referral.', size: 8.5 },
    },
  ], { markerWidth: 6 });
}

/** Lines for a name, role, date and signature, kept together. */
export function signatureBlock(L: Layout, title: string): void {
  L.heading(title, 2);
  L.table(
    [{ header: '', width: 0.17 }, { header: '', width: 0.33 }, { header: '', width: 0.12 }, { header: '', width: 0.38 }],
    [['Name', 'Role'], ['Practice or service', 'Contact'], ['Date', 'Signature']].map(([a, b]) => [
      { text: a!, bold: true, size: 8 }, { text: ' ', size: 12 }, { text: b!, bold: true, size: 8 }, { text: ' ', size: 12 },
    ]),
    { header: false, keepTogether: true },
  );
}

/** The appendix starts on a page of its own, so page 1 stands alone. */
export function appendix(L: Layout, title: string): void {
  L.newPage();
  L.paragraph({ text: title, bold: true, size: 13, color: COLOR.heading });
}
