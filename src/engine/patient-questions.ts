// A patient's own list of questions for the appointment, built from the case's gaps and flags.
import type { Evaluation } from './evaluation.ts';
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
  if (!e.definition.met) {
    q.push({ about: 'definition', question: `I have had ${e.definition.losses} pregnancy loss${e.definition.losses === 1 ? '' : 'es'} that count. Which tests or support can I have now?` });
  }
  for (const i of w.orderNow) q.push({ about: i.id, question: `Can I have the ${inSentence(i.plainName)}? When and where can I get it done?` });
  for (const i of w.repeatsDue) q.push({ about: i.id, question: `My ${inSentence(i.plainName)} needs to be done again. It is due from ${i.dueFrom}. Can we book it?` });
  for (const f of e.findings) q.push({ about: f.id, question: `What does this result mean for me and my next pregnancy? (${f.plainWhy})` });
  for (const i of w.treatments.filter((t) => t.verdict === 'recommended')) {
    q.push({ about: i.id, question: `Should I have ${inSentence(i.plainName)}? When would I start?` });
  }
  for (const f of e.flags) {
    q.push({ about: f.id, question: `I was offered or read about ${inSentence(f.plainName)}. The guideline does not advise it. Why might someone offer it, and what should I do instead?` });
  }
  for (const r of e.referral.redFlags) q.push({ about: r.id, question: `${r.plainWhy} Who should I contact, and how soon?` });
  q.push({ about: 'supportive-care', question: 'Can I have support with how I feel, and early scans in my next pregnancy?' });
  return q;
}
