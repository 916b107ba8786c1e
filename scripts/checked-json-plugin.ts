// Vite plugin (build only): the data files in guidelines/ are checked against their zod schemas
// when the app is built, and written as the schema's output marked as checked
// (guidelines/checked-at-build.ts), so the browser does not parse them again. A file that does not
// fit its schema fails the build, naming the file and every field at fault. The dev server and the
// tests read the plain files, which are parsed at run time as before.
//
// Use in vite.config.ts:  plugins: [checkedJsonPlugin()]
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import type { z } from '../guidelines/zod.ts';
import { CHECKED_AT_BUILD } from '../guidelines/checked-at-build.ts';
import { catalogueSchema } from '../guidelines/catalogue.ts';
import { claimsFileSchema } from '../guidelines/claims-schema.ts';
import { topicsFileSchema } from '../guidelines/disagreements.ts';
import { guidelineSchema } from '../guidelines/schema.ts';

/** Each data file the app reads with a schema, by name. */
export const SCHEMAS: Record<string, z.ZodType> = {
  'eshre-2022.json': guidelineSchema,
  'rcog-2023.json': guidelineSchema,
  'asrm-2012.json': guidelineSchema,
  'catalogue.json': catalogueSchema,
  'claims.json': claimsFileSchema,
  'disagreements.json': topicsFileSchema,
};

/** The file as the built app reads it; throws naming every field that does not fit its schema. */
export function checkedJson(file: string, text: string, schema: z.ZodType): string {
  const result = schema.safeParse(JSON.parse(text));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.') || '(the file)'}: ${i.message}`);
    throw new Error(`${file} does not fit its schema:\n${problems.join('\n')}`);
  }
  return JSON.stringify({ ...(result.data as object), [CHECKED_AT_BUILD]: true });
}

export function checkedJsonPlugin(): Plugin {
  return {
    name: 'rpl-checked-json',
    apply: 'build',
    // Before Vite's own JSON plugin, which then turns the checked text into a module.
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!;
      if (!/[\\/]guidelines[\\/][^\\/]+\.json$/.test(path)) return null;
      const schema = SCHEMAS[basename(path)];
      if (!schema) return null;
      try {
        return { code: checkedJson(`guidelines/${basename(path)}`, code, schema), map: null };
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
