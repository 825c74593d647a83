import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run publish -- <slug>` (scripts/publish.ts) builds only what publishing one
 * article can change: it sets PUBLISH_ARTICLE to the article and PUBLISH_DIST to the
 * live site folder. Pages of other articles are then not rendered (they did not
 * change, and the merge keeps them), unless the site has none yet (a new article).
 * In every other build, every article's pages are rendered.
 */
export function isArticleRendered(slug: string): boolean {
  // The dev server serves every article, whatever the shell has set. MODE, not DEV: a build
  // run with NODE_ENV=test (vitest's children) has DEV true. `import.meta.env` exists only
  // where Vite loads the module; the sitemap integration runs in plain Node.
  if (import.meta.env?.MODE === 'development') return true;
  const only = process.env.PUBLISH_ARTICLE;
  const dist = process.env.PUBLISH_DIST;
  if (!only || !dist || slug === only) return true;
  return !existsSync(join(dist, 'articles', slug, 'index.html'));
}
