// `npm run check:content`: every problem in content/ at once, in seconds, without a build.
// It runs exactly the reader and checks the build runs (src/loaders/read-content.ts).
import { resolve } from 'node:path';
import { contentDirFor } from '../src/loaders/content-dir.ts';
import { formatProblem, formatWarning, sortProblems } from '../src/loaders/content-problem.ts';
import { NowError, readNow } from '../src/loaders/news-now.ts';
import { readContent } from '../src/loaders/read-content.ts';

const root = resolve(import.meta.dirname, '..');
let now: number;
try {
  now = readNow();
} catch (error) {
  if (!(error instanceof NowError)) throw error;
  console.error(error.message);
  process.exit(2);
}
const tree = await readContent(root, contentDirFor(root), { now });
// Warnings are printed like errors but do not fail the check: the build would publish.
for (const warning of sortProblems(tree.warnings)) console.error(formatWarning(warning));
if (tree.problems.length > 0) {
  for (const problem of sortProblems(tree.problems)) console.error(formatProblem(problem));
  const count = tree.problems.length === 1 ? '1 problem' : `${tree.problems.length} problems`;
  console.error(`\ncontent/ has ${count}; fix them and run npm run check:content again.`);
  process.exit(1);
}
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const warned = tree.warnings.length > 0 ? ` (${count(tree.warnings.length, 'warning')} above)` : '';
console.log(
  `content/ is fine${warned}: ${count(tree.articles.length, 'article')}, ${count(tree.updates.length, 'update')}, ${count(tree.authors.length, 'author')}.`,
);
