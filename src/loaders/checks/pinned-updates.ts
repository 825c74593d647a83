import type { ContentProblem } from '../content-problem.ts';
import type { ContentTree } from '../read-content.ts';

/**
 * One pinned update per article: readers see a single post above the stream.
 * The first pinned file (by name) keeps it; each other one is reported.
 */
export function checkPinnedUpdates(tree: ContentTree): ContentProblem[] {
  const first = new Map<string, string>();
  const problems: ContentProblem[] = [];
  // A retracted update shows readers only its removal note: it pins nothing.
  const pinned = tree.updates.filter(
    (u) => u.data.pinned === true && u.data.draft !== true && u.data.retracted === undefined,
  );
  for (const update of pinned.sort((a, b) => (a.fileName < b.fileName ? -1 : 1))) {
    const kept = first.get(update.article);
    if (kept === undefined) {
      first.set(update.article, update.fileName);
      continue;
    }
    problems.push({
      file: update.file,
      line: update.lineOf('pinned'),
      field: 'pinned',
      message: `${kept} is already pinned and an article can pin only one update; remove pinned from one of them`,
    });
  }
  return problems;
}
