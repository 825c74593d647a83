import type { ContentProblem } from '../content-problem.ts';
import type { ContentTree } from '../read-content.ts';
import { collectPhotoUses } from '../photo-uses.ts';

/**
 * Photos are written so they can be published: a path inside the article folder,
 * a credit, a line of their own, Markdown rather than HTML. (The files themselves
 * are checked by read-photos.ts, which needs to open them.)
 */
export function checkPhotos(tree: ContentTree): ContentProblem[] {
  return collectPhotoUses(tree).problems;
}
