// The app's own words, per role. Roles change wording and emphasis, never the clinical logic:
// every role sees the same items, verdicts, statuses and citations. Patient wording is measured
// for reading age by scripts/readability.ts (aim: Flesch–Kincaid grade 6 or below, reading age 9–11).
import type { Role } from '../../guidelines/ids.ts';
import type { HistoryKey } from '../store/intake-draft.ts';

export interface Copy {
  roleName: string;
  startHeading: string;
  startButton: string;
  intakeHeading: string;
  intakeIntro: string;
  aboutHeading: string;
  pregnanciesHeading: string;
  pregnanciesHint: string;
  historyHeading: string;
  detailsHeading: string;
  detailsHint: string;
  referralQuestionLabel: string;
  submitIntake: string;
  definitionMet: string;
  definitionNotMet: string;
  definitionContinueAnyway: string;
  stepIntro: string;
  immuneIntro: string;
  immuneLocked: string;
  immuneUnlocked: string;
  gateClosed: string;
  gateOpen: string;
  orderNow: string;
  repeatsDue: string;
  consider: string;
  treatments: string;
  done: string;
  declined: string;
  notNeeded: string;
  findings: string;
  redFlags: string;
  flagsHeading: string;
  flagsIntro: string;
  flagsNone: string;
  searchLabel: string;
  searchHint: string;
  whyAndSource: string;
  harms: string;
  instead: string;
  recordResult: string;
  declineButton: string;
  declineReasonLabel: string;
  declineReasonHint: string;
  declineReasonMissing: string;
  summaryHeading: string;
  toSummary: string;
  next: string;
  back: string;
}

const gp: Copy = {
  roleName: 'GP',
  startHeading: 'Start a case',
  startButton: 'Start a new case',
  intakeHeading: 'History',
  intakeIntro: 'Enter the history. Required: age and each pregnancy (oldest first). Everything you type is kept on this device, even if incomplete.',
  aboutHeading: 'Patient',
  pregnanciesHeading: 'Pregnancies',
  pregnanciesHint: 'Every pregnancy, oldest first, not only losses.',
  historyHeading: 'Medical and family history',
  detailsHeading: 'Identifiers (optional)',
  detailsHint: 'Stored only in this browser. Leave blank on a shared computer.',
  referralQuestionLabel: 'Referral question (optional)',
  submitIntake: 'Check the definition',
  definitionMet: 'Meets the definition of recurrent pregnancy loss',
  definitionNotMet: 'Does not meet the definition of recurrent pregnancy loss',
  definitionContinueAnyway: 'I understand the case does not meet the definition; continue the workup anyway',
  stepIntro: 'Order or arrange what is recommended; record results or decline with a reason.',
  immuneIntro: 'Core workup settled. Immune tests stay flagged where the guideline does not recommend them.',
  immuneLocked: 'Locked',
  immuneUnlocked: 'Unlocked',
  gateClosed: 'Immune step locked until these are settled:',
  gateOpen: 'Immune step unlocked: the core workup is settled.',
  orderNow: 'Order today',
  repeatsDue: 'Repeats due',
  consider: 'Consider (conditional)',
  treatments: 'Treatment to discuss',
  done: 'Done',
  declined: 'Declined',
  notNeeded: 'Not called for in this case',
  findings: 'Findings',
  redFlags: 'Red flags',
  flagsHeading: 'Flags',
  flagsIntro: 'Asked about or offered, and not recommended by the guideline.',
  flagsNone: 'Nothing flagged yet.',
  searchLabel: 'Check a test or treatment',
  searchHint: 'For example: NK cell test, steroids, IVIG, intralipid, heparin.',
  whyAndSource: 'Why and source',
  harms: 'Harms',
  instead: 'Instead',
  recordResult: 'Record result',
  declineButton: 'Decline',
  declineReasonLabel: 'Reason for declining',
  declineReasonHint: 'Required. Recorded with the case.',
  declineReasonMissing: 'Enter a reason for declining.',
  summaryHeading: 'Summary',
  toSummary: 'Summary and export',
  next: 'Next',
  back: 'Back',
};

const nurse: Copy = {
  ...gp,
  roleName: 'Fertility nurse',
  startHeading: 'Triage a referral',
  startButton: 'Triage a new referral',
  intakeIntro: 'Enter the referral history. Required: age and each pregnancy (oldest first). Drafts are kept on this device.',
  stepIntro: 'Check what the guideline recommends before referral; record results or decline with a reason.',
  orderNow: 'Missing before referral',
  summaryHeading: 'Triage summary',
};

const patient: Copy = {
  roleName: 'Patient',
  startHeading: 'Start',
  startButton: 'Start',
  intakeHeading: 'Your history',
  intakeIntro: 'Tell us about you and each pregnancy. Only your age and your pregnancies are needed. What you type stays on this device.',
  aboutHeading: 'About you',
  pregnanciesHeading: 'Your pregnancies',
  pregnanciesHint: 'Add each pregnancy, the first one first. Add all of them, not only the losses.',
  historyHeading: 'Your health and family',
  detailsHeading: 'Your name and details (you can skip this)',
  detailsHint: 'These stay in this browser only. Leave them blank on a shared computer.',
  referralQuestionLabel: 'What do you most want to ask? (you can skip this)',
  submitIntake: 'Next',
  definitionMet: 'Yes, this counts as recurrent pregnancy loss',
  definitionNotMet: 'This does not count as recurrent pregnancy loss yet',
  definitionContinueAnyway: 'I understand. Show me the tests anyway.',
  stepIntro: 'These are the tests the guideline talks about. You can add a result you have, or say you chose not to have a test.',
  immuneIntro: 'You have had the main tests. Most immune tests are still not advised. The reasons are below.',
  immuneLocked: 'Locked',
  immuneUnlocked: 'Open',
  gateClosed: 'Immune tests come last. First finish these:',
  gateOpen: 'The main tests are done, so you can look at immune tests.',
  orderNow: 'Tests to ask for',
  repeatsDue: 'Tests to repeat',
  consider: 'Tests that may be offered',
  treatments: 'Treatments to talk about',
  done: 'Done',
  declined: 'You chose not to have',
  notNeeded: 'Not needed for you',
  findings: 'What your results show',
  redFlags: 'Important',
  flagsHeading: 'Not advised',
  flagsIntro: 'Tests and treatments you asked about that the guideline does not advise.',
  flagsNone: 'Nothing here yet.',
  searchLabel: 'Were you offered a test or treatment?',
  searchHint: 'Type its name, like NK cell test or steroids.',
  whyAndSource: 'Why, and where this comes from',
  harms: 'Possible harms',
  instead: 'What to do instead',
  recordResult: 'Add a result',
  declineButton: 'I chose not to',
  declineReasonLabel: 'Why did you choose not to have it?',
  declineReasonHint: 'Please write a short reason.',
  declineReasonMissing: 'Please write a reason.',
  summaryHeading: 'Your summary',
  toSummary: 'Jump to my summary',
  next: 'Next',
  back: 'Back',
};

export const COPY: Record<Role, Copy> = { gp, nurse, patient };

export const ROLE_OPTIONS: { role: Role; label: string; hint: string }[] = [
  { role: 'gp', label: 'GP', hint: 'Compact checklist: what to order today and who to refer to.' },
  { role: 'nurse', label: 'Fertility nurse', hint: 'Triage: referral criteria, tests missing, red flags.' },
  { role: 'patient', label: 'Patient', hint: 'Plain words, and a list of questions to take with you.' },
];

/** Text shown on the first screen, before a role is chosen; patients read it too, so it is measured. */
export const START_COPY = {
  lead: 'An evidence-first checklist for recurrent pregnancy loss. It shows the tests and treatments the guideline advises for one person. It gives the source for each.',
  flags: 'It also warns you about tests and treatments that the guideline does not advise. Some examples are NK cell tests, steroids, IVIG and intralipid.',
  notDiagnosis: 'It helps with decisions. It does not make a diagnosis.',
  privacy: 'Private: nothing leaves this device. Cases are saved in this browser only.',
  sources: 'Each answer shows its source: the guideline, the advice number and how strong the evidence is.',
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

export const DISCLAIMER = 'Decision support, not a diagnosis: check against the full guideline and use clinical judgement.';
export const PATIENT_DISCLAIMER = 'This helps you talk with your doctor. It does not give a diagnosis.';

/** Labels for the history checkboxes: clinician wording, then plain wording for patients. */
export const HISTORY_LABELS: Record<HistoryKey, { clinician: string; patient: string }> = {
  currentlyPregnant: { clinician: 'Currently pregnant', patient: 'I am pregnant now' },
  venousThrombosis: { clinician: 'Personal history of venous thrombosis (VTE)', patient: 'I have had a blood clot in a vein' },
  arterialThrombosis: { clinician: 'Personal history of arterial thrombosis', patient: 'I have had a clot in an artery, such as a stroke' },
  sle: { clinician: 'SLE or other autoimmune disease', patient: 'I have lupus (SLE), or an illness where my body attacks itself' },
  thyroidDisease: { clinician: 'Known thyroid disease', patient: 'I have a thyroid problem' },
  diabetes: { clinician: 'Diabetes', patient: 'I have diabetes' },
  menstrualIrregularity: { clinician: 'Oligo- or amenorrhoea (irregular or absent periods)', patient: 'My periods are not regular, or have stopped' },
  familyThrombophilia: { clinician: 'Heritable thrombophilia in a first-degree relative', patient: 'A parent, brother, sister or child has a clotting problem that runs in families' },
  previousUnbalancedOffspring: { clinician: 'Previous child or pregnancy with an unbalanced chromosome anomaly', patient: 'A baby or pregnancy of mine had an unbalanced chromosome change' },
  familyChromosomalRearrangement: { clinician: 'Known chromosomal rearrangement in the family', patient: 'Someone in my family has a chromosome change (a rearrangement)' },
};

/** Intake field labels and hints (units and ranges from the case schema). */
export const INTAKE_LABELS = {
  age: { clinician: 'Age', patient: 'Your age', hint: 'years, 14–60' },
  bmi: { clinician: 'BMI', patient: 'Your BMI (body mass index)', hint: 'kg/m², 12–80' },
  smoker: { clinician: 'Smoker', patient: 'Do you smoke?' },
  outcome: { clinician: 'Outcome', patient: 'What happened' },
  weeks: { clinician: 'Gestation', patient: 'How many weeks pregnant', hint: 'completed weeks, 0–45' },
  visualised: { clinician: 'Seen on scan', patient: 'Was the pregnancy seen on a scan?' },
  tissue: { clinician: 'Tissue genetics', patient: 'Tissue test result' },
  name: { clinician: 'Name', patient: 'Your name' },
  nhsNumber: { clinician: 'NHS number', patient: 'Your NHS number' },
  dateOfBirth: { clinician: 'Date of birth', patient: 'Your date of birth' },
};

export const OUTCOME_LABELS: Record<string, { clinician: string; patient: string }> = {
  loss: { clinician: 'Pregnancy loss (before 24 weeks)', patient: 'Loss (miscarriage)' },
  'live-birth': { clinician: 'Live birth', patient: 'Baby born alive' },
  ectopic: { clinician: 'Ectopic pregnancy', patient: 'Ectopic (outside the womb)' },
  molar: { clinician: 'Molar pregnancy', patient: 'Molar pregnancy' },
  termination: { clinician: 'Termination', patient: 'Ended by choice' },
};

export const TISSUE_LABELS: Record<string, { clinician: string; patient: string }> = {
  '': { clinician: 'Not recorded', patient: 'Not known' },
  'not-done': { clinician: 'Not done', patient: 'Not done' },
  euploid: { clinician: 'Euploid (normal)', patient: 'Normal' },
  aneuploid: { clinician: 'Aneuploid', patient: 'Extra or missing chromosome' },
  'unbalanced-structural': { clinician: 'Unbalanced structural anomaly', patient: 'Unbalanced chromosome change' },
};

/** Labels of the patient-context fields (CONTRACT.md §1a): clinician wording, then plain wording. */
export const CONTEXT_LABELS = {
  partnerAge: { clinician: "Partner's age", patient: "Your partner's age", hint: 'years' },
  partnerSmoker: { clinician: 'Partner smokes', patient: 'Does your partner smoke?' },
  vteCause: { clinician: 'Cause of the thrombosis', patient: 'What caused the clot?' },
  currentHeading: { clinician: 'Pregnancy now', patient: 'Your pregnancy now' },
  weeksNow: { clinician: 'Gestation now', patient: 'How many weeks pregnant are you now?', hint: 'completed weeks, 3–42' },
  intrauterine: { clinician: 'Intrauterine pregnancy confirmed on scan', patient: 'Has a scan shown the baby in the womb?' },
  heartbeat: { clinician: 'Fetal heartbeat seen', patient: 'Has a scan shown a heartbeat?' },
  bleeding: { clinician: 'Vaginal bleeding now', patient: 'Are you bleeding now?' },
  pain: { clinician: 'Pain now', patient: 'Do you have pain now?' },
  cervicalLength: { clinician: 'Cervical length', patient: 'Length of your cervix, if it was measured', hint: 'mm, latest transvaginal scan' },
  cervicalLengthAt: { clinician: 'Measured at', patient: 'Weeks pregnant when it was measured', hint: 'weeks' },
  medicinesHeading: { clinician: 'Medicines taken now', patient: 'Medicines you take now' },
  medicinesHint: { clinician: 'Only what she takes now. A medicine the guideline supports for her condition is answered "continue", not flagged.', patient: 'Add only the medicines you take now.' },
  medicine: { clinician: 'Medicine', patient: 'Medicine' },
  medicineNote: { clinician: 'Dose or note', patient: 'Dose or note (you can skip this)' },
  since: { clinician: 'Taken since', patient: 'Since when (you can skip this)' },
  addMedicine: { clinician: 'Add a medicine', patient: 'Add a medicine' },
  endDate: { clinician: 'Date it ended', patient: 'When it ended (you can skip this)' },
};

export const VTE_CAUSE_LABELS: Record<string, { clinician: string; patient: string }> = {
  '': { clinician: 'Not recorded', patient: 'Not sure' },
  unprovoked: { clinician: 'Unprovoked', patient: 'No clear cause' },
  oestrogen: { clinician: 'Oestrogen-related (pill, HRT, pregnancy)', patient: 'The pill, HRT or a pregnancy' },
  'major-surgery': { clinician: 'Major surgery', patient: 'A big operation' },
  'other-provoked': { clinician: 'Other provoking factor', patient: 'Something else, such as a long stay in bed' },
  unknown: { clinician: 'Unknown', patient: 'I do not know' },
};

/** Findings when there are none (each finding's severity is said in words by SEVERITY_LABEL). */
export const FINDINGS_COPY = {
  none: 'No findings from the results recorded so far.',
  nonePlain: 'No results point to a cause yet.',
};

/** How a core step's state is said: in the progress bar (short) and at the top of the step. */
export const DOMAIN_STATE_COPY = {
  clinician: {
    settledShort: 'settled', outstandingShort: 'outstanding', actionShort: 'action needed', notApplicableShort: 'not applicable',
    settled: 'Settled: nothing recommended is outstanding.',
    outstanding: 'Outstanding',
    action: 'Action needed',
    notApplicable: 'Not applicable: the case does not meet the definition.',
  },
  plain: {
    settledShort: 'done', outstandingShort: 'to do', actionShort: 'needs action', notApplicableShort: 'not needed yet',
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
};

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
  takenNow: 'Taking now — continue',
  dontOffer: "Don't offer: asked about, not recommended",
  details: 'Details and citations',
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
  p99: "Lab's 99th centile (same unit)",
  p99Plain: "The lab's upper limit (same unit)",
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

/** Short role words used across the screens: clinician wording, then plain wording for patients. */
export const WORDS = {
  reference: { clinician: 'Reference', patient: 'Where it says this' },
  strength: { clinician: 'Strength', patient: 'How strong the advice is' },
  evidence: { clinician: 'Evidence', patient: 'How good the evidence is' },
  repeatDueFrom: { clinician: 'repeat due from', patient: 'repeat from' },
  theVerdictDependsOnThe: { clinician: 'The verdict depends on the case:', patient: 'The answer depends on your history:' },
  yesVisualised: { clinician: 'Yes (visualised)', patient: 'Yes, seen on a scan' },
  noBiochemicalPul: { clinician: 'No (biochemical / PUL)', patient: 'No, only a pregnancy test' },
  addPregnancy: { clinician: 'Add pregnancy', patient: 'Add a pregnancy' },
  notRecorded: { clinician: 'Not recorded', patient: 'Not sure' },
  choose: { clinician: 'Choose', patient: 'Choose a medicine' },
  continueToImmuneStep: { clinician: 'Continue to immune step', patient: 'Look at immune tests' },
  goToSummary: { clinician: 'Go to summary', patient: 'See my summary' },
  treatmentsNotRecommendedOrNot: { clinician: 'Treatments not recommended or not indicated', patient: 'Treatments not advised or not needed' },
  otherInvestigations: { clinician: 'Other investigations', patient: 'Other tests' },
  definition: { clinician: 'Definition', patient: 'The rule' },
  continueTheWorkup: { clinician: 'Continue the workup', patient: 'Show me the tests' },
  lossCounted: { clinician: 'loss counted', patient: 'loss counts' },
  lossesCounted: { clinician: 'losses counted', patient: 'losses count' },
  pregnancies: { clinician: 'Pregnancies', patient: 'Your pregnancies' },
  dueNext: { clinician: 'Due next', patient: 'Coming up' },
  forThisCase: { clinician: 'For this case', patient: 'For you' },
  workupSteps: { clinician: 'Workup steps', patient: 'Your steps' },
  coreWorkup: { clinician: 'Core workup', patient: 'Main tests' },
  domainsSettled: { clinician: 'domains settled', patient: 'areas done' },
  sampleDate: { clinician: 'Sample date', patient: 'Date of the test' },
  interpretation: { clinician: 'Interpretation', patient: 'What the result said' },
  flaggedAskedAbout: { clinician: 'Flagged: asked about', patient: 'You asked about this' },
};
