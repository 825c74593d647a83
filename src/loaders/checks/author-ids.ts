import { closestMatches } from '../../model/closest.ts';
import type { ContentProblem } from '../content-problem.ts';
import type { ContentTree } from '../read-content.ts';

/** Every `author` of an update and every id in an article's `authors` names a file in content/authors/. */
export function checkAuthorIds(tree: ContentTree): ContentProblem[] {
  const known = tree.authors.map((a) => a.id);
  const problems: ContentProblem[] = [];
  const check = (file: string, line: number, field: string, id: string) => {
    if (known.includes(id)) return;
    problems.push({ file, line, field, message: unknownAuthor(id, known) });
  };
  for (const article of tree.articles) {
    for (const id of article.data.authors ?? []) {
      check(article.file, article.lineOf('authors'), 'authors', id);
    }
  }
  for (const update of tree.updates) {
    if (update.data.author) check(update.file, update.lineOf('author'), 'author', update.data.author);
  }
  return problems;
}

function unknownAuthor(id: string, known: string[]): string {
  const close = closestMatches(id, known);
  const hint = close.length
    ? `did you mean ${close.map((c) => `"${c}"`).join(' or ')}?`
    : 'add the author as content/authors/' + id + '.md (name and role), or fix the id';
  return `"${id}" is not in the authors list (content/authors/); ${hint}`;
}
