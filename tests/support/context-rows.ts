// Rule-table rows for the patient-context rules (issue 11: pregnancy now, medicines, previous VTE,
// short cervix), one list per guideline, spread into each guideline's table in tests/unit/rules-*.test.ts.
import type { GuidelineId } from '../../guidelines/ids.ts';
import { makeCase } from './cases.ts';
import type { RuleRow } from './rule-table.ts';

const THREE = makeCase();

export const CONTEXT_ROWS: Record<GuidelineId, RuleRow[]> = {
  'eshre-2022': [
    ['cervical-cerclage.not-indicated', THREE, 'conditional', 'not-applicable'],
    ['thromboprophylaxis.no-vte-risk-recorded', THREE, 'conditional', 'not-applicable'],
    ['oral-anticoagulant.not-named', THREE, 'not-addressed', 'not-applicable'],
  ],
  'rcog-2023': [
    ['cervical-cerclage.not-indicated', THREE, 'conditional', 'not-applicable'],
    ['thromboprophylaxis.no-vte-risk-recorded', THREE, 'conditional', 'not-applicable'],
    ['oral-anticoagulant.not-named', THREE, 'not-addressed', 'not-applicable'],
  ],
  'asrm-2012': [
    ['cervical-cerclage.not-read', THREE, 'not-addressed', 'not-applicable'],
    ['thromboprophylaxis.not-read', THREE, 'not-addressed', 'not-applicable'],
    ['oral-anticoagulant.not-read', THREE, 'not-addressed', 'not-applicable'],
  ],
};
