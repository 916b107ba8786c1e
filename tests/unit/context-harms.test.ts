// Issue 11, the patient's context: each harm a user found, reproduced through evaluateCase under
// every guideline it concerns. A verdict is only right for the person in front of the clinician.
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/engine/case-schema.ts';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import { GUIDELINE_IDS, type GuidelineId, type ItemId } from '../../guidelines/ids.ts';
import { losses, makeCase, result } from '../support/cases.ts';

const item = (c: Case, g: GuidelineId, id: ItemId) => evaluateCase(c, g).items.find((i) => i.id === id);
const flagIds = (c: Case, g: GuidelineId) => evaluateCase(c, g).flags.map((f) => f.id);
const findingIds = (c: Case, g: GuidelineId) => evaluateCase(c, g).findings.map((f) => f.id);
const EVIDENCE_BASED: GuidelineId[] = ['eshre-2022', 'rcog-2023'];

describe('a medicine she takes for her condition', () => {
  // TSH normal on treatment, TPO positive: not "euthyroid TPO-positive".
  const onLevothyroxine = makeCase({
    history: { thyroidDisease: true },
    medicines: [{ id: 'levothyroxine', note: '100 micrograms daily' }],
    results: [result('tsh', 'normal', '2026-03-01', { value: 1.9, unit: 'mIU/L' }), result('tpo-antibodies', 'positive')],
    requested: ['levothyroxine'],
  });

  it.each(EVIDENCE_BASED)('%s: levothyroxine for known hypothyroidism reads continue, never not recommended', (g) => {
    const levo = item(onLevothyroxine, g, 'levothyroxine')!;
    expect(levo.verdict).not.toBe('not-recommended');
    expect(levo.takenNow).toBe(true);
    expect(levo.why).toMatch(/continue/i);
    expect(flagIds(onLevothyroxine, g)).not.toContain('levothyroxine');
  });

  it.each(EVIDENCE_BASED)('%s: known thyroid disease without the medicine listed still blocks the euthyroid-TPO rule', (g) => {
    const c = makeCase({ ...onLevothyroxine, medicines: undefined });
    expect(item(c, g, 'levothyroxine')!.verdict).not.toBe('not-recommended');
    expect(flagIds(c, g)).not.toContain('levothyroxine');
  });

  it.each(EVIDENCE_BASED)('%s: the euthyroid-TPO rule still holds for a woman not treated', (g) => {
    const c = makeCase({ results: onLevothyroxine.results, requested: ['levothyroxine'] });
    expect(item(c, g, 'levothyroxine')!.ruleId).toBe('levothyroxine.euthyroid-tpo');
    expect(flagIds(c, g)).toContain('levothyroxine');
  });

  it('prednisolone she takes for unexplained RPL is still flagged, and the flag says she takes it now', () => {
    const c = makeCase({ medicines: [{ id: 'prednisolone', note: '20 mg from a private clinic' }] });
    const flag = evaluateCase(c, 'eshre-2022').flags.find((f) => f.id === 'prednisolone')!;
    expect(flag.takenNow).toBe(true);
    expect(flag.source).toBe('taken-now');
    expect(flag.why).toMatch(/takes this now/);
  });

  it.each(EVIDENCE_BASED)('%s: prednisolone or an anti-TNF she takes for SLE or another autoimmune disease is not flagged', (g) => {
    const c = makeCase({ history: { sle: true }, medicines: [{ id: 'prednisolone' }, { id: 'tnf-alpha-inhibitor' }] });
    expect(flagIds(c, g)).toEqual([]);
    expect(item(c, g, 'prednisolone')!.takenNow).toBe(true);
  });
});

describe('previous venous thrombosis', () => {
  const vte = (cause?: NonNullable<Case['history']>['venousThrombosisCause']) =>
    makeCase({ history: { venousThrombosis: true, ...(cause ? { venousThrombosisCause: cause } : {}) }, requested: ['heparin'] });

  it.each(GUIDELINE_IDS)('%s: heparin is not flagged, and a thromboprophylaxis plan per RCOG GTG 37a is an action', (g) => {
    expect(flagIds(vte('unprovoked'), g)).not.toContain('heparin');
    const f = evaluateCase(vte('unprovoked'), g).findings.find((x) => x.id === 'previous-vte-high-risk')!;
    expect(f.severity).toBe('action');
    expect(f.citation.source).toBe('RCOG GTG 37a');
    expect(item(vte('unprovoked'), g, 'thromboprophylaxis')).toMatchObject({ verdict: 'recommended', status: 'to-do' });
  });

  it.each(GUIDELINE_IDS)('%s: a single VTE related to major surgery is intermediate risk: consider antenatal LMWH', (g) => {
    expect(findingIds(vte('major-surgery'), g)).toContain('previous-vte-surgical');
    expect(findingIds(vte('major-surgery'), g)).not.toContain('previous-vte-high-risk');
    expect(item(vte('major-surgery'), g, 'thromboprophylaxis')!.verdict).toBe('conditional');
  });

  it.each(GUIDELINE_IDS)('%s: a VTE without a recorded cause is treated as high risk', (g) => {
    expect(findingIds(vte(), g)).toContain('previous-vte-high-risk');
  });

  it.each(GUIDELINE_IDS)('%s: pregnant now, the plain words never tell her to ask for the plan only "before you get pregnant"', (g) => {
    for (const cause of ['unprovoked', 'major-surgery'] as const) {
      const c = vte(cause);
      const pregnant = makeCase({ ...c, history: { ...c.history, currentlyPregnant: true }, currentPregnancy: { gestationWeeks: 8 } });
      const e = evaluateCase(pregnant, g);
      const words = [...e.findings, ...e.items].map((x) => x.plainWhy).filter((w) => /clot/.test(w));
      expect(words.length, cause).toBeGreaterThan(0);
      for (const w of words) {
        expect(w).not.toMatch(/before you get pregnant\.$/);
        if (/plan|Ask for it/.test(w)) expect(w).toMatch(/now if you are pregnant/);
      }
    }
  });

  it.each(GUIDELINE_IDS)('%s: on an oral anticoagulant: refer to the thrombosis-in-pregnancy team; urgent when pregnant now', (g) => {
    const c = makeCase({ history: { venousThrombosis: true }, medicines: [{ id: 'oral-anticoagulant', note: 'rivaroxaban 20 mg' }] });
    expect(evaluateCase(c, g).findings.find((f) => f.id === 'oral-anticoagulant-now')!.severity).toBe('action');
    const pregnant = makeCase({ ...c, history: { ...c.history, currentlyPregnant: true }, currentPregnancy: { gestationWeeks: 6 } });
    expect(evaluateCase(pregnant, g).findings[0]!).toMatchObject({ id: 'oral-anticoagulant-pregnant-now', severity: 'urgent' });
    expect(flagIds(c, g)).not.toContain('oral-anticoagulant');
  });
});

describe('pregnant now', () => {
  const bleeding = (extra: Partial<NonNullable<Case['currentPregnancy']>> = {}) =>
    makeCase({
      pregnancies: losses(2),
      history: { currentlyPregnant: true },
      currentPregnancy: { gestationWeeks: 7, intrauterineConfirmed: true, heartbeat: true, bleeding: true, ...extra },
      requested: ['progesterone'],
    });

  it.each(GUIDELINE_IDS)('%s: bleeding now is an urgent finding, first, citing NICE NG126 1.2.3', (g) => {
    const first = evaluateCase(bleeding(), g).findings[0]!;
    expect(first).toMatchObject({ id: 'bleeding-in-pregnancy-now', severity: 'urgent' });
    expect(first.citation.source).toBe('NICE NG126');
  });

  it.each(GUIDELINE_IDS)('%s: with bleeding, an intrauterine pregnancy and a previous miscarriage, progesterone is recommended (NICE NG126 1.5.2)', (g) => {
    const p = item(bleeding(), g, 'progesterone')!;
    expect(p).toMatchObject({ verdict: 'recommended', status: 'to-do' });
    expect(p.citation.source).toBe('NICE NG126');
    expect(p.why).toMatch(/400 mg twice daily/);
    expect(flagIds(bleeding(), g)).not.toContain('progesterone');
  });

  it.each(GUIDELINE_IDS)('%s: bleeding before an intrauterine pregnancy is confirmed: a scan first', (g) => {
    const p = item(bleeding({ intrauterineConfirmed: false, heartbeat: false }), g, 'progesterone')!;
    expect(p.why).toMatch(/scan/i);
    expect(p.status).not.toBe('to-do');
    expect(flagIds(bleeding({ intrauterineConfirmed: false, heartbeat: false }), g)).not.toContain('progesterone');
  });

  it.each(EVIDENCE_BASED)('%s: investigations that belong between pregnancies are deferred, saying when', (g) => {
    const e = evaluateCase(bleeding(), g);
    for (const id of ['parental-karyotype', 'pelvic-ultrasound-3d'] as ItemId[]) {
      const i = e.items.find((x) => x.id === id);
      if (i && i.status !== 'not-applicable') {
        expect(i.status, id).toBe('deferred');
        expect(i.why, id).toMatch(/after this pregnancy/);
      }
    }
    expect(e.items.find((x) => x.id === 'pelvic-ultrasound-3d')!.status).toBe('deferred');
    expect(e.referral.missingBeforeReferral).not.toContain('pelvic-ultrasound-3d');
  });

  it.each(EVIDENCE_BASED)('%s: TSH stays due in pregnancy', (g) => {
    expect(item(bleeding(), g, 'tsh')!.status).toBe('to-do');
  });

  it('RCOG never offers septum resection, hysteroscopy or MRI to a pregnant woman', () => {
    const c = makeCase({ ...bleeding(), results: [result('pelvic-ultrasound-3d', 'abnormal', '2025-06-01')] });
    for (const id of ['septum-resection', 'hysteroscopy', 'pelvic-mri'] as ItemId[]) {
      expect(item(c, 'rcog-2023', id)!.status, id).not.toBe('to-do');
    }
  });
});

describe('short cervix', () => {
  const lateLoss = { outcome: 'loss' as const, gestationWeeks: 18, visualised: true };
  const shortCervix = makeCase({
    pregnancies: [...losses(1), lateLoss],
    history: { currentlyPregnant: true },
    currentPregnancy: { gestationWeeks: 20, intrauterineConfirmed: true, heartbeat: true, cervicalLengthMm: 18, cervicalLengthAtWeeks: 19 },
  });
  const assessedAbnormal = makeCase({
    pregnancies: [...losses(2), lateLoss],
    history: { currentlyPregnant: true },
    results: [result('cervical-assessment', 'abnormal', '2026-11-01')],
  });

  it.each(EVIDENCE_BASED)('%s: is never read as a uterine anomaly (no septum resection, hysteroscopy or MRI)', (g) => {
    for (const c of [shortCervix, assessedAbnormal]) {
      expect(findingIds(c, g)).not.toContain('uterine-anomaly');
      for (const id of ['septum-resection', 'hysteroscopy', 'pelvic-mri'] as ItemId[]) {
        const i = item(c, g, id);
        if (i) expect(i.status, id).not.toBe('to-do');
      }
    }
  });

  it.each(GUIDELINE_IDS)('%s: after a loss from 16 weeks, the NG25 choice of vaginal progesterone or cerclage', (g) => {
    for (const c of [shortCervix, assessedAbnormal]) {
      expect(findingIds(c, g)).toContain('short-cervix-after-late-loss');
      expect(item(c, g, 'cervical-cerclage')).toMatchObject({ verdict: 'conditional', status: 'to-do' });
      expect(item(c, g, 'progesterone')).toMatchObject({ verdict: 'conditional', status: 'to-do' });
      expect(item(c, g, 'cervical-cerclage')!.citation.source).toBe('NICE NG25 / QS135');
    }
  });

  it.each(GUIDELINE_IDS)('%s: a cervix of 25 mm measured outside 16–24 weeks is not the NG25 criterion', (g) => {
    const early = makeCase({ ...shortCervix, currentPregnancy: { ...shortCervix.currentPregnancy, cervicalLengthAtWeeks: 14, cervicalLengthMm: 20 } });
    expect(findingIds(early, g)).not.toContain('short-cervix-after-late-loss');
  });
});

describe("prognosis in the guideline's own words", () => {
  it('ESHRE: from age and number of losses (rec 10); rises after 40 (rec 2)', () => {
    const p = evaluateCase(makeCase({ patient: { age: 42 } }), 'eshre-2022').prognosis!;
    expect(p.text).toMatch(/rec 10/);
    expect(p.text).toMatch(/after 40/);
    expect(p.citation.reference).toMatch(/10/);
  });

  it('RCOG: about 75% live birth with supportive care alone, worse with age and more losses (§7.8.2)', () => {
    const p = evaluateCase(makeCase(), 'rcog-2023').prognosis!;
    expect(p.text).toMatch(/75%/);
    expect(p.citation.reference).toBe('§7.8.2');
  });

  it("ASRM: none; and none below a guideline's definition", () => {
    expect(evaluateCase(makeCase(), 'asrm-2012').prognosis).toBeUndefined();
    expect(evaluateCase(makeCase({ pregnancies: losses(1) }), 'eshre-2022').prognosis).toBeUndefined();
  });

  it('never gives a percentage the guideline does not give', () => {
    for (const age of [22, 30, 37, 41, 55]) {
      for (const n of [2, 3, 5]) {
        for (const g of GUIDELINE_IDS) {
          const text = evaluateCase(makeCase({ patient: { age }, pregnancies: losses(n) }), g).prognosis?.text ?? '';
          expect(
            (text.match(/\d+\s?%/g) ?? []).filter((x) => x.replace(/\s/, '') !== '75%'),
            `${g} ${age} ${n}`,
          ).toEqual([]);
          if (g !== 'rcog-2023') expect(text).not.toMatch(/%/);
        }
      }
    }
  });
});

describe('partner', () => {
  it.each(EVIDENCE_BASED)('%s: a smoking partner gets lifestyle advice for him', (g) => {
    const c = makeCase({ patient: { age: 32, partnerSmoker: true } });
    expect(item(c, g, 'lifestyle-advice')!.why).toMatch(/partner/i);
    expect(item(c, g, 'lifestyle-advice')!.ruleId).toBe('lifestyle-advice.smoking');
  });
});

describe('what about this person would change it', () => {
  it.each(GUIDELINE_IDS)('%s: pregnant after a VTE with no heparin recorded: urgent; on heparin: the action plan, heparin continued', (g) => {
    const c = makeCase({
      history: { currentlyPregnant: true, venousThrombosis: true, venousThrombosisCause: 'oestrogen' },
      currentPregnancy: { gestationWeeks: 6 },
    });
    expect(evaluateCase(c, g).findings[0]).toMatchObject({ id: 'previous-vte-pregnant-now', severity: 'urgent' });
    const onHeparin = makeCase({ ...c, medicines: [{ id: 'heparin', note: 'enoxaparin 40 mg' }] });
    expect(findingIds(onHeparin, g)).toEqual(expect.arrayContaining(['previous-vte-high-risk']));
    expect(findingIds(onHeparin, g)).not.toContain('previous-vte-pregnant-now');
    expect(item(onHeparin, g, 'heparin')).toMatchObject({ status: 'done', takenNow: true, why: expect.stringMatching(/^She takes this now: continue/) });
  });

  it.each(GUIDELINE_IDS)('%s: bleeding at 18 weeks is not the NG126 progesterone indication, and is not flagged as rec 73', (g) => {
    const c = makeCase({
      pregnancies: losses(2),
      history: { currentlyPregnant: true },
      requested: ['progesterone'],
      currentPregnancy: { gestationWeeks: 18, intrauterineConfirmed: true, heartbeat: true, bleeding: true },
    });
    expect(item(c, g, 'progesterone')).toMatchObject({ ruleId: 'progesterone.bleeding-from-16-weeks', status: 'not-applicable' });
    expect(flagIds(c, g)).not.toContain('progesterone');
  });

  it.each(GUIDELINE_IDS)('%s: progesterone she takes before 16 weeks (started for bleeding) is not flagged once the bleeding stops', (g) => {
    const c = makeCase({
      pregnancies: losses(2),
      history: { currentlyPregnant: true },
      medicines: [{ id: 'progesterone' }],
      currentPregnancy: { gestationWeeks: 10, intrauterineConfirmed: true, heartbeat: true, bleeding: false },
    });
    expect(flagIds(c, g)).not.toContain('progesterone');
    expect(item(c, g, 'progesterone')!.why).toMatch(/until 16 completed weeks/);
  });

  it('ESHRE: progesterone she takes outside pregnancy, for unexplained RPL, is still flagged (rec 73)', () => {
    const c = makeCase({ medicines: [{ id: 'progesterone' }] });
    expect(evaluateCase(c, 'eshre-2022').flags.find((f) => f.id === 'progesterone')).toMatchObject({ takenNow: true, source: 'taken-now' });
  });

  it('ESHRE: recurrent second-trimester losses: cerclage could be considered in a pregnancy (rec 64), not before', () => {
    const late = { outcome: 'loss' as const, gestationWeeks: 19, visualised: true };
    expect(item(makeCase({ pregnancies: [late, late] }), 'eshre-2022', 'cervical-cerclage')!.status).toBe('not-applicable');
    const pregnant = makeCase({ pregnancies: [late, late], history: { currentlyPregnant: true } });
    expect(item(pregnant, 'eshre-2022', 'cervical-cerclage')).toMatchObject({ verdict: 'conditional', status: 'to-do' });
  });

  it.each(GUIDELINE_IDS)('%s: a medicine she takes that the guideline does not address is listed, with review advice, not flagged', (g) => {
    const c = makeCase({ history: { venousThrombosis: true }, medicines: [{ id: 'oral-anticoagulant' }] });
    const oac = evaluateCase(c, g).items.find((i) => i.id === 'oral-anticoagulant')!;
    expect(oac).toMatchObject({ takenNow: true, verdict: 'not-addressed' });
    expect(oac.why).toMatch(/review it with whoever prescribed it/);
  });
});

describe('aspirin and heparin taken together', () => {
  it.each(GUIDELINE_IDS)('%s: pregnant with APS, on aspirin and heparin: the combination is in place, continued, nothing flagged', (g) => {
    const LA = [result('aps-lupus-anticoagulant', 'positive', '2026-01-05'), result('aps-lupus-anticoagulant', 'positive', '2026-04-06')];
    const c = makeCase({
      history: { currentlyPregnant: true },
      currentPregnancy: { gestationWeeks: 8, intrauterineConfirmed: true, heartbeat: true },
      results: LA,
      medicines: [{ id: 'low-dose-aspirin' }, { id: 'heparin' }],
    });
    const combo = item(c, g, 'aspirin-heparin-for-aps')!;
    expect(combo).toMatchObject({ status: 'done', takenNow: true });
    expect(flagIds(c, g)).toEqual([]);
  });
});
