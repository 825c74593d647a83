import type { z } from 'astro/zod';
import { closestMatches } from '../model/closest.ts';

/** One problem with one field, worded for an editor. */
export interface FieldProblem {
  /** Dotted path of the field, e.g. "source.url"; empty for the whole front matter. */
  field: string;
  message: string;
  /** The field whose line the message points at, when it is not `field` (see LINE_FIELD). */
  lineField?: string;
}

/**
 * A rule tying two fields together names the field to add or fix; when that one is
 * missing, `params: { [LINE_FIELD]: 'status' }` points the message at the field that
 * causes the rule, instead of line 1.
 */
export const LINE_FIELD = 'lineField';

type Shape = Record<string, z.ZodType>;

function shapeAt(schema: z.ZodType, path: PropertyKey[]): Shape | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    current = unwrap(current);
    const shape = objectShape(current);
    current = shape?.[String(key)];
    if (!current) return undefined;
  }
  return objectShape(unwrap(current));
}

function objectShape(schema: z.ZodType | undefined): Shape | undefined {
  const shape = (schema as { shape?: unknown } | undefined)?.shape;
  return shape && typeof shape === 'object' ? (shape as Shape) : undefined;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema as { unwrap?: () => z.ZodType } | undefined;
  while (current && typeof current.unwrap === 'function' && !objectShape(current as z.ZodType)) {
    current = current.unwrap() as typeof current;
  }
  return current as z.ZodType | undefined;
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Turns zod issues into one sentence per field, suggesting the intended key for typos. */
export function describeIssues(schema: z.ZodType, data: unknown, issues: z.core.$ZodIssue[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of issues) {
    const parent = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(shapeAt(schema, issue.path) ?? {});
      for (const key of issue.keys) {
        const suggestions = closestMatches(key, known, 1);
        const hint = suggestions.length
          ? `did you mean "${suggestions[0]}"?`
          : `remove it, or use one of: ${known.join(', ')}`;
        problems.push({ field: [...parent, key].join('.'), message: `unknown field; ${hint}` });
      }
      continue;
    }
    const field = parent.join('.');
    if (valueAt(data, issue.path) === undefined && issue.code === 'invalid_type') {
      problems.push({ field, message: 'is required but missing; add it to the front matter' });
      continue;
    }
    if (issue.code === 'invalid_type' && issue.expected === 'object') {
      const keys = Object.keys(shapeAt(schema, issue.path) ?? {});
      problems.push({ field, message: `expected fields on indented lines below it: ${keys.join(', ')}` });
      continue;
    }
    const lineField = issue.code === 'custom' ? issue.params?.[LINE_FIELD] : undefined;
    problems.push({ field, message: issue.message, ...(typeof lineField === 'string' && { lineField }) });
  }
  return problems;
}
