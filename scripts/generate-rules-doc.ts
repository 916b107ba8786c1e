// Writes docs/rules.md: every rule of every guideline file, the claims explainer and the known
// disagreements, in words a clinician can review. Run with `npm run docs:rules` (npx tsx).
// tests/unit/rules-doc.test.ts fails when docs/rules.md is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATALOGUE as items } from '../guidelines/catalogue.ts';
import { type AnyCitation, CLAIM_VERDICT_LABEL, isGuidelineCitation } from '../guidelines/claims-schema.ts';
import { getClaims } from '../guidelines/claims.ts';
import { getTopics } from '../guidelines/disagreements.ts';
import { getGuideline } from '../guidelines/index.ts';
import type { Citation, Deferral, FindingStatement, Guideline, PrognosisStatement, Rule, Statement } from '../guidelines/schema.ts';
import { describe as describeCondition } from '../src/engine/conditions.ts';
import { ALL_ITEM_IDS, GUIDELINE_IDS } from '../guidelines/ids.ts';
import { formatCitation, guidelineName, SEVERITY_LABEL, VERDICT_LABEL } from '../guidelines/wording.ts';

export const RULES_DOC_PATH = fileURLToPath(new URL('../docs/rules.md', import.meta.url));

/** Keeps a table cell on one line. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const anchor = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .trim()
    .replace(/ /g, '-');

function citationLines(c: Citation, indent = ''): string[] {
  const source = c.source ? ` (cited for the patient's context: not ${guidelineName(c.guideline)}'s own text)` : '';
  const out = [`${indent}- **Citation:** ${formatCitation(c)}${source}`, `${indent}  - Document: ${c.document}`, `${indent}  - <${c.url}>`];
  if (c.unverified) out.push(`${indent}  - **Unverified:** ${c.unverified}`);
  return out;
}

function anyCitationLine(c: AnyCitation): string[] {
  if (isGuidelineCitation(c)) {
    const out = [`- ${formatCitation(c)} — ${c.document} — <${c.url}>`];
    if (c.unverified) out.push(`  - **Unverified:** ${c.unverified}`);
    return out;
  }
  const out = [`- ${c.source} · ${c.reference} — <${c.url}>`];
  if (c.unverified) out.push(`  - **Unverified:** ${c.unverified}`);
  return out;
}

function ruleBlock(r: Rule): string[] {
  const verdict = VERDICT_LABEL[r.verdict];
  const applies = r.applies ? '' : ' — does not call for the item now (status: not applicable)';
  const out = [
    `- **\`${r.id}\`** — ${verdict.symbol} ${verdict.text}${applies}`,
    `  - **When:** ${r.condition}`,
    `  - **As data:** ${r.when === undefined ? 'always (catch-all: the last rule for this item)' : describeCondition(r.when)}`,
    `  - **Why:** ${r.why}`,
    `  - **Plain language:** ${r.plainWhy}`,
  ];
  if (r.harms) out.push(`  - **Harms:** ${r.harms}`);
  if (r.instead) out.push(`  - **Instead:** ${r.instead}`);
  if (r.satisfiedBy?.length) out.push(`  - **Fulfilled by:** ${r.satisfiedBy.map((id) => items[id].name).join(', ')}`);
  if (r.partOf) out.push(`  - **Part of:** ${items[r.partOf].name} (summaries name the combination, not this part alone)`);
  out.push(...citationLines(r.citation, '  '));
  return out;
}

function statementBlock(s: Statement | FindingStatement): string[] {
  const severity = 'severity' in s ? ` — ${SEVERITY_LABEL[s.severity].text.toLowerCase()}${s.domain ? ` (${s.domain})` : ''}` : '';
  return [
    `- **\`${s.id}\`**${severity} — when ${describeCondition(s.when)}`,
    `  - **Why:** ${s.why}`,
    `  - **Plain language:** ${s.plainWhy}`,
    ...citationLines(s.citation, '  '),
  ];
}

function guidelineSection(g: Guideline): string[] {
  const d = g.definition;
  const out: string[] = [
    `## ${g.shortTitle} (\`${g.id}\`)`,
    '',
    `**${g.title}**. ${g.reference} <${g.url}>`,
    '',
    `Rules version ${g.ruleVersion}; published ${g.published}. ${g.rules.length} rules, ${g.findings.length} findings, ${g.redFlags.length} red flags.`,
    '',
    `> **Verification:** ${g.verificationNote}`,
    '',
    '### Definition',
    '',
    `- **Rule:** ${d.rule}`,
    `- **Plain language:** ${d.plainRule}`,
    `- **Counts:** ${d.counts}; met from ${d.minLosses} counted losses${d.secondTrimesterLosses ? `, or from ${d.secondTrimesterLosses} second-trimester loss${d.secondTrimesterLosses === 1 ? '' : 'es'}` : ''}.`,
  ];
  if (d.discretionFrom) out.push(`- **Clinical discretion from ${d.discretionFrom} losses:** ${d.discretionText ?? ''}`.trimEnd());
  out.push(
    `- **Excludes:** ${d.excludes}`,
    `- **Viability:** ${d.viabilityWeeks.value} ${d.viabilityWeeks.unit} (${formatCitation(d.viabilityWeeks.citation)})${d.viabilityWeeks.citation.unverified ? ` — unverified: ${d.viabilityWeeks.citation.unverified}` : ''}`,
    `- **Last first-trimester week:** ${d.firstTrimesterLastWeek.value} ${d.firstTrimesterLastWeek.unit} (${formatCitation(d.firstTrimesterLastWeek.citation)})${d.firstTrimesterLastWeek.citation.unverified ? ` — unverified: ${d.firstTrimesterLastWeek.citation.unverified}` : ''}`,
    ...citationLines(d.citation),
    '',
    '### Thresholds',
    '',
    '| Threshold | Value | Citation | Unverified |',
    '|---|---|---|---|',
    ...Object.entries(g.thresholds).map(
      ([name, t]) => `| ${name} | ${t!.value} ${cell(t!.unit)} | ${cell(formatCitation(t!.citation))} | ${cell(t!.citation.unverified ?? '–')} |`,
    ),
    '',
    '### Referral',
    '',
    `- **Meets the criteria when:** ${describeCondition(g.referral.when)}`,
    `- **Rule:** ${g.referral.rule}`,
    ...citationLines(g.referral.citation),
    '',
    '### Rules by item',
    '',
    'The first rule whose condition holds gives the verdict; each item ends with a catch-all rule.',
  );
  for (const id of ALL_ITEM_IDS) {
    const info = items[id];
    out.push('', `#### ${info.name} (\`${id}\`)`, '', `Domain: ${info.domain} · kind: ${info.kind}`, '');
    for (const r of g.rules.filter((x) => x.item === id)) out.push(...ruleBlock(r));
  }
  out.push('', '### Findings', '');
  for (const f of g.findings) out.push(...statementBlock(f));
  out.push('', '### Red flags', '');
  if (g.redFlags.length === 0) out.push('None.');
  for (const r of g.redFlags) out.push(...statementBlock(r));
  out.push('', '### Deferred while pregnant (or other context)', '');
  if (!g.deferrals?.length) out.push('None.');
  for (const d of g.deferrals ?? []) out.push(...deferralBlock(d));
  out.push('', '### Prognosis', '', 'The first statement whose condition holds is shown; never a number the guideline does not give.', '');
  if (!g.prognosis?.length) out.push('None: this guideline gives no prognosis in the text read.');
  for (const p of g.prognosis ?? []) out.push(...prognosisBlock(p));
  return out;
}

function deferralBlock(d: Deferral): string[] {
  return [
    `- **\`${d.id}\`** — when ${describeCondition(d.when)}: ${d.items.map((id) => `\`${id}\``).join(', ')}`,
    `  - **Why:** ${d.why}`,
    `  - **Plain language:** ${d.plainWhy}`,
    ...citationLines(d.citation, '  '),
  ];
}

function prognosisBlock(p: PrognosisStatement): string[] {
  return [
    `- **\`${p.id}\`** — when ${describeCondition(p.when)}`,
    `  - **Text:** ${p.text}`,
    `  - **Plain language:** ${p.plainText}`,
    ...citationLines(p.citation, '  '),
  ];
}

function claimsSection(): string[] {
  const out = ['## Claims explainer', '', 'What people hear, and what the guidelines say (`guidelines/claims.json`).'];
  for (const c of getClaims()) {
    out.push(
      '',
      `### “${c.claim}” (\`${c.id}\`)`,
      '',
      `- **Verdict:** ${CLAIM_VERDICT_LABEL[c.verdict].text} (\`${c.verdict}\`)`,
      `- **What the guidelines say:** ${c.guidelinesSay}`,
      `- **Plain language:** ${c.plainText}`,
      `- **Related items:** ${c.relatedItems.map((id) => `\`${id}\``).join(', ')}`,
      '',
      'Sources:',
      '',
      ...c.citations.flatMap(anyCitationLine),
    );
  }
  return out;
}

function topicsSection(): string[] {
  const out = [
    '## Where the guidelines disagree',
    '',
    'Shown beside a row of the side-by-side comparison (`--compare`) when the guidelines differ for a case (`guidelines/disagreements.json`).',
  ];
  for (const t of getTopics()) {
    out.push(
      '',
      `### ${t.title} (\`${t.id}\`)`,
      '',
      `- **About:** ${t.definition ? 'the definition' : t.items.map((id) => `\`${id}\``).join(', ')}`,
      `- **Summary:** ${t.summary}`,
      `- **Plain language:** ${t.plainSummary}`,
      '',
      '| Guideline | Position |',
      '|---|---|',
      ...GUIDELINE_IDS.map((g) => `| ${guidelineName(g)} | ${cell(t.positions[g])} |`),
      '',
      'Sources:',
      '',
      ...t.citations.flatMap(anyCitationLine),
    );
  }
  return out;
}

export function generateRulesDoc(): string {
  const guidelines = GUIDELINE_IDS.map(getGuideline);
  const out = [
    '# Rule reference',
    '',
    '<!-- Generated by scripts/generate-rules-doc.ts from guidelines/*.json. Do not edit by hand: run `npm run docs:rules`. -->',
    '',
    'Every rule the engine applies, per guideline, with its condition (as written and as generated from the data), reasons, harms and citation, followed by the claims explainer and the known disagreements between guidelines. A rule marked **Unverified** cites wording that could not be checked for that edition; the note says what is unknown.',
    '',
    'Verdicts: ' +
      Object.values(VERDICT_LABEL)
        .map((v) => `${v.symbol} ${v.text}`)
        .join(' · ') +
      '.',
    '',
    '## Contents',
    '',
    ...guidelines.map((g) => `- [${g.shortTitle} (\`${g.id}\`)](#${anchor(`${g.shortTitle} ${g.id}`)})`),
    '- [Claims explainer](#claims-explainer)',
    '- [Where the guidelines disagree](#where-the-guidelines-disagree)',
    '',
    ...guidelines.flatMap((g) => [...guidelineSection(g), '']),
    ...claimsSection(),
    '',
    ...topicsSection(),
  ];
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(RULES_DOC_PATH, generateRulesDoc());
  process.stdout.write(`wrote ${RULES_DOC_PATH}\n`);
}
