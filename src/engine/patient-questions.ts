// A patient's own list of questions for the appointment, built from the case's gaps and flags: the one
// list the patient summary, the question sheet (PDF) and the command line all show.
import type { Evaluation } from './evaluation.ts';
import { andList } from '../../guidelines/wording.ts';
import { worklist } from './summary.ts';

export interface PatientQuestion {
  question: string;
  /** Which item, flag or finding the question comes from. */
  about: string;
}

/** "3D scan of the womb" stays as written; only a leading capital is lowered ("Thyroid blood test (TSH)" → "thyroid blood test (TSH)"). */
function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

export function patientQuestions(e: Evaluation): PatientQuestion[] {
  const w = worklist(e);
  const q: PatientQuestion[] = [];
  // Red flags first: they are what to act on soonest. Always "I", never "you"; one question per topic.
  // The red flag's own words come first on every screen; the question asks what to do about it.
  if (e.referral.redFlags.length)
    q.push({ about: e.referral.redFlags[0]!.id, question: 'My summary says to act on something today. Who should I contact, and how soon?' });
  if (!e.definition.met) {
    q.push({
      about: 'definition',
      question: `I have had ${e.definition.losses} pregnancy loss${e.definition.losses === 1 ? '' : 'es'} that count. Which tests or support can I have now?`,
    });
  }
  // What her results show comes before what is still to do (a confirmed APS is the most important
  // thing found); the results are listed with their findings, so one question, not one each.
  if (e.findings.length)
    q.push({
      about: e.findings[0]!.id,
      question: `What ${e.findings.length === 1 ? 'does this result' : 'do these results'} mean for me and my next pregnancy?`,
    });
  for (const i of w.orderNow) q.push({ about: i.id, question: `Can I have the ${inSentence(i.plainName)}? When and where can I get it done?` });
  for (const i of w.repeatsDue)
    q.push({ about: i.id, question: `My ${inSentence(i.plainName)} needs to be done again. It is due from ${i.dueFrom}. Can we book it?` });
  for (const i of w.treatments.filter((t) => t.verdict === 'recommended')) {
    q.push({ about: i.id, question: `Should I have ${inSentence(i.plainName)}? When would I start?` });
  }
  // What is not advised, in one question; a medicine she already takes is not something she "was offered".
  const offered = e.flags.filter((f) => !f.takenNow);
  if (offered.length) {
    const names = offered.map((f) => inSentence(f.plainName));
    const it = names.length > 1 ? 'them' : 'it';
    q.push({
      about: offered[0]!.id,
      question: `I was offered or read about ${andList(names)}. The guideline does not advise ${it}. Why might someone offer ${it}, and what should I do instead?`,
    });
  }
  const taken = e.flags.find((f) => f.takenNow);
  if (taken)
    q.push({
      about: taken.id,
      question: 'I take a medicine my summary says is not advised. Should I keep taking it until I talk to whoever prescribed it?',
    });
  q.push({ about: 'supportive-care', question: 'Can I have support with how I feel, and early scans in my next pregnancy?' });
  return q.filter((x, i) => q.findIndex((y) => y.question === x.question) === i);
}
