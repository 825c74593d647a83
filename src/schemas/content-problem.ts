import { z } from 'astro/zod';

/** One problem in content/ as the dev preview's banner lists it (src/loaders/problems-loader.ts). */
export const ContentProblemSchema = z.object({
  /** Path from the project, e.g. "content/articles/x/updates/y.md". */
  file: z.string(),
  line: z.number(),
  field: z.string(),
  message: z.string(),
  /** An error stops builds and publishes; a warning does not. */
  kind: z.enum(['error', 'warning']),
});
