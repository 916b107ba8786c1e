// Short words the case screens share (history form, walkthrough, citations, flags), measured for
// reading level through src/app/copy.ts. Not needed by the start screen, so not in its code.

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
