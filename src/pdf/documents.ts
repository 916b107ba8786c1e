// What each PDF says, built from the case and the engine's evaluation. Layout lives in layout.ts;
// the words for verdicts, statuses and citations come from the engine's wording.ts.
import catalogue from '../../guidelines/catalogue.json' with { type: 'json' };
import type { Citation } from '../../guidelines/schema.ts';
import type { Case, Result } from '../engine/case-schema.ts';
import type { EvaluatedItem, Evaluation } from '../engine/evaluation.ts';
import { DOMAINS, type Domain, type ItemId } from '../../guidelines/ids.ts';
import { patientQuestions } from '../engine/patient-questions.ts';
import { unverifiedItems, worklist } from '../engine/summary.ts';
import { formatCitation, STATUS_LABEL, VERDICT_LABEL } from '../../guidelines/wording.ts';
import type { PdfDoc } from './kinds.ts';
import { type Cell, COLOR, type Layout, type Para, type RGB } from './layout.ts';

type Entry = { name: string; plainName: string; plainWhat?: string };
const entries = catalogue.items as Record<string, Entry>;

const SMALL = 7.5;
const muted = (text: string, extra: Partial<Para> = {}): Para => ({ text, size: SMALL, color: COLOR.muted, ...extra });

export const DOMAIN_LABEL: Record<Domain, string> = {
  genetic: 'Genetic',
  anatomical: 'Anatomical (uterus)',
  hormonal: 'Hormonal and metabolic',
  antiphospholipid: 'Antiphospholipid antibodies',
  thrombophilia: 'Inherited thrombophilia',
  immune: 'Immune',
  endometrial: 'Infection and endometrium',
  male: 'Male partner',
  lifestyle: 'Lifestyle',
  general: 'General',
  treatment: 'Treatments',
};

const HISTORY_LABEL: Record<keyof NonNullable<Case['history']>, string> = {
  currentlyPregnant: 'Currently pregnant',
  venousThrombosis: 'Personal history of venous thrombosis',
  arterialThrombosis: 'Arterial thrombosis',
  sle: 'SLE or other autoimmune disease',
  thyroidDisease: 'Thyroid disease',
  diabetes: 'Diabetes',
  menstrualIrregularity: 'Irregular or absent periods',
  familyThrombophilia: 'Heritable thrombophilia in a first-degree relative',
  previousUnbalancedOffspring: 'A child or pregnancy with an unbalanced chromosome anomaly',
  familyChromosomalRearrangement: 'Chromosomal rearrangement in the family',
  venousThrombosisCause: 'Cause of the venous thrombosis recorded',
};

const OUTCOME_LABEL: Record<Case['pregnancies'][number]['outcome'], string> = {
  loss: 'Pregnancy loss',
  'live-birth': 'Live birth',
  ectopic: 'Ectopic pregnancy',
  molar: 'Molar pregnancy',
  termination: 'Termination',
};

const TISSUE_LABEL: Record<NonNullable<Case['pregnancies'][number]['tissueGenetics']>, string> = {
  'not-done': 'tissue genetics not done',
  euploid: 'tissue genetics: euploid',
  aneuploid: 'tissue genetics: aneuploid',
  'unbalanced-structural': 'tissue genetics: unbalanced structural anomaly',
};

const VERDICT_COLOR: Record<EvaluatedItem['verdict'], RGB> = {
  recommended: COLOR.good,
  conditional: COLOR.amber,
  'not-recommended': COLOR.alert,
  'not-addressed': COLOR.muted,
};

/** Numbered references in order of first use; identical citations share a number. */
class References {
  readonly list: Citation[] = [];
  private readonly index = new Map<string, number>();
  ref(c: Citation): string {
    const key = JSON.stringify([c.guideline, c.document, c.reference, c.strength, c.evidence, c.url, c.unverified ?? '']);
    let n = this.index.get(key);
    if (n === undefined) {
      this.list.push(c);
      n = this.list.length;
      this.index.set(key, n);
    }
    return `[${n}]`;
  }
}

function itemName(e: Evaluation, id: ItemId, plain = false): string {
  const item = e.items.find((i) => i.id === id);
  const entry = entries[id];
  return plain ? (item?.plainName ?? entry?.plainName ?? id) : (item?.name ?? entry?.name ?? id);
}

export function resultText(r: Result): string {
  const value = r.value !== undefined ? `${r.value}${r.unit ? ` ${r.unit}` : ''}` : '';
  const head = [r.isotype, value].filter(Boolean).join(' ');
  return [head, r.interpretation].filter(Boolean).join(', ') || 'recorded';
}

function verdictPara(v: EvaluatedItem['verdict'], plain = false): Para {
  const l = VERDICT_LABEL[v];
  return { text: `${l.symbol} ${plain ? l.plain : l.text}`, color: VERDICT_COLOR[v], size: 8 };
}

function statusText(e: Evaluation, i: EvaluatedItem, plain = false): string {
  const l = STATUS_LABEL[i.status];
  const base = `${l.symbol} ${plain ? l.plain : l.text}`;
  if (i.status === 'repeat-due' && i.dueFrom) return `${base} from ${i.dueFrom}`;
  if (i.status === 'done' && i.doneVia) return `${base} via ${itemName(e, i.doneVia, plain)}`;
  if (i.status === 'declined' && i.declinedReason) return `${base}: ${i.declinedReason}`;
  return base;
}

// ---------------------------------------------------------------------------------------------
// Blocks shared by the documents

function patientBlock(L: Layout, c: Case, plain: boolean): void {
  const p = c.patient;
  const rows: [string, string][] = [];
  if (p.name) rows.push(['Name', p.name]);
  if (p.nhsNumber) rows.push(['NHS number', p.nhsNumber]);
  if (p.dateOfBirth) rows.push(['Date of birth', p.dateOfBirth]);
  rows.push(['Age', `${p.age} years`]);
  if (p.bmi !== undefined) rows.push(['BMI', String(p.bmi)]);
  if (p.smoker !== undefined) rows.push(['Smoker', p.smoker ? 'Yes' : 'No']);
  const history = Object.entries(c.history ?? {}).filter(([, v]) => v).map(([k]) => HISTORY_LABEL[k as keyof typeof HISTORY_LABEL]);
  if (!plain) rows.push(['History', history.length ? history.join('; ') : 'Nothing recorded']);
  L.heading(plain ? 'About you' : 'Patient');
  L.table(
    [{ header: 'Detail', width: 0.24 }, { header: 'As entered', width: 0.76 }],
    rows.map(([k, v]) => [{ text: k, bold: true, size: 8.5 }, v]),
    { header: false },
  );
  if (!plain) L.paragraph(muted('Only the details entered are shown.'));
}

function definitionLine(e: Evaluation): string {
  const d = e.definition;
  return `Definition of recurrent pregnancy loss: ${d.met ? 'MET' : 'NOT MET'} under ${e.guideline.shortTitle}, ${d.losses} loss${d.losses === 1 ? '' : 'es'} counted`;
}

function definitionBlock(L: Layout, e: Evaluation, refs: References): void {
  const d = e.definition;
  const paras: Para[] = [
    { text: definitionLine(e), bold: true, color: d.met ? COLOR.good : COLOR.alert, size: 10 },
    { text: `${e.guideline.shortTitle}: ${d.rule} ${refs.ref(d.citation)}`, gap: 1 },
  ];
  if (d.discretion && d.discretionText) paras.push({ text: d.discretionText, gap: 0.8 });
  paras.push(muted(`Not counted: ${d.excludes}`, { gap: 0.8 }));
  L.heading('Definition');
  L.box(paras, COLOR.groupFill);
}

function lossHistory(L: Layout, c: Case, e: Evaluation, plain: boolean): void {
  L.heading(plain ? 'Your pregnancies' : 'Loss history');
  const rows: Cell[][] = e.definition.pregnancies.map((cp) => {
    const p = c.pregnancies[cp.index]!;
    const details = [
      p.gestationWeeks !== undefined ? `${p.gestationWeeks} weeks` : 'gestation not recorded',
      p.outcome !== 'loss' ? '' : p.visualised === true ? 'seen on scan' : p.visualised === false ? 'not seen on scan (pregnancy test only)' : '',
      p.tissueGenetics ? TISSUE_LABEL[p.tissueGenetics] : '',
    ].filter(Boolean).join('; ');
    return [
      String(cp.index + 1),
      OUTCOME_LABEL[p.outcome],
      details,
      { text: `${cp.counted ? '✓' : '–'} ${cp.reason.charAt(0).toUpperCase()}${cp.reason.slice(1)}`, color: cp.counted ? COLOR.text : COLOR.muted },
    ];
  });
  if (rows.length === 0) {
    L.paragraph('No pregnancies entered.');
    return;
  }
  L.table(
    [
      { header: '#', width: 0.05 },
      { header: 'Outcome', width: 0.17 },
      { header: 'Details', width: 0.3 },
      { header: `Counted under ${e.guideline.shortTitle}`, width: 0.48 },
    ],
    rows,
  );
}

function redFlagsBlock(L: Layout, e: Evaluation, refs: References | null, plain: boolean): void {
  if (!e.referral.redFlags.length) return;
  L.heading(plain ? 'Important' : 'Red flags');
  for (const r of e.referral.redFlags) {
    L.box([{ text: `⚠ ${plain ? r.plainWhy : r.why}${refs ? ` ${refs.ref(r.citation)}` : ''}`, bold: true, color: COLOR.alert }], COLOR.alertFill);
    L.space(1);
  }
}

function findingsBlock(L: Layout, e: Evaluation, refs: References | null, plain: boolean): void {
  if (!e.findings.length) return;
  L.heading(plain ? 'What your results show' : 'Findings');
  L.list(e.findings.map((f) => {
    const refSuffix = refs ? ` ${refs.ref(f.citation)}` : '';
    return {
      marker: '•',
      cell: [{ text: `${plain ? f.plainWhy : f.why}${refSuffix}` }, ...f.detail.map((x) => muted(`– ${x}`, { size: 8 }))],
    };
  }), { markerWidth: 4 });
}

function flagsTable(L: Layout, e: Evaluation, refs: References): void {
  if (!e.flags.length) return;
  L.heading('Flagged: asked about, not recommended by this guideline');
  L.table(
    [{ header: 'Item', width: 0.27 }, { header: 'Why, harms and what to do instead', width: 0.67 }, { header: 'Ref', width: 0.06 }],
    e.flags.map((f) => [
      [
        { text: f.name, bold: true, size: 8.5 },
        { ...verdictPara(f.verdict), gap: 0.5 },
        muted(f.source === 'requested' ? 'asked about or offered' : 'a result was entered for it'),
      ],
      [
        { text: f.why, size: 8.5 },
        ...(f.harms ? [{ text: `Harms: ${f.harms}`, size: 8.5, gap: 0.8 }] : []),
        ...(f.instead ? [{ text: `Instead: ${f.instead}`, size: 8.5, gap: 0.8 }] : []),
      ],
      refs.ref(f.citation),
    ]),
  );
}

function notesBlock(L: Layout, c: Case, withQuestion: boolean): void {
  if (withQuestion && c.referralQuestion) {
    L.heading('Question for the clinic');
    L.box(c.referralQuestion, COLOR.groupFill);
  }
  if (c.notes) {
    L.heading('Notes');
    L.paragraph(c.notes);
  }
}

function referencesBlock(L: Layout, e: Evaluation, refs: References, title = 'References'): void {
  L.heading(title);
  // A note on an unverified citation is printed in full the first time and referred to after that.
  const firstWithNote = new Map<string, number>();
  L.list(refs.list.map((c, i) => {
    let note: Para[] = [];
    if (c.unverified) {
      const seen = firstWithNote.get(c.unverified);
      if (seen === undefined) firstWithNote.set(c.unverified, i + 1);
      note = [{ text: seen === undefined ? `Not verified: ${c.unverified}` : `Not verified: as [${seen}].`, size: SMALL, color: COLOR.alert }];
    }
    return { marker: `[${i + 1}]`, cell: [{ text: formatCitation(c), size: 8 }, muted(c.url), ...note] };
  }), { markerWidth: 9 });
  const documents = [...new Set(refs.list.map((c) => c.document))];
  L.space(1.5);
  L.paragraph([
    { text: `Document${documents.length === 1 ? '' : 's'} read for these citations`, bold: true, size: 8 },
    ...documents.map((d) => ({ text: d, size: 8 })),
  ], { keepTogether: true });
  L.space(1.5);
  L.paragraph([
    { text: `Guideline: ${e.guideline.title}`, bold: true, size: 8 },
    { text: e.guideline.reference, size: 8 },
    muted(e.guideline.url),
    muted(`Rules ${e.guideline.ruleVersion}, published ${e.guideline.published}.`),
  ], { keepTogether: true });
  const unverified = unverifiedItems(e).length + refs.list.filter((c) => c.unverified).length;
  L.space(1.5);
  L.box([
    { text: 'About this edition', bold: true, size: 8 },
    { text: `${unverified ? 'Citations marked "UNVERIFIED for this edition" could not be checked against the current wording. ' : ''}${e.guideline.verificationNote}`, size: 8 },
  ], COLOR.groupFill);
}

// ---------------------------------------------------------------------------------------------
// 1. Clinician summary (GP)

function dueTable(L: Layout, e: Evaluation, refs: References): void {
  const w = worklist(e);
  const rows: { item: EvaluatedItem; when: string }[] = [
    ...w.orderNow.map((item) => ({ item, when: 'Now: order or arrange' })),
    ...w.repeatsDue.map((item) => ({ item, when: `Repeat from ${item.dueFrom ?? 'the repeat date'}` })),
    ...w.consider.map((item) => ({ item, when: 'Consider (conditional)' })),
    ...w.treatments.map((item) => ({ item, when: item.verdict === 'recommended' ? 'Treatment: discuss and plan' : 'Treatment: consider' })),
  ];
  L.heading('What is due and when');
  if (rows.length === 0) L.paragraph('Nothing outstanding under this guideline.');
  else {
    L.table(
      [{ header: 'Item', width: 0.48 }, { header: 'Verdict', width: 0.19 }, { header: 'When', width: 0.27 }, { header: 'Ref', width: 0.06 }],
      rows.map(({ item, when }) => [
        [{ text: item.name, bold: true, size: 8.5 }, muted(item.why)],
        verdictPara(item.verdict),
        { text: when, size: 8.5, bold: item.status === 'repeat-due' },
        refs.ref(item.citation),
      ]),
    );
  }
  const open = e.coreDomains.filter((d) => !d.resolved).map((d) => DOMAIN_LABEL[d.domain].toLowerCase());
  L.paragraph(muted(e.immuneGate === 'open'
    ? 'Immune step: open (the core workup is settled). Immune tests the guideline does not recommend stay flagged.'
    : `Immune step: closed until ${open.join(', ')} ${open.length === 1 ? 'is' : 'are'} settled.`, { size: 8, gap: 1 }));
  L.paragraph({
    text: `Referral: ${e.referral.meetsCriteria ? 'meets' : 'does not meet'} criteria. ${e.referral.rule} ${refs.ref(e.referral.citation)}`,
    size: 8.5, gap: 0.8,
  });
}

function checklist(L: Layout, e: Evaluation, refs: References): void {
  L.heading('Checklist by domain');
  const rows: Cell[][] = [];
  const fills: (RGB | undefined)[] = [];
  const keep: boolean[] = [];
  for (const domain of DOMAINS) {
    const items = e.items.filter((i) => i.domain === domain);
    if (!items.length) continue;
    rows.push([{ text: DOMAIN_LABEL[domain], bold: true, size: 8.5, color: COLOR.heading }, '', '', '', '']);
    fills.push(COLOR.groupFill);
    keep.push(true);
    for (const i of items) {
      const last = i.results.at(-1);
      rows.push([
        { text: i.name, size: 8.5 },
        verdictPara(i.verdict),
        { text: statusText(e, i), size: 8.5 },
        last ? { text: `${last.date}: ${resultText(last)}${i.results.length > 1 ? ` (${i.results.length} results)` : ''}`, size: 8.5 } : '',
        refs.ref(i.citation),
      ]);
      fills.push(undefined);
      keep.push(false);
    }
  }
  L.table(
    [
      { header: 'Item', width: 0.31 },
      { header: 'Verdict', width: 0.19 },
      { header: 'Status', width: 0.21 },
      { header: 'Latest result', width: 0.23 },
      { header: 'Ref', width: 0.06 },
    ],
    rows,
    { fills, keepWithNext: keep },
  );
}

function resultsTable(L: Layout, c: Case, e: Evaluation, title: string): void {
  const order = new Map(e.items.map((i, n) => [i.id as string, n]));
  const results = [...(c.results ?? [])].sort((a, b) => (order.get(a.test) ?? 999) - (order.get(b.test) ?? 999) || a.date.localeCompare(b.date));
  L.heading(title);
  if (!results.length) {
    L.paragraph('No results entered.');
    return;
  }
  const withNotes = results.some((r) => r.note);
  L.table(
    withNotes
      ? [{ header: 'Test', width: 0.3 }, { header: 'Date', width: 0.13 }, { header: 'Result', width: 0.22 }, { header: 'Note', width: 0.35 }]
      : [{ header: 'Test', width: 0.45 }, { header: 'Date', width: 0.18 }, { header: 'Result', width: 0.37 }],
    results.map((r) => [
      { text: itemName(e, r.test as ItemId), size: 8.5 },
      { text: r.date, size: 8.5 },
      { text: resultText(r), size: 8.5 },
      ...(withNotes ? [{ text: r.note ?? '', size: 8.5 }] : []),
    ]),
  );
}

function clinicianSummary(L: Layout, c: Case, e: Evaluation, refs: References): void {
  patientBlock(L, c, false);
  definitionBlock(L, e, refs);
  redFlagsBlock(L, e, refs, false);
  lossHistory(L, c, e, false);
  dueTable(L, e, refs);
  findingsBlock(L, e, refs, false);
  flagsTable(L, e, refs);
  checklist(L, e, refs);
  resultsTable(L, c, e, 'Results entered');
  notesBlock(L, c, true);
  referencesBlock(L, e, refs);
}

// ---------------------------------------------------------------------------------------------
// 2. Referral / triage letter (nurse, or a GP referring)

function referralLetter(L: Layout, c: Case, e: Evaluation, refs: References): void {
  const w = worklist(e);
  L.paragraph({ text: `To the recurrent pregnancy loss clinic: a summary for referral or triage, prepared with ${e.guideline.shortTitle}.`, size: 9 });
  L.space(1);
  patientBlock(L, c, false);

  L.heading('Question for the clinic');
  L.box(c.referralQuestion ? c.referralQuestion : muted('No question was entered.', { size: 9 }), COLOR.groupFill);

  L.heading('Criteria');
  const d = e.definition;
  L.list([
    {
      marker: d.met ? '✓' : '✗',
      markerColor: d.met ? COLOR.good : COLOR.alert,
      cell: [{ text: definitionLine(e), bold: true }, { text: `${d.rule} ${refs.ref(d.citation)}`, size: 8.5 }],
    },
    {
      marker: e.referral.meetsCriteria ? '✓' : '✗',
      markerColor: e.referral.meetsCriteria ? COLOR.good : COLOR.alert,
      cell: [
        { text: `Referral: ${e.referral.meetsCriteria ? 'MEETS' : 'DOES NOT MEET'} the criteria under ${e.guideline.shortTitle}`, bold: true },
        { text: `${e.referral.rule} ${refs.ref(e.referral.citation)}`, size: 8.5 },
      ],
    },
  ], { markerWidth: 5 });

  redFlagsBlock(L, e, refs, false);
  lossHistory(L, c, e, false);

  const order = new Map(e.items.map((i, n) => [i.id as string, n]));
  const results = [...(c.results ?? [])].sort((a, b) => (order.get(a.test) ?? 999) - (order.get(b.test) ?? 999) || a.date.localeCompare(b.date));
  L.heading('Tests done, with results');
  if (!results.length) L.paragraph('No results entered.');
  else {
    L.table(
      [{ header: 'Test', width: 0.32 }, { header: 'Date', width: 0.13 }, { header: 'Result', width: 0.49 }, { header: 'Ref', width: 0.06 }],
      results.map((r) => {
        const item = e.items.find((i) => i.id === r.test);
        return [
          { text: itemName(e, r.test as ItemId), size: 8.5 },
          { text: r.date, size: 8.5 },
          [{ text: resultText(r), size: 8.5 }, ...(r.note ? [muted(r.note)] : [])],
          item ? refs.ref(item.citation) : '',
        ];
      }),
    );
  }
  const declined = w.declined;
  if (declined.length) {
    L.heading('Declined', 2);
    L.table(
      [{ header: 'Item', width: 0.32 }, { header: 'Reason given', width: 0.62 }, { header: 'Ref', width: 0.06 }],
      declined.map((i) => [{ text: i.name, size: 8.5 }, { text: i.declinedReason ?? '', size: 8.5 }, refs.ref(i.citation)]),
    );
  }

  L.heading('Tests missing before referral');
  const missing = e.referral.missingBeforeReferral.map((id) => e.items.find((i) => i.id === id)).filter((i): i is EvaluatedItem => !!i);
  if (!missing.length) L.paragraph('None: every recommended investigation is done, declined or not needed.');
  else {
    L.table(
      [{ header: 'Test', width: 0.44 }, { header: 'Verdict', width: 0.19 }, { header: 'When', width: 0.31 }, { header: 'Ref', width: 0.06 }],
      missing.map((i) => [
        { text: i.name, size: 8.5, bold: true },
        verdictPara(i.verdict),
        { text: i.status === 'repeat-due' ? `${STATUS_LABEL['repeat-due'].symbol} Repeat due from ${i.dueFrom}` : `${STATUS_LABEL['to-do'].symbol} Not yet done`, size: 8.5 },
        refs.ref(i.citation),
      ]),
    );
  }

  findingsBlock(L, e, refs, false);

  const treatments = w.treatments;
  if (treatments.length) {
    L.heading('Treatment the guideline suggests for this case');
    L.table(
      [{ header: 'Treatment', width: 0.6 }, { header: 'Verdict', width: 0.34 }, { header: 'Ref', width: 0.06 }],
      treatments.map((i) => [{ text: i.name, size: 8.5 }, verdictPara(i.verdict), refs.ref(i.citation)]),
    );
  }

  flagsTable(L, e, refs);
  notesBlock(L, c, false);

  L.heading('Referred or triaged by');
  L.table(
    [{ header: '', width: 0.24 }, { header: '', width: 0.76 }],
    ['Name', 'Role', 'Practice or service', 'Contact', 'Date', 'Signature'].map((k) => [{ text: k, bold: true, size: 8.5 }, { text: ' ', size: 16 }]),
    { header: false, keepTogether: true },
  );
  referencesBlock(L, e, refs);
}

// ---------------------------------------------------------------------------------------------
// 3. Patient question sheet

function patientSheet(L: Layout, c: Case, e: Evaluation, refs: References): void {
  const w = worklist(e);
  const d = e.definition;
  const intro: Para[] = [];
  if (c.patient.name) intro.push({ text: `Prepared for ${c.patient.name}`, bold: true });
  intro.push({
    text: `This sheet was made from the details entered about your pregnancies, using the ${e.guideline.shortTitle} guideline. Take it to your appointment: it lists questions you may want to ask and what each test is for. It helps you talk with your doctor or nurse; it is not a diagnosis.`,
    gap: intro.length ? 1 : 0,
  });
  L.box(intro, COLOR.groupFill);

  L.heading('Your pregnancies');
  L.paragraph([
    { text: `Recurrent pregnancy loss definition: ${d.met ? 'met' : 'not met'}. ${d.losses} of your pregnancy losses count under ${e.guideline.shortTitle}.`, bold: true },
    { text: `The guideline counts: ${d.plainRule}`, gap: 0.8 },
    {
      text: d.met
        ? 'This means the guideline advises looking for possible causes, and support in your next pregnancy.'
        : 'This is below the guideline\'s definition, but you can still ask for support and advice.',
      gap: 0.8,
    },
  ]);

  redFlagsBlock(L, e, null, true);
  findingsBlock(L, e, null, true);

  L.heading('Questions to ask');
  L.list(patientQuestions(e).map((q, n) => ({ marker: `☐ ${n + 1}.`, cell: q.question })), { markerWidth: 11 });
  L.heading('Your own questions', 2);
  L.table([{ header: '', width: 1 }], Array.from({ length: 4 }, () => [{ text: ' ', size: 14 }]), { header: false, keepTogether: true });

  const tests = [...w.orderNow, ...w.repeatsDue, ...w.consider, ...w.done, ...w.declined].filter((i) => i.kind === 'investigation');
  if (tests.length) {
    L.heading('Tests and what they are for');
    L.table(
      [{ header: 'Test', width: 0.25 }, { header: 'What it is', width: 0.38 }, { header: 'For you', width: 0.37 }],
      tests.map((i) => [
        { text: i.plainName, bold: true, size: 8.5 },
        { text: entries[i.id]?.plainWhat ?? '', size: 8.5 },
        [{ text: statusText(e, i, true), size: 8.5, bold: true }, verdictPara(i.verdict, true), { text: i.plainWhy, size: 8.5 }],
      ]),
    );
    tests.forEach((i) => refs.ref(i.citation));
  }

  const treatments = w.treatments;
  if (treatments.length) {
    L.heading('Treatments to talk about');
    L.table(
      [{ header: 'Treatment', width: 0.25 }, { header: 'What it is', width: 0.38 }, { header: 'For you', width: 0.37 }],
      treatments.map((i) => [
        { text: i.plainName, bold: true, size: 8.5 },
        { text: entries[i.id]?.plainWhat ?? '', size: 8.5 },
        [verdictPara(i.verdict, true), { text: i.plainWhy, size: 8.5 }],
      ]),
    );
    treatments.forEach((i) => refs.ref(i.citation));
  }

  e.findings.forEach((f) => refs.ref(f.citation));

  if (e.flags.length) {
    L.heading('Not advised, and why');
    L.table(
      [{ header: 'Test or treatment', width: 0.27 }, { header: 'Why the guideline does not advise it', width: 0.73 }],
      e.flags.map((f) => [
        [{ text: f.plainName, bold: true, size: 8.5 }, { ...verdictPara(f.verdict, true), gap: 0.5 }],
        [
          { text: f.plainWhy, size: 8.5 },
          ...(entries[f.id]?.plainWhat ? [muted(`What it is: ${entries[f.id]!.plainWhat}`, { gap: 0.6 })] : []),
          ...(f.harms ? [{ text: `Possible harms: ${f.harms}`, size: 8.5, gap: 0.6 }] : []),
          ...(f.instead ? [{ text: `Instead: ${f.instead}`, size: 8.5, gap: 0.6 }] : []),
        ],
      ]),
    );
    e.flags.forEach((f) => refs.ref(f.citation));
  }
  e.referral.redFlags.forEach((r) => refs.ref(r.citation));

  L.heading('Support');
  L.list([
    { marker: '•', cell: 'Your GP: for these questions, referral to a recurrent pregnancy loss clinic, and how you are feeling.' },
    { marker: '•', cell: 'Your early pregnancy unit: if you are pregnant and have pain or bleeding, or would like an early scan.' },
    { marker: '•', cell: 'The Miscarriage Association (miscarriageassociation.org.uk): information and support after pregnancy loss.' },
    { marker: '•', cell: 'If you feel low or anxious, say so: support for how you feel is part of good care.' },
  ], { markerWidth: 4 });

  refs.ref(d.citation);
  referencesBlock(L, e, refs, 'Sources, for your doctor or nurse');
}

export function buildDocument(doc: PdfDoc, L: Layout, c: Case, e: Evaluation): void {
  const refs = new References();
  if (doc === 'clinician') clinicianSummary(L, c, e, refs);
  else if (doc === 'referral') referralLetter(L, c, e, refs);
  else patientSheet(L, c, e, refs);
}
