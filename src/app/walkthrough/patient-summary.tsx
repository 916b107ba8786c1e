// The patient's summary parts: her questions for the appointment (first person, no repeats, dates
// as people write them), and one "For your doctor" section at the end that holds every source and
// verification note, so nothing above it needs clinician words.
import type { Evaluation } from '../../engine/evaluation.ts';
import { patientQuestions } from '../../engine/patient-questions.ts';
import { formatCitation } from '../../../guidelines/wording.ts';
import { PATIENT_COPY, SUMMARY_COPY } from '../copy.ts';
import { formatDate } from '../ui/format.ts';

export function PatientQuestions({ evaluation }: { evaluation: Evaluation }) {
  return (
    <section className="summary-section questions" aria-labelledby="questions-heading">
      <h3 id="questions-heading">{PATIENT_COPY.questionsHeading}</h3>
      <ol>{patientQuestions(evaluation).map((q) => <li key={q.question}>{q.question.replace(/\b\d{4}-\d{2}-\d{2}\b/g, formatDate)}</li>)}</ol>
    </section>
  );
}

/** Sources in the clinician's words: every finding, red flag, item for her and flag, once each. */
export function ForYourDoctor({ evaluation: e }: { evaluation: Evaluation }) {
  const lines = new Map<string, string>();
  const add = (what: string, c: Parameters<typeof formatCitation>[0]) => lines.set(`${what}: ${formatCitation(c)}`, c.unverified ?? '');
  for (const r of e.referral.redFlags) add(r.why, r.citation);
  for (const f of e.findings) add(f.why, f.citation);
  if (e.prognosis) add(SUMMARY_COPY.prognosis, e.prognosis.citation);
  for (const i of e.items.filter((x) => x.status !== 'not-applicable')) add(i.name, i.citation);
  for (const f of e.flags) add(f.name, f.citation);
  return (
    <section className="summary-section for-your-doctor" aria-labelledby="for-doctor-heading">
      <h3 id="for-doctor-heading">{SUMMARY_COPY.forYourDoctor}</h3>
      <p className="hint">{SUMMARY_COPY.forYourDoctorIntro}</p>
      <p>{e.guideline.title} ({e.guideline.url}). {e.guideline.verificationNote}</p>
      <ul className="sources">
        {[...lines.entries()].map(([line, note]) => <li key={line}>{line}{note ? <> — <em>{note}</em></> : null}</li>)}
      </ul>
    </section>
  );
}
