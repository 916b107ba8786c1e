// The patient's summary parts: her questions for the appointment (first person, no repeats, dates
// as people write them), and one "For your doctor" section at the end that holds every source and
// verification note, so nothing above it needs clinician words.
import type { Citation } from '../../../guidelines/schema.ts';
import type { Evaluation } from '../../engine/evaluation.ts';
import { patientQuestions } from '../../engine/patient-questions.ts';
import { formatCitation } from '../../../guidelines/wording.ts';
import { PATIENT_COPY, SUMMARY_COPY } from '../copy.ts';
import { peopleDates } from '../ui/format.ts';

export function PatientQuestions({ evaluation }: { evaluation: Evaluation }) {
  return (
    <section className="summary-section questions" aria-labelledby="questions-heading">
      <h3 id="questions-heading">{PATIENT_COPY.questionsHeading}</h3>
      <ol>
        {patientQuestions(evaluation).map((q) => (
          <li key={q.question}>{peopleDates(q.question)}</li>
        ))}
      </ol>
    </section>
  );
}

export type Cited = { name: string; citation: Citation };

/** Sources in the clinician's words, once each, with any verification note: the end of a patient's page. */
export function ForYourDoctor({ cited, evaluation: e }: { cited: Cited[]; evaluation: Evaluation }) {
  const lines = new Map<string, string>();
  for (const c of cited) lines.set(`${c.name}: ${formatCitation(c.citation)}`, c.citation.unverified ?? '');
  return (
    <section className="summary-section for-your-doctor" aria-labelledby="for-doctor-heading">
      <h3 id="for-doctor-heading">{SUMMARY_COPY.forYourDoctor}</h3>
      <p className="hint">{SUMMARY_COPY.forYourDoctorIntro}</p>
      <p>
        {e.guideline.title} ({e.guideline.url}). {e.guideline.verificationNote}
      </p>
      <ul className="sources">
        {[...lines.entries()].map(([line, note]) => (
          <li key={line}>
            {line}
            {note ? (
              <>
                {' '}
                — <em>{note}</em>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Everything the summary rests on: red flags, findings, the outlook, each item for her, each flag. */
export function summarySources(e: Evaluation): Cited[] {
  return [
    ...e.referral.redFlags.map((r) => ({ name: r.why, citation: r.citation })),
    ...e.findings.map((f) => ({ name: f.why, citation: f.citation })),
    ...(e.prognosis ? [{ name: SUMMARY_COPY.prognosis, citation: e.prognosis.citation }] : []),
    { name: 'Definition', citation: e.definition.citation },
    ...e.items.filter((x) => x.status !== 'not-applicable'),
    ...e.flags,
  ];
}
