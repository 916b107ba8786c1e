// Error messages in the GOV.UK style: each names the field in words and says what to enter
// ("Enter the weeks of pregnancy as a whole number from 0 to 45"), never a field path
// (`pregnancies[0].outcome`) or a format the date picker already handles ("YYYY-MM-DD").
import type { Problem } from '../../engine/case-schema.ts';

interface FieldWords {
  /** The field in words, as it reads inside a sentence ("the age", "the date of birth"). */
  name: string;
  /** A number field's whole range and unit: every problem with it gets the same clear request. */
  number?: { min: number; max: number; unit: string; whole?: boolean };
  date?: true;
  choice?: true;
}

/** Keyed by the path with list indexes removed (`pregnancies[].gestationWeeks`). */
const FIELDS: Record<string, FieldWords> = {
  'patient.age': { name: 'the age', number: { min: 14, max: 60, unit: 'years', whole: true } },
  'patient.bmi': { name: 'the BMI', number: { min: 12, max: 80, unit: 'kg/m²' } },
  'patient.smoker': { name: 'whether she smokes', choice: true },
  'patient.partnerAge': { name: "the partner's age", number: { min: 14, max: 100, unit: 'years', whole: true } },
  'patient.partnerSmoker': { name: 'whether the partner smokes', choice: true },
  'patient.name': { name: 'the name' },
  'patient.nhsNumber': { name: 'the NHS number' },
  'patient.dateOfBirth': { name: 'the date of birth', date: true },
  pregnancies: { name: 'the pregnancies' },
  'pregnancies[].outcome': { name: 'what happened', choice: true },
  'pregnancies[].gestationWeeks': { name: 'the weeks of pregnancy', number: { min: 0, max: 45, unit: 'weeks', whole: true } },
  'pregnancies[].visualised': { name: 'whether it was seen on a scan', choice: true },
  'pregnancies[].tissueGenetics': { name: 'the tissue genetics result', choice: true },
  'pregnancies[].endDate': { name: 'the date the pregnancy ended', date: true },
  'currentPregnancy.gestationWeeks': { name: 'the weeks of pregnancy now', number: { min: 3, max: 42, unit: 'weeks', whole: true } },
  'currentPregnancy.cervicalLengthMm': { name: 'the cervical length', number: { min: 0, max: 80, unit: 'mm' } },
  'currentPregnancy.cervicalLengthAtWeeks': {
    name: 'the weeks of pregnancy when the cervix was measured',
    number: { min: 3, max: 42, unit: 'weeks', whole: true },
  },
  'currentPregnancy.intrauterineConfirmed': { name: 'whether a scan confirmed the pregnancy', choice: true },
  'currentPregnancy.heartbeat': { name: 'whether a heartbeat was seen', choice: true },
  'currentPregnancy.bleeding': { name: 'whether she is bleeding', choice: true },
  'currentPregnancy.pain': { name: 'whether she has pain', choice: true },
  'history.venousThrombosisCause': { name: 'the cause of the thrombosis', choice: true },
  'medicines[].id': { name: 'the medicine', choice: true },
  'medicines[].note': { name: 'the note on the medicine' },
  'medicines[].since': { name: 'the date she started the medicine', date: true },
  referralQuestion: { name: 'the referral question' },
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Pregnancy 2" or "Medicine 1" for a path inside a list, else "". */
function listPrefix(path: string): string {
  const m = /^(pregnancies|medicines)\[(\d+)\]/.exec(path);
  if (!m) return '';
  return `${m[1] === 'pregnancies' ? 'Pregnancy' : 'Medicine'} ${Number(m[2]) + 1}: `;
}

/** One sentence that says what to enter or choose. */
export function problemText(p: Problem): string {
  const f = FIELDS[p.path.replace(/\[\d+\]/g, '[]')];
  const prefix = listPrefix(p.path);
  const say = (s: string) => `${prefix}${capitalise(s)}`;
  if (!f) {
    // A message about a whole list entry or an unknown field: say it in words, without the path.
    const what = prefix ? prefix.replace(/: $/, '') : 'This case';
    return `${what} ${p.message.replace(/\s*\(?YYYY-MM-DD\)?/g, '')}`.trim();
  }
  if (f.number) {
    const { min, max, unit, whole } = f.number;
    return say(`enter ${f.name} as a${whole ? ' whole' : ''} number from ${min} to ${max} (${unit})`);
  }
  if (f.date) {
    if (/future/.test(p.message)) return say(`${f.name} must be today or in the past`);
    return say(`enter ${f.name} as a real date`);
  }
  if (f.choice) return say(`choose ${f.name}`);
  if (/at most (\d+) characters/.test(p.message)) return say(`${f.name} must be ${/at most \d+ characters/.exec(p.message)![0]}`);
  return say(`${f.name} ${p.message}`);
}
