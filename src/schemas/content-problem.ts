import { z } from 'astro/zod';

/** One problem in content/ as the dev preview's banner lists it (src/loaders/problems-loader.ts). */
const ContentProblemSchema = z.object({
  /** Path from the project, e.g. "content/articles/x/updates/y.md". */
  file: z.string(),
  line: z.number(),
  field: z.string(),
  message: z.string(),
  /** An error stops builds and publishes; a warning does not. */
  kind: z.enum(['error', 'warning']),
});

/** The problems collection's one entry: every problem now, errors first (empty in builds). */
export const ContentProblemsSchema = z.object({ problems: z.array(ContentProblemSchema) });
