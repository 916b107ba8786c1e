// Page 1 of the clinician summary and the referral letter, which must stand alone: who (and a
// pregnancy now), findings first by severity, what to do today, what not to offer, the referral,
// and a signature block. The full checklist and the references follow as an appendix.
import type { Citation } from '../../guidelines/schema.ts';
import { andList, citationSource, SEVERITY_LABEL, STATUS_LABEL, TAKEN_NOW } from '../../guidelines/wording.ts';
import type { Case } from '../engine/case-schema.ts';
import type { EvaluatedItem, Evaluation, Finding } from '../engine/evaluation.ts';
import { SEVERITIES } from '../../guidelines/ids.ts';
import { worklist } from '../engine/summary.ts';
import { definitionLine } from './blocks.ts';
import type { Layout } from './layout.ts';
import { historyLines, itemName, medicineLines, muted, pregnancyNow } from './labels.ts';
import type { References } from './references.ts';
import { COLOR, type Para } from './style.ts';

/**
 * "2017 rec 22 [3]": enough to find it (the guideline is in every page's header; a source it points
 * to, e.g. NICE NG126, is named); the full citation is in the references.
 */
/** Findings most severe first (the engine sorts them so; kept here so page 1 never depends on it). */
export function bySeverity(e: Evaluation): Finding[] {
  return e.findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITIES.indexOf(a.f.severity) - SEVERITIES.indexOf(b.f.severity) || a.i - b.i)
    .map(({ f }) => f);
}

export function shortCite(c: Citation, refs: References): string {
  return `${c.source ? `${citationSource(c)} · ` : ''}${c.reference} ${refs.ref(c)}`;
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
  return [muted(`This name contains ${andList(scripts)} characters that this PDF cannot show.`, { color: COLOR.alert })];
}

/** Who: name, date of birth, age, NHS number, BMI, smoking, a pregnancy now, medicines, history. */
export function patientLine(L: Layout, c: Case, e: Evaluation): void {
  const p = c.patient;
  const facts = [
    p.dateOfBirth ? `born ${p.dateOfBirth}` : '',
    `age ${p.age}`,
    p.nhsNumber ? `NHS ${p.nhsNumber}` : '',
    p.bmi !== undefined ? `BMI ${p.bmi}` : '',
    p.smoker === undefined ? '' : p.smoker ? 'smoker' : 'non-smoker',
  ]
    .filter(Boolean)
    .join(' · ');
  const partner = [p.partnerAge !== undefined ? `age ${p.partnerAge}` : '', p.partnerSmoker === undefined ? '' : p.partnerSmoker ? 'smoker' : 'non-smoker']
    .filter(Boolean)
    .join(', ');
  const history = historyLines(c);
  const medicines = medicineLines(c, e);
  const now = pregnancyNow(c, false);
  L.box(
    [
      { text: p.name ? `${p.name} · ${facts}` : `Patient · ${facts}`, bold: true, size: 10 },
      ...(p.name ? nameNote(L, p.name) : []),
      ...(now ? [{ text: now.text, bold: true, size: 9, color: now.alarm ? COLOR.alert : COLOR.text, gap: 0.8 }] : []),
      ...(medicines.length ? [{ text: `Takes now: ${medicines.join('; ')}`, size: 8.5, gap: 0.6 }] : []),
      { text: `History: ${history.length ? history.join('; ') : 'nothing recorded'}`, size: 8.5, gap: 0.6 },
      ...(partner ? [{ text: `Partner: ${partner}`, size: 8.5, gap: 0.6 }] : []),
    ],
    now?.alarm ? COLOR.alertFill : COLOR.groupFill,
  );
}

/** The definition verdict in one line. */
export function definitionSummary(L: Layout, e: Evaluation, refs: References): void {
  L.paragraph({ text: `${definitionLine(e)} ${refs.ref(e.definition.citation)}`, bold: true, color: e.definition.met ? COLOR.good : COLOR.alert, gap: 1.5 });
}

/** The prognosis in the guideline's own words, where it gives one. */
export function prognosisLine(L: Layout, e: Evaluation, refs: References): void {
  if (e.prognosis) L.paragraph({ text: `Prognosis: ${e.prognosis.text} ${shortCite(e.prognosis.citation, refs)}`, size: 8.5, gap: 0.8 });
}

/** Red flags, then findings in the engine's order (urgent, action, info), each with its citation. */
export function findingsFirst(L: Layout, e: Evaluation, refs: References): void {
  if (!e.referral.redFlags.length && !e.findings.length) {
    L.heading('Findings');
    L.paragraph(muted('No findings from the results entered.', { size: 8.5 }));
    return;
  }
  L.heading('Findings, most urgent first');
  const urgent = SEVERITY_LABEL.urgent;
  L.list(
    [
      ...e.referral.redFlags.map((r) => ({
        marker: urgent.symbol,
        markerColor: COLOR.alert,
        cell: [{ text: `${urgent.text}, red flag: ${r.why}`, bold: true, color: COLOR.alert, size: 8.5 }, muted(shortCite(r.citation, refs), { size: 7 })],
      })),
      ...bySeverity(e).map((f) => {
        const l = SEVERITY_LABEL[f.severity];
        const color = f.severity === 'urgent' ? COLOR.alert : f.severity === 'action' ? COLOR.amber : COLOR.text;
        return {
          marker: l.symbol,
          markerColor: color,
          cell: [{ text: `${l.text}: ${f.why}`, size: 8.5, bold: f.severity !== 'info', color }, muted(shortCite(f.citation, refs), { size: 7 })],
        };
      }),
    ],
    { markerWidth: 5 },
  );
}

function whenText(i: EvaluatedItem): string {
  if (i.takenNow) return 'Taking now: continue';
  if (i.status === 'repeat-due') return `Repeat from ${i.dueFrom ?? 'the repeat date'}`;
  if (i.kind === 'treatment') return i.verdict === 'recommended' ? 'Discuss and plan' : 'Discuss';
  return i.verdict === 'recommended' ? 'Order today' : 'Consider';
}

/**
 * Tick-boxes: what to order today, repeats with their date, recommended treatments, medicines to
 * continue; what to consider or discuss (conditional) named in one line; then what waits.
 */
export function actionsToday(L: Layout, e: Evaluation, refs: References): void {
  const w = worklist(e);
  const taken = e.items.filter((i) => i.takenNow && i.verdict !== 'not-recommended' && !w.treatments.includes(i));
  const optional = [...w.consider, ...w.treatments].filter((i) => i.verdict === 'conditional' && !i.takenNow);
  const items = [...w.orderNow, ...w.repeatsDue, ...w.consider, ...w.treatments, ...taken].filter((i) => !optional.includes(i));
  const deferred = e.items.filter((i) => i.status === 'deferred');
  L.heading('Actions, in order');
  if (!items.length) L.paragraph({ text: 'Nothing to order or start under this guideline.', size: 8.5 });
  else {
    L.table(
      [
        { header: '', width: 0.05 },
        { header: 'Test or treatment', width: 0.45 },
        { header: 'When', width: 0.2 },
        { header: 'Source', width: 0.3 },
      ],
      items.map((i) => {
        const strong = i.verdict === 'recommended' || i.takenNow === true;
        return [
          { text: STATUS_LABEL['to-do'].symbol, size: 9 },
          { text: i.name, size: 8.5, bold: strong },
          { text: whenText(i), size: 8.5, bold: strong },
          muted(shortCite(i.citation, refs), { size: 7 }),
        ];
      }),
      { compact: true },
    );
  }
  if (optional.length) {
    L.paragraph({ text: `Also to consider or discuss (conditional): ${optional.map((i) => i.name).join('; ')}.`, size: 8.5, gap: 1 });
  }
  if (deferred.length) {
    // Items deferred for the same reason (e.g. between pregnancies) share one entry.
    const groups = new Map<string, EvaluatedItem[]>();
    for (const i of deferred) groups.set(i.deferral?.why ?? i.why, [...(groups.get(i.deferral?.why ?? i.why) ?? []), i]);
    L.heading('Not now', 2);
    L.list(
      [...groups].map(([why, group]) => ({
        marker: STATUS_LABEL.deferred.symbol,
        cell: [
          { text: group.map((i) => i.name).join('; '), size: 8.5, bold: true },
          { text: firstSentence(why), size: 8.5 },
          muted(shortCite(group[0]!.deferral?.citation ?? group[0]!.citation, refs), { size: 7 }),
        ],
      })),
      { markerWidth: 5 },
    );
  }
}

/** The flags: each item and its reason in one line; a medicine she takes says so. */
export function dontOffer(L: Layout, e: Evaluation, refs: References): void {
  if (!e.flags.length) return;
  L.heading('Do not offer');
  L.list(
    e.flags.map((f) => ({
      marker: '✗',
      markerColor: COLOR.alert,
      cell: [
        { text: f.name, bold: true, size: 8.5 },
        ...(f.takenNow ? [{ text: TAKEN_NOW.review.text, size: 8, bold: true, color: COLOR.alert }] : []),
        { text: firstSentence(f.why), size: 8 },
        muted(shortCite(f.citation, refs), { size: 7 }),
      ],
    })),
    { markerWidth: 5 },
  );
}

/** Whether the case meets the referral criteria, and the tests still missing, by name. */
export function referralSummary(L: Layout, e: Evaluation, refs: References): void {
  const r = e.referral;
  const missing = r.missingBeforeReferral.map((id) => itemName(e, id));
  L.heading('Referral');
  L.list(
    [
      {
        marker: r.meetsCriteria ? '✓' : '✗',
        markerColor: r.meetsCriteria ? COLOR.good : COLOR.alert,
        cell: [
          {
            text: `Referral: ${r.meetsCriteria ? 'MEETS' : 'DOES NOT MEET'} the criteria under ${e.guideline.shortTitle} ${refs.ref(r.citation)}`,
            bold: true,
            size: 8.5,
          },
        ],
      },
      {
        marker: missing.length ? STATUS_LABEL['to-do'].symbol : '✓',
        cell: { text: missing.length ? `Missing before referral: ${missing.join('; ')}.` : 'No tests missing before referral.', size: 8.5 },
      },
    ],
    { markerWidth: 5 },
  );
}

/** Lines for a name, role, date and signature, kept together. */
export function signatureBlock(L: Layout, title: string): void {
  L.heading(title, 2);
  L.table(
    [
      { header: '', width: 0.21 },
      { header: '', width: 0.29 },
      { header: '', width: 0.12 },
      { header: '', width: 0.38 },
    ],
    [
      ['Name', 'Role'],
      ['Practice or service', 'Contact'],
      ['Date', 'Signature'],
    ].map(([a, b]) => [
      { text: a!, bold: true, size: 8 },
      { text: ' ', size: 11 },
      { text: b!, bold: true, size: 8 },
      { text: ' ', size: 11 },
    ]),
    { header: false, keepTogether: true, compact: true },
  );
}

/** The appendix starts on a page of its own, so page 1 stands alone. */
export function appendix(L: Layout, title: string): void {
  L.newPage();
  L.paragraph({ text: title, bold: true, size: 13, color: COLOR.heading });
}
