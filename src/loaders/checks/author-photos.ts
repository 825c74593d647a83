import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentProblem } from '../content-problem.ts';
import type { ContentTree } from '../read-content.ts';

const IMAGE = /\.(jpe?g|png|webp|avif|gif)$/i;

/** An author's `photo` is an image file next to the author file, inside content/authors/. */
export function checkAuthorPhotos(tree: ContentTree): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const author of tree.authors) {
    const photo = author.data.photo;
    if (photo === undefined) continue;
    const problem = (message: string) =>
      problems.push({ file: author.file, line: author.lineOf('photo'), field: 'photo', message });
    if (photo.includes('/') || photo.includes('\\') || !IMAGE.test(photo)) {
      problem(`"${photo}" must be the name of an image file (.jpg, .png, .webp) next to ${author.id}.md`);
    } else if (!existsSync(join(dirname(author.path), photo))) {
      problem(`"${photo}" is not in content/authors/; add the file there or fix the name`);
    }
  }
  return problems;
}
