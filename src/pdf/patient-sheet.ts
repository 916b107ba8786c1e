// The patient's question sheet: plain words, her questions, what each test and treatment is for.
import type { Case } from '../engine/case-schema.ts';
import type { Evaluation } from '../engine/evaluation.ts';
import { patientQuestions } from '../engine/patient-questions.ts';
import { worklist } from '../engine/summary.ts';
import { findingsBlock, redFlagsBlock } from './blocks.ts';
import type { Layout } from './layout.ts';
import { entries, muted, statusText, verdictPara } from './labels.ts';
import { type References, referencesBlock } from './references.ts';
import { COLOR, type Para } from './style.ts';

export function patientSheet(L: Layout, c: Case, e: Evaluation, refs: References): void {
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
