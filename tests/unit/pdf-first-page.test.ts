// @vitest-environment node
// Page 1 of every document stands alone, read back with pdftotext: for the example cases under each
// guideline, a confirmed APS and a pregnant woman who is bleeding now.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../guidelines/ids.ts';
import { formatCitation, SEVERITY_LABEL, STATUS_LABEL, TAKEN_NOW } from '../../guidelines/wording.ts';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import type { Evaluation } from '../../src/engine/evaluation.ts';
import { worklist } from '../../src/engine/summary.ts';
import { PDF_DOCS } from '../../src/pdf/kinds.ts';
import { AVAILABLE_GUIDELINES, EXAMPLES_DIR, exampleCases, flat, pdfText, renderTo, validCase } from '../support/pdf.ts';

const pregnantBleeding = validCase(JSON.parse(readFileSync(join(EXAMPLES_DIR, 'context/pregnant-now-context.json'), 'utf8')));
const cases = [...exampleCases(), { name: 'pregnant-bleeding', c: pregnantBleeding }];
const aps = cases.find((x) => x.name === 'aps-lupus-anticoagulant-confirmed')!.c;

/** The first words of a text: enough to find it, short enough not to cross a line wrapped mid-cell. */
const start = (s: string, n = 45) => s.slice(0, n);
const firstSentence = (s: string) => (/^.*?[.!?](?=\s|$)/s.exec(s)?.[0] ?? s).trim();

async function pages(name: string, doc: (typeof PDF_DOCS)[number], c = aps, e: Evaluation = evaluateCase(c, 'eshre-2022')) {
  const file = await renderTo(name, doc, c, e);
  return { p1: flat(pdfText(file, { page: 1, mode: 'raw' })), all: flat(pdfText(file, { mode: 'raw' })) };
}

describe.each(AVAILABLE_GUIDELINES)('page 1 under %s', (guideline) => {
  describe.each(cases)('$name', ({ name, c }) => {
    const e = evaluateCase(c, guideline);
    const typical = name !== 'pregnant-bleeding';
    it.each(['clinician', 'referral'] as const)('%s: findings by severity, actions, do-not-offer, referral, signature; appendix after', async (doc) => {
      const { p1, all } = await pages(`page1--${name}--${guideline}--${doc}`, doc, c, e);
      expect(p1).toContain(`Definition of recurrent pregnancy loss: ${e.definition.met ? 'MET' : 'NOT MET'}`);

      // Each with its severity in words, most severe first; red flags count as urgent.
      const findings = [
        ...e.referral.redFlags.map((r) => ({ severity: 'urgent' as const, why: r.why, label: `${SEVERITY_LABEL.urgent.text}, red flag: ` })),
        ...e.findings.map((f) => ({ ...f, label: `${SEVERITY_LABEL[f.severity].text}: ` })),
      ];
      const at = findings.map((f) => p1.indexOf(start(`${f.label}${f.why}`)));
      at.forEach((pos, i) => {
        expect(pos, findings[i]!.why).toBeGreaterThan(0);
      });
      for (let i = 0; i < findings.length; i++) {
        for (let j = 0; j < findings.length; j++) {
          if (SEVERITIES.indexOf(findings[i]!.severity) < SEVERITIES.indexOf(findings[j]!.severity)) expect(at[i]).toBeLessThan(at[j] as number);
        }
      }

      const w = worklist(e);
      for (const i of [...w.orderNow, ...w.repeatsDue]) expect(p1, i.name).toContain(i.name);
      if (e.items.some((x) => x.takenNow && x.verdict !== 'not-recommended')) expect(p1).toContain('Taking now: continue');

      // Then what not to offer, the referral and the signature, in that order, before the appendix. A
      // typical case (the examples) holds all of it on page 1; a complex one (pregnant, bleeding, a
      // past thrombosis) may run onto page 2, never past the signature.
      const front = all.slice(0, all.indexOf('Appendix:'));
      const onPage = typical ? p1 : front;
      for (const f of e.flags) {
        expect(onPage).toContain(f.name);
        expect(onPage).toContain(firstSentence(f.why));
      }
      expect(onPage).toContain(`Referral: ${e.referral.meetsCriteria ? 'MEETS' : 'DOES NOT MEET'} the criteria under ${e.guideline.shortTitle}`);
      for (const id of e.referral.missingBeforeReferral) expect(onPage).toContain(e.items.find((i) => i.id === id)!.name);
      expect(onPage).toContain(doc === 'referral' ? 'Referred or triaged by' : 'Reviewed by');
      expect(front.indexOf('Do not offer')).toBeLessThan(front.indexOf('Signature'));
      expect(p1).not.toContain('Appendix:');
      expect(all.indexOf('References')).toBeGreaterThan(all.indexOf('Appendix:'));
      if (doc === 'clinician') expect(all.indexOf('Checklist by domain')).toBeGreaterThan(all.indexOf('Appendix:'));
    });

    it('patient: what needs her attention first, plain words until "For your doctor"', async () => {
      const { p1, all } = await pages(`page1--${name}--${guideline}--patient`, 'patient', c, e);
      for (const r of e.referral.redFlags) {
        expect(p1).toContain('Please read this first');
        expect(p1).toContain(start(r.plainWhy));
      }
      for (const f of e.findings.filter((x) => x.severity !== 'info')) expect(p1).toContain(start(f.plainWhy));
      const [forHer, forDoctor] = all.split('For your doctor');
      expect(all.split('For your doctor').length).toBe(2);
      // Clinician words: rec and section numbers, citations (the page header's "· rules" aside), verification notes.
      expect(forHer).not.toMatch(/\brecs? \d|§|UNVERIFIED|non-visualised|Instead:|Harms:|(ESHRE 2022|RCOG GTG 17 \(2023\)|ASRM 2012) · (?!rules)/);
      expect(forDoctor).toContain(formatCitation(e.definition.citation));
      expect(forDoctor).toContain(e.guideline.verificationNote);
    });
  });
});

describe('a confirmed APS is on page 1 of every document', () => {
  it.each(AVAILABLE_GUIDELINES)('%s', async (guideline) => {
    const e = evaluateCase(aps, guideline);
    const found = e.findings.filter((f) => f.domain === 'antiphospholipid' || /antiphospholipid/i.test(f.why));
    expect(found.length).toBeGreaterThan(0);
    for (const doc of PDF_DOCS) {
      const { p1 } = await pages(`aps-page1--${guideline}--${doc}`, doc, aps, e);
      for (const f of found) expect(p1, `${doc}: ${f.why}`).toContain(start(doc === 'patient' ? f.plainWhy : f.why));
    }
  });
});

describe('a confirmed APS: page 1 offers aspirin plus heparin, never aspirin or heparin alone beside it', () => {
  it.each(AVAILABLE_GUIDELINES)('%s', async (guideline) => {
    const e = evaluateCase(aps, guideline);
    for (const doc of ['clinician', 'referral'] as const) {
      const { p1 } = await pages(`aps-combination--${guideline}--${doc}`, doc, aps, e);
      expect(p1, doc).toContain('Low-dose aspirin plus heparin for antiphospholipid syndrome');
      expect(p1, doc).not.toMatch(/Low-dose aspirin;|Heparin \(low-molecular-weight or unfractionated\)/);
    }
  });
});

describe('a pregnant woman bleeding now is on page 1 of every document', () => {
  it.each(AVAILABLE_GUIDELINES)('%s', async (guideline) => {
    const e = evaluateCase(pregnantBleeding, guideline);
    for (const doc of PDF_DOCS) {
      const { p1 } = await pages(`bleeding-page1--${guideline}--${doc}`, doc, pregnantBleeding, e);
      if (doc === 'patient') {
        expect(p1).toContain('You are pregnant now (6 weeks) and you have bleeding.');
        expect(p1).toContain('If you are pregnant and have pain or bleeding, call your GP or early pregnancy unit now.');
      } else {
        expect(p1).toContain('Pregnant now (6 weeks): intrauterine on scan; heartbeat seen; BLEEDING NOW; no pain');
        expect(p1).toContain('Takes now: Levothyroxine (75 micrograms daily for hypothyroidism since 2021)');
        expect(p1).toContain('Personal history of venous thrombosis (after major surgery)');
      }
    }
  });
});

describe('deferred items, a medicine taken now and the prognosis are shown where they belong', () => {
  const c = cases.find((x) => x.name === 'new-referral-three-losses')!.c;
  const base = evaluateCase(c, 'eshre-2022');
  const tsh = base.items.find((i) => i.id === 'tsh')!;
  const flag = { ...base.items.find((i) => i.id === 'prednisolone')!, source: 'taken-now' as const, takenNow: true as const };
  const e: Evaluation = {
    ...base,
    items: base.items.map((i) =>
      i.id === 'tsh'
        ? {
            ...i,
            status: 'deferred',
            deferral: { why: 'DEFERRED-WHY: after this pregnancy ends.', plainWhy: 'PLAIN-DEFERRED: after this pregnancy.', citation: tsh.citation },
          }
        : i,
    ),
    flags: [...base.flags, flag],
    prognosis: { text: "PROGNOSIS-TEXT in the guideline's words.", plainText: 'PLAIN-PROGNOSIS in plain words.', citation: base.definition.citation },
  };

  it.each(['clinician', 'referral'] as const)('%s: page 1', async (doc) => {
    const { p1, all } = await pages(`injected--${doc}`, doc, c, e);
    // Under "Not now" (after any other deferred item), with its reason.
    expect(p1).toMatch(/Not now /);
    expect(p1.slice(p1.indexOf('Not now '))).toContain(`${STATUS_LABEL.deferred.symbol} ${tsh.name} DEFERRED-WHY: after this pregnancy ends.`);
    expect(p1).not.toMatch(new RegExp(`${tsh.name.replace(/[()]/g, '\\$&')} Order today`));
    // The GP's page 1 gives the prognosis; the referral letter has it with the criteria in the appendix.
    expect(doc === 'clinician' ? p1 : all).toContain("Prognosis: PROGNOSIS-TEXT in the guideline's words.");
    expect(p1).toContain(TAKEN_NOW.review.text);
  });

  it('patient sheet', async () => {
    const { p1, all } = await pages('injected--patient', 'patient', c, e);
    expect(all).toContain(`${STATUS_LABEL.deferred.symbol} ${STATUS_LABEL.deferred.plain}: PLAIN-DEFERRED: after this pregnancy.`);
    expect(p1).toContain('PLAIN-PROGNOSIS in plain words.');
    expect(all).toContain(TAKEN_NOW.review.plain);
  });
});
