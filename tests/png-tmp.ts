import { execFileSync } from 'node:child_process';
import { exampleCases, renderTo, pageCount } from './support/pdf.ts';
import { evaluateCase } from '../src/engine/evaluate.ts';
const [name, g, doc] = process.argv.slice(2) as [string, any, any];
const { c } = exampleCases().find((x) => x.name === name)!;
const f = await renderTo(`look-${name}-${g}-${doc}`, doc, c, evaluateCase(c, g));
execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', f, `/tmp/pdfw/${name}-${g}-${doc}`]);
console.log(f, pageCount(f));
