// The words fixed by ../shared/contract/CONTRACT.md §2–§3. Add, never rename.

export const GUIDELINE_IDS = ['eshre-2022', 'rcog-2023', 'asrm-2012'] as const;
export type GuidelineId = (typeof GUIDELINE_IDS)[number];
export const DEFAULT_GUIDELINE: GuidelineId = 'eshre-2022';

export const DOMAINS = [
  'genetic',
  'anatomical',
  'hormonal',
  'antiphospholipid',
  'thrombophilia',
  'immune',
  'endometrial',
  'male',
  'lifestyle',
  'general',
  'treatment',
] as const;
export type Domain = (typeof DOMAINS)[number];

/** The four domains investigated, in this order, before any immune testing. */
export const CORE_DOMAINS = ['genetic', 'anatomical', 'hormonal', 'antiphospholipid'] as const;
export type CoreDomain = (typeof CORE_DOMAINS)[number];

export const INVESTIGATION_IDS = {
  genetic: ['pregnancy-tissue-genetics', 'parental-karyotype'],
  anatomical: [
    'pelvic-ultrasound-3d',
    'pelvic-ultrasound-2d',
    'sonohysterography',
    'hysterosalpingography',
    'hysteroscopy',
    'pelvic-mri',
    'adenomyosis-assessment',
    'cervical-assessment',
  ],
  hormonal: [
    'tsh',
    'free-t4',
    'tpo-antibodies',
    'prolactin',
    'ovarian-reserve',
    'luteal-phase-progesterone',
    'pcos-insulin-resistance',
    'hba1c',
    'vitamin-d',
    'homocysteine',
  ],
  antiphospholipid: ['aps-lupus-anticoagulant', 'aps-anticardiolipin', 'aps-anti-b2gp1'],
  thrombophilia: ['inherited-thrombophilia'],
  immune: ['nk-cells-blood', 'nk-cells-uterine', 'hla-typing', 'hla-c-kir', 'anti-hla-antibodies', 'cytokines', 'antinuclear-antibodies', 'th1-th2-ratio'],
  endometrial: ['chronic-endometritis', 'endometrial-receptivity'],
  male: ['sperm-dna-fragmentation', 'male-karyotype-routine'],
  general: ['full-blood-count'],
} as const satisfies Partial<Record<Domain, readonly string[]>>;

export const TREATMENT_IDS = [
  'low-dose-aspirin',
  'heparin',
  'aspirin-heparin-for-aps',
  'progesterone',
  'levothyroxine',
  'prednisolone',
  'ivig',
  'intralipid',
  'g-csf',
  'lymphocyte-immunisation',
  'tnf-alpha-inhibitor',
  'hcg',
  'metformin',
  'vitamin-d-supplement',
  'septum-resection',
  'folic-acid',
  'lifestyle-advice',
  'supportive-care',
  'cervical-cerclage',
  'thromboprophylaxis',
  // A medicine she takes now (warfarin, a DOAC); never a recommendation.
  'oral-anticoagulant',
] as const;

type InvestigationMap = typeof INVESTIGATION_IDS;
export type InvestigationId = InvestigationMap[keyof InvestigationMap][number];
export type TreatmentId = (typeof TREATMENT_IDS)[number];
export type ItemId = InvestigationId | TreatmentId;

// Non-empty tuples (not arrays) so that z.enum(ALL_ITEM_IDS) infers ItemId without a cast.
export const ALL_INVESTIGATION_IDS = [
  ...INVESTIGATION_IDS.genetic,
  ...INVESTIGATION_IDS.anatomical,
  ...INVESTIGATION_IDS.hormonal,
  ...INVESTIGATION_IDS.antiphospholipid,
  ...INVESTIGATION_IDS.thrombophilia,
  ...INVESTIGATION_IDS.immune,
  ...INVESTIGATION_IDS.endometrial,
  ...INVESTIGATION_IDS.male,
  ...INVESTIGATION_IDS.general,
] as const satisfies readonly [InvestigationId, ...InvestigationId[]];
export const ALL_ITEM_IDS = [...ALL_INVESTIGATION_IDS, ...TREATMENT_IDS] as const satisfies readonly [ItemId, ...ItemId[]];

/** Medicines a case may list as taken now (CONTRACT.md §1a): the treatment ids, oral-anticoagulant among them. */
export const MEDICINE_IDS = TREATMENT_IDS;
export type MedicineId = TreatmentId;

export function isItemId(value: string): value is ItemId {
  return (ALL_ITEM_IDS as readonly string[]).includes(value);
}

export const VERDICTS = ['recommended', 'conditional', 'not-recommended', 'not-addressed'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** deferred: not to be done now (e.g. during the current pregnancy); the item's why says when. */
export const STATUSES = ['to-do', 'done', 'repeat-due', 'declined', 'not-applicable', 'deferred'] as const;
export type Status = (typeof STATUSES)[number];

export const ROLES = ['gp', 'nurse', 'patient'] as const;
export type Role = (typeof ROLES)[number];

export const INTERPRETATIONS = ['normal', 'abnormal', 'positive', 'negative', 'inconclusive'] as const;
export type Interpretation = (typeof INTERPRETATIONS)[number];

export const OUTCOMES = ['loss', 'live-birth', 'ectopic', 'molar', 'termination'] as const;
export const TISSUE_GENETICS = ['not-done', 'euploid', 'aneuploid', 'unbalanced-structural'] as const;

/** How urgent a finding is (CONTRACT.md §4a): act today, changes management, or for information. */
export const SEVERITIES = ['urgent', 'action', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What a previous venous thrombosis was related to (CONTRACT.md §1a); RCOG GTG 37a grades risk by it. */
export const VENOUS_THROMBOSIS_CAUSES = ['unprovoked', 'oestrogen', 'major-surgery', 'other-provoked', 'unknown'] as const;
export type VenousThrombosisCause = (typeof VENOUS_THROMBOSIS_CAUSES)[number];

/** Units an antiphospholipid antibody titre may be written in (CONTRACT.md §1a). */
export const ANTIBODY_UNITS = ['GPL', 'MPL', 'U/mL', 'CU'] as const;
