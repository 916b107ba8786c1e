// The patient's question sheet, in plain words: first what needs her attention now (a pregnancy with
// bleeding or pain, red flags), then what her results show, her questions (first person, each once),
// what each test and treatment is for, and support. Sources and verification notes come last, under
// one heading "For your doctor".
import { SEVERITY_LABEL, TAKEN_NOW } from '../../guidelines/wording.ts';
import type { Case } from '../engine/case-schema.ts';
import type { EvaluatedItem, Evaluation } from '../engine/evaluation.ts';
import { patientQuestions } from '../engine/patient-questions.ts';
import { worklist } from '../engine/summary.ts';
import { bySeverity, nameNote } from './first-page.ts';
import type { Layout } from './layout.ts';
import { entries, muted, pregnancyNow, statusText, verdictPara } from './labels.ts';
import { type References, referencesBlock } from './references.ts';
import { type Cell, COLOR, type Para } from './style.ts';

/** The same advice the app gives a pregnant woman with pain or bleeding (src/app/copy.ts SUPPORT_COPY.epu). */
const PAIN_OR_BLEEDING = 'If you are pregnant and have pain or bleeding, call your GP or early pregnancy unit now.';

function firstThings(L: Layout, c: Case, e: Evaluation): void {
  const now = pregnancyNow(c, true);
  const red = e.referral.redFlags;
  if (!now?.alarm && !red.length) return;
  L.heading('Please read this first');
  if (now?.alarm) {
    L.box(
      [
        { text: now.text, bold: true, color: COLOR.alert, size: 10 },
        { text: PAIN_OR_BLEEDING, bold: true, color: COLOR.alert, gap: 0.8 },
      ],
      COLOR.alertFill,
    );
    L.space(1);
  }
  for (const r of red) {
    L.box([{ text: r.plainWhy, bold: true, color: COLOR.alert }], COLOR.alertFill);
    L.space(1);
  }
}

function findingsPlain(L: Layout, e: Evaluation): void {
  if (!e.findings.length && !e.prognosis) return;
  L.heading('What your results show');
  L.list(
    bySeverity(e).map((f) => ({
      marker: SEVERITY_LABEL[f.severity].symbol,
      markerColor: f.severity === 'urgent' ? COLOR.alert : COLOR.text,
      cell: [{ text: `${SEVERITY_LABEL[f.severity].plain}: ${f.plainWhy}`, bold: f.severity !== 'info' }],
    })),
    { markerWidth: 5 },
  );
  if (e.prognosis) L.paragraph({ text: e.prognosis.plainText, gap: 1 });
}

function forYou(e: Evaluation, i: EvaluatedItem): Para[] {
  return [{ text: statusText(e, i, true), size: 8.5, bold: true }, verdictPara(i.verdict, true), { text: i.plainWhy, size: 8.5 }];
}

function itemTable(L: Layout, title: string, first: string, e: Evaluation, items: EvaluatedItem[], refs: References): void {
  if (!items.length) return;
  L.heading(title);
  L.table(
    [
      { header: first, width: 0.25 },
      { header: 'What it is', width: 0.38 },
      { header: 'For you', width: 0.37 },
    ],
    items.map((i): Cell[] => [{ text: i.plainName, bold: true, size: 8.5 }, { text: entries[i.id]?.plainWhat ?? '', size: 8.5 }, forYou(e, i)]),
  );
  items.forEach((i) => {
    refs.ref(i.citation);
  });
}

export function patientSheet(L: Layout, c: Case, e: Evaluation, refs: References): void {
  const w = worklist(e);
  const d = e.definition;
  firstThings(L, c, e);

  const intro: Para[] = [];
  if (c.patient.name) intro.push({ text: `Prepared for ${c.patient.name}`, bold: true }, ...nameNote(L, c.patient.name));
  intro.push({
    text: 'This sheet was made from what was entered about your pregnancies. Take it to your appointment. It lists questions you may want to ask and what each test is for.',
    gap: intro.length ? 1 : 0,
  });
  L.box(intro, COLOR.groupFill);

  findingsPlain(L, e);

  L.heading('Your pregnancies');
  L.paragraph([
    {
      text: `Recurrent pregnancy loss definition: ${d.met ? 'met' : 'not met'}. ${d.losses} of your pregnancy losses count under ${e.guideline.shortTitle}.`,
      bold: true,
    },
    { text: `The guideline counts: ${d.plainRule}`, gap: 0.8 },
    {
      text: d.met
        ? 'This means the guideline advises looking for possible causes, and support in your next pregnancy.'
        : "This is below the guideline's definition, but you can still ask for support and advice.",
      gap: 0.8,
    },
  ]);

  L.heading('Questions to ask');
  L.list(
    patientQuestions(e).map((q, n) => ({ marker: `☐ ${n + 1}.`, cell: q.question })),
    { markerWidth: 11 },
  );
  L.heading('Your own questions', 2);
  L.table(
    [{ header: '', width: 1 }],
    Array.from({ length: 4 }, () => [{ text: ' ', size: 14 }]),
    { header: false, keepTogether: true },
  );

  const deferred = e.items.filter((i) => i.status === 'deferred' && i.kind === 'investigation');
  const tests = [...w.orderNow, ...w.repeatsDue, ...w.consider, ...deferred, ...w.done, ...w.declined].filter((i) => i.kind === 'investigation');
  itemTable(L, 'Tests and what they are for', 'Test', e, tests, refs);
  const taken = e.items.filter((i) => i.kind === 'treatment' && i.takenNow && i.verdict !== 'not-recommended' && !w.treatments.includes(i));
  itemTable(L, 'Treatments to talk about', 'Treatment', e, [...w.treatments, ...taken], refs);

  if (e.flags.length) {
    L.heading('Not advised, and why');
    L.table(
      [
        { header: 'Test or treatment', width: 0.27 },
        { header: 'Why the guideline does not advise it', width: 0.73 },
      ],
      e.flags.map((f) => [
        [
          { text: f.plainName, bold: true, size: 8.5 },
          { ...verdictPara(f.verdict, true), gap: 0.5 },
        ],
        [
          ...(f.takenNow ? [{ text: TAKEN_NOW.review.plain, size: 8.5, bold: true, color: COLOR.alert }] : []),
          { text: f.plainWhy, size: 8.5 },
          ...(entries[f.id]?.plainWhat ? [muted(`What it is: ${entries[f.id]!.plainWhat}`, { gap: 0.6 })] : []),
        ],
      ]),
    );
  }

  L.heading('Support');
  L.list(
    [
      { marker: '•', cell: 'Your GP: for these questions, to be referred to a clinic for repeated pregnancy loss, and for how you are feeling.' },
      { marker: '•', cell: `Your early pregnancy unit: if you are pregnant and have pain or bleeding, or would like an early scan.` },
      { marker: '•', cell: 'The Miscarriage Association (miscarriageassociation.org.uk): information and support after pregnancy loss.' },
      { marker: '•', cell: 'If you feel low or anxious, say so: support for how you feel is part of good care.' },
    ],
    { markerWidth: 4 },
  );

  // Everything cited on this sheet, numbered once, for her doctor or nurse.
  refs.ref(d.citation);
  for (const cited of [...e.findings, ...e.flags, ...e.referral.redFlags]) refs.ref(cited.citation);
  if (e.prognosis) refs.ref(e.prognosis.citation);
  referencesBlock(L, e, refs, 'For your doctor', true);
}
