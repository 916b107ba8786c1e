// The history form's words: clinician wording, then plain wording for patients (measured for
// reading level by scripts/readability.ts, through src/app/copy.ts).
import type { HistoryKey } from '../store/intake-draft.ts';
import { MAX_AGE_YEARS, MIN_AGE_YEARS } from '../engine/patient-age.ts';

/** Labels for the history checkboxes: clinician wording, then plain wording for patients. */
export const HISTORY_LABELS: Record<HistoryKey, { clinician: string; patient: string }> = {
  currentlyPregnant: { clinician: 'Currently pregnant', patient: 'I am pregnant now' },
  venousThrombosis: { clinician: 'Personal history of venous thrombosis (VTE)', patient: 'I have had a blood clot in a vein' },
  arterialThrombosis: { clinician: 'Personal history of arterial thrombosis', patient: 'I have had a clot in an artery, such as a stroke' },
  sle: { clinician: 'SLE or other autoimmune disease', patient: 'I have lupus (SLE), or an illness where my body attacks itself' },
  thyroidDisease: { clinician: 'Known thyroid disease', patient: 'I have a thyroid problem' },
  diabetes: { clinician: 'Diabetes', patient: 'I have diabetes' },
  menstrualIrregularity: { clinician: 'Oligo- or amenorrhoea (irregular or absent periods)', patient: 'My periods are not regular, or have stopped' },
  familyThrombophilia: {
    clinician: 'Heritable thrombophilia in a first-degree relative',
    patient: 'A parent, brother, sister or child has a clotting problem that runs in families',
  },
  previousUnbalancedOffspring: {
    clinician: 'Previous child or pregnancy with an unbalanced chromosome anomaly',
    patient: 'A baby or pregnancy of mine had an unbalanced chromosome change',
  },
  familyChromosomalRearrangement: {
    clinician: 'Known chromosomal rearrangement in the family',
    patient: 'Someone in my family has a chromosome change (a rearrangement)',
  },
};

/** Intake field labels and hints (units and ranges from the case schema). */
export const INTAKE_LABELS = {
  age: { clinician: 'Age', patient: 'Your age', hint: `years, ${MIN_AGE_YEARS}–${MAX_AGE_YEARS}` },
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
  medicinesHint: {
    clinician: 'Only what she takes now. A medicine the guideline supports for her condition is answered "continue", not flagged.',
    patient: 'Add only the medicines you take now.',
  },
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
