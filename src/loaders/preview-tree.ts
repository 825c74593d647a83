import type { ContentTree } from './read-content.ts';

/**
 * The dev server started while a file has a mistake. A build stops; the preview has no
 * last good version to keep yet, and stopping would leave the editor with no preview at
 * all (and no banner saying why). So it starts without the files that have problems: an
 * article with a problem in its index.md leaves out its updates too, since they cannot be
 * shown without it. The problems stay listed (the banner, the terminal), and each file
 * comes in at the first save that fixes it.
 */
export function withoutBrokenFiles(tree: ContentTree): ContentTree {
  const broken = new Set(tree.problems.map((p) => p.file));
  const articles = tree.articles.filter((a) => !broken.has(a.file));
  const shown = new Set(articles.map((a) => a.slug));
  return {
    ...tree,
    articles,
    updates: tree.updates.filter((u) => shown.has(u.article) && !broken.has(u.file)),
    authors: tree.authors.filter((a) => !broken.has(a.file)),
    problems: [],
  };
}
