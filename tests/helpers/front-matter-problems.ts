import type { z } from 'astro/zod';
import { parseFrontMatter } from '../../src/loaders/front-matter.ts';
import { describeIssues } from '../../src/schemas/describe-issues.ts';

/** One problem as the build reports it: line in the file, field, message. */
export interface Reported {
  line: number;
  field: string;
  message: string;
}

/**
 * Runs front matter through the same path the build uses (YAML reader, schema,
 * editor-facing wording, line lookup) and returns the problems, or [] when valid.
 */
export function problemsIn(schema: z.ZodType, frontMatter: string): Reported[] {
  const front = parseFrontMatter(`---\n${frontMatter}\n---\nBody text.\n`);
  if (!front.ok) return [{ line: front.line, field: 'front matter', message: front.message }];
  const result = schema.safeParse(front.value.data);
  if (result.success) return [];
  return describeIssues(schema, front.value.data, result.error.issues).map((p) => ({
    line: front.value.lineOf(p.field),
    field: p.field || 'front matter',
    message: p.message,
  }));
}
