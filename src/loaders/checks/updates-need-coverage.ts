import type { ContentProblem } from '../content-problem.ts';
import type { ContentTree } from '../read-content.ts';

/**
 * Only live coverage (status: live or ended) shows updates: an update of an ordinary
 * article would be published nowhere, so it is refused rather than silently dropped.
 */
export function checkUpdatesNeedCoverage(tree: ContentTree): ContentProblem[] {
  const ordinary = new Set(tree.articles.filter((a) => a.data.status === undefined).map((a) => a.slug));
  return tree.updates
    .filter((u) => ordinary.has(u.article))
    .map((u) => ({
      file: u.file,
      line: 1,
      field: 'file',
      message: `content/articles/${u.article}/index.md has no status, so this update would appear nowhere; add status: live to the article's front matter, or delete this update`,
    }));
}
