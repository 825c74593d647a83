import type { ContentProblem } from '../content-problem.ts';
import type { ContentTree } from '../read-content.ts';

/**
 * An update with neither headline nor text is what `npm run new -- update` leaves before
 * the editor writes: readers would see a bare time. A warning, since publishing one is
 * possible on purpose (a time marker), but almost always a save made too early.
 */
export function warnEmptyUpdates(tree: ContentTree): ContentProblem[] {
  return tree.updates
    .filter((u) => u.data.title === undefined && u.body.trim() === '')
    .map((u) => ({
      file: u.file,
      // The first line of the body, where the text belongs.
      line: u.text.slice(0, u.text.length - u.body.length).split('\n').length,
      field: 'body',
      message:
        'the update has no headline and no text, so readers would see only its time; write the text below the front matter (and a title: if it needs one)',
    }));
}
