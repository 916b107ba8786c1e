// The app's own words, per role. Roles change wording and emphasis, never the clinical logic:
// every role sees the same items, verdicts, statuses and citations. Patient wording is measured
// for reading age by scripts/readability.ts (aim: Flesch–Kincaid grade 6 or below, reading age 9–11).
import type { Role } from '../../guidelines/ids.ts';

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

// The history form's words, the walkthrough's and the short words the case screens share: kept beside
// this file to keep each file short, and out of the first screen's code.
export * from './copy-intake.ts';
export * from './copy-walkthrough.ts';
export * from './copy-words.ts';
