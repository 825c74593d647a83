import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { AuthorSchema } from '../../../src/schemas/author.ts';
import { UpdateSchema } from '../../../src/schemas/update.ts';
import { cityOf, KNOWN_ZONES } from '../../../src/model/zone-table.ts';
import { projectRoot } from '../../helpers/temp-site.ts';

/** Every front-matter schema editors write; nested objects are walked too. */
const SCHEMAS: Record<string, z.ZodType> = {
  article: ArticleSchema,
  update: UpdateSchema,
  author: AuthorSchema,
};

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Dotted paths of every field ("photo.file"), looking through optional, default and list wrappers. */
function fieldPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = defOf(schema);
  if (def.innerType) return fieldPaths(def.innerType, prefix);
  if (def.type === 'array' && def.element) return fieldPaths(def.element, prefix);
  if (def.type === 'pipe' && def.in) return fieldPaths(def.in, prefix);
  if (def.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...fieldPaths(value, path)];
  });
}

const guide = readFileSync(join(projectRoot, 'docs/editing.md'), 'utf8');

describe('docs/editing.md', () => {
  it('the schema walk finds nested fields (so the test below cannot pass vacuously)', () => {
    const paths = fieldPaths(ArticleSchema);
    expect(paths).toEqual(
      expect.arrayContaining(['title', 'source', 'source.name', 'source.url', 'authors']),
    );
    expect(paths.length).toBeGreaterThan(10);
  });

  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`documents every ${name} field, written as \`field\``, () => {
      const missing = fieldPaths(schema).filter((path) => !guide.includes(`\`${path}\``));
      expect(missing, `add a row for each to the ${name} table in docs/editing.md`).toEqual([]);
    });
  }

  it('lists what readers see for every zone in the zone table', () => {
    const section = guide.slice(guide.indexOf('## Time zones'), guide.indexOf('## Drafts'));
    const missing = [...KNOWN_ZONES].flatMap(([id, zone]) => [
      ...(section.includes(`\`${id}\``) ? [] : [id]),
      ...(zone.words === `${cityOf(id)} time` || section.includes(`"${zone.words}"`) ? [] : [zone.words]),
      ...Object.values(zone.names).filter((name) => !section.includes(`${name} (UTC`)),
    ]);
    expect(missing, 'add them to "Time zones: what readers see" in docs/editing.md').toEqual([]);
  });
});
