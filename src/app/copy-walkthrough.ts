// The walkthrough's and the summary's words beyond each role's COPY: findings, step states, the
// summary, the result form, the flags lookup (measured for reading level through src/app/copy.ts).
import { OUTCOME_LABELS } from './copy-intake.ts';

/** Findings when there are none (each finding's severity is said in words by SEVERITY_LABEL). */
export const FINDINGS_COPY = {
  none: 'No findings from the results recorded so far.',
  nonePlain: 'No results point to a cause yet.',
};

/** How a core step's state is said: in the progress bar (short) and at the top of the step. */
export const DOMAIN_STATE_COPY = {
  clinician: {
    settledShort: 'settled',
    outstandingShort: 'outstanding',
    actionShort: 'action needed',
    notApplicableShort: 'not applicable',
    settled: 'Settled: nothing recommended is outstanding.',
    outstanding: 'Outstanding',
    action: 'Action needed',
    notApplicable: 'Not applicable: the case does not meet the definition.',
  },
  plain: {
    settledShort: 'done',
    outstandingShort: 'to do',
    actionShort: 'needs action',
    notApplicableShort: 'not needed yet',
    settled: 'This part is done.',
    outstanding: 'Still to do',
    action: 'This needs action',
    notApplicable: 'Not needed yet: this does not count as recurrent loss.',
  },
};

/** Words on a checklist item beyond its verdict and status. */
export const ITEM_COPY = {
  takenNow: 'Taking now — continue',
  takenNowPlain: 'You take this now — keep taking it',
  takenNowReview: 'Taking now — review with the prescriber',
  takenNowReviewPlain: 'You take this now — ask before you change it',
};

/** A medicine she takes now: "continue" when the guideline supports it for her (the engine marks it done), else "review". */
export function takenNowWords(item: { status: string }, plain: boolean): string {
  if (item.status === 'done') return plain ? ITEM_COPY.takenNowPlain : ITEM_COPY.takenNow;
  return plain ? ITEM_COPY.takenNowReviewPlain : ITEM_COPY.takenNowReview;
}

/** The summary's own words (GP and nurse unless marked plain). */
export const SUMMARY_COPY = {
  tickHint: 'Tick each as you order it.',
  tickHintPlain: 'Tick each one when it is booked.',
  nothingToOrder: 'Nothing recommended is outstanding.',
  nothingToOrderPlain: 'No tests to ask for right now.',
  refer: 'Refer',
  referLine: (meets: boolean, guideline: string) => `Dedicated RPL clinic: ${meets ? 'meets' : 'does not meet'} referral criteria under ${guideline}.`,
  referralQuestion: 'Referral question',
  treatments: 'Treatment to discuss',
  dontOffer: "Don't offer: asked about, not recommended",
  details: 'Details and citations',
  notNow: 'Not now (deferred)',
  notNowPlain: 'Not now: later',
  prognosis: 'Outlook',
  forYourDoctor: 'For your doctor',
  forYourDoctorIntro: 'Where this advice comes from, for your doctor or nurse to check.',
};

/** Patient-only words written in components before; measured with the rest of the patient copy. */
export const PATIENT_COPY = {
  questionsHeading: 'Questions to take to your appointment',
  redFlagsHeading: 'Please read this first',
};

/** The result form's labels and error messages (GOV.UK style: say what to enter, name the field in words). */
export const RESULT_MESSAGES = {
  valueOrResult: 'Enter the value, or choose what the result said',
  date: 'Enter the date the sample was taken as a real date',
  dateFuture: 'The date the sample was taken must be today or in the past',
  value: 'Enter the value as a number',
  valueRange: 'Check the value and the unit:',
  unit: 'Choose the unit the lab used',
  p99: "Lab's 99th centile",
  p99Plain: "The lab's upper limit",
  p99Hint: 'If the lab gives one; same scale as the value',
  p99Problem: "Enter the lab's 99th centile as a number above 0, with the value it is compared with",
  isotype: 'Choose IgG or IgM',
  interpretation: 'Choose what the lab reported',
  interpretationPlain: 'Choose what the result said',
  onAnticoagulant: 'Taken on an anticoagulant (warfarin, a DOAC or heparin)',
  onAnticoagulantPlain: 'I was taking blood thinners when the sample was taken',
};

/** Why a pregnancy counts or not, in plain words for patients (the engine's reason is for clinicians). */
export function plainPregnancyReason(p: { outcome: string; gestationWeeks?: number; visualised?: boolean }, counted: boolean): string {
  const at = p.gestationWeeks === undefined ? '' : ` at ${p.gestationWeeks} weeks`;
  if (p.outcome !== 'loss') return `${OUTCOME_LABELS[p.outcome]?.patient ?? 'This pregnancy'}: this is not counted as a loss.`;
  if (counted) return `A loss${at}. It counts.`;
  if (p.visualised === false) return `A loss${at} found by a pregnancy test only. This guideline does not count it.`;
  return `A loss${at}. This guideline does not count it here. Your doctor can tell you why.`;
}

/** The flags lookup's own words. */
export const FLAGS_COPY = {
  check: 'Check',
  matches: 'Matches:',
  didYouMean: 'Did you mean …?',
  often: 'Often asked about:',
  nothingFound: (q: string) => `Nothing found for "${q}". Check the spelling or try another word.`,
  showing: (name: string, q: string) => `Did you mean ${name}? Showing the answer for it (you typed "${q}").`,
  added: 'Added to this case',
  closeAnswer: 'Close the answer',
};

/** Emotional support signposting shown to patients. Generic on purpose: no phone numbers are given. */
export const SUPPORT_COPY = {
  heading: 'Support for you',
  intro: 'Losing a pregnancy is hard. You do not have to cope on your own.',
  gp: 'Your GP can talk with you and help you find support.',
  epu: 'If you are pregnant and have pain or bleeding, call your GP or early pregnancy unit now.',
  charity: 'The Miscarriage Association can help you. Its website has support and facts:',
  charityLink: 'miscarriageassociation.org.uk',
};
