// The facts read from the patient's context (CONTRACT.md §1a): the pregnancy now, a short cervix,
// previous venous thrombosis, the medicines taken now, her partner. Thresholds are the sources' own:
// NICE NG25 (cervical length ≤ 25 mm at 16+0–24+0 weeks, after a loss from 16+0 weeks), RCOG GTG 37a
// (a single VTE related to major surgery is the one intermediate-risk history).
import type { Guideline } from '../../guidelines/schema.ts';
import type { Case } from './case-schema.ts';
import { latest } from './results.ts';

/** Imaging of the uterus itself: what can show a uterine (Müllerian or acquired) anomaly. */
export const UTERINE_IMAGING = [
  'pelvic-ultrasound-3d',
  'pelvic-ultrasound-2d',
  'sonohysterography',
  'hysterosalpingography',
  'hysteroscopy',
  'pelvic-mri',
] as const;

const NG25 = { maxCervixMm: 25, fromWeeks: 16, toWeeks: 24, lateLossFromWeeks: 16 };
/** Preterm birth: a live birth before 37 completed weeks (the standard definition of the word). */
const PRETERM_BEFORE_WEEKS = 37;

export function contextFacts(c: Case, g: Guideline) {
  const h = c.history ?? {};
  const now = c.currentPregnancy;
  const viability = g.definition.viabilityWeeks.value;
  const measuredAt = now?.cervicalLengthAtWeeks ?? now?.gestationWeeks;
  const shortByLength =
    now?.cervicalLengthMm !== undefined &&
    now.cervicalLengthMm <= NG25.maxCervixMm &&
    measuredAt !== undefined &&
    measuredAt >= NG25.fromWeeks &&
    measuredAt <= NG25.toWeeks;
  const assessment = latest(c, 'cervical-assessment');
  const lateLossOrPretermBirth = c.pregnancies.some(
    (p) =>
      p.gestationWeeks !== undefined &&
      ((p.outcome === 'loss' && p.gestationWeeks >= NG25.lateLossFromWeeks) || (p.outcome === 'live-birth' && p.gestationWeeks < PRETERM_BEFORE_WEEKS)),
  );
  const vte = h.venousThrombosis ?? false;
  const medicines = new Set<string>((c.medicines ?? []).map((m) => m.id));
  // Aspirin and heparin taken together are the combination the guidelines name as one item.
  if (medicines.has('low-dose-aspirin') && medicines.has('heparin')) medicines.add('aspirin-heparin-for-aps');
  return {
    medicines,
    // A pregnancy described now is a pregnancy now, even if the history flag was left unset.
    currentlyPregnant: (h.currentlyPregnant ?? false) || now !== undefined,
    bleedingNow: now?.bleeding ?? false,
    painNow: now?.pain ?? false,
    intrauterineConfirmed: now?.intrauterineConfirmed ?? false,
    currentGestationWeeks: now?.gestationWeeks ?? 0,
    // Non-visualised losses count: the safer reading of "previously had a miscarriage" (NG126 1.5.2) for a woman with RPL.
    previousMiscarriages: c.pregnancies.filter((p) => p.outcome === 'loss' && (p.gestationWeeks === undefined || p.gestationWeeks < viability)).length,
    shortCervix: shortByLength || assessment?.interpretation === 'abnormal' || assessment?.interpretation === 'positive',
    lateLossOrPretermBirth,
    // No cause recorded: read as high risk, the safer reading of RCOG GTG 37a.
    vteHighRisk: vte && h.venousThrombosisCause !== 'major-surgery',
    vteSurgicalOnly: vte && h.venousThrombosisCause === 'major-surgery',
    partnerSmoker: c.patient.partnerSmoker ?? false,
  };
}
