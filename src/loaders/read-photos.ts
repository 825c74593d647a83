import { relative, sep } from 'node:path';
import { inspectPhotoFile, type PhotoFileInfo } from '../images/inspect-photo.ts';
import type { ContentProblem } from './content-problem.ts';
import type { ContentTree } from './read-content.ts';
import { collectPhotoUses, type PhotoUse } from './photo-uses.ts';
import { mapInBatches } from '../model/in-batches.ts';

/** A photo use whose file was opened and found good. */
export interface PhotoEntry extends PhotoUse {
  info: PhotoFileInfo;
}

/**
 * Opens every photo file the content uses (each file once) and reports bad
 * ones against the Markdown file and line that use them, naming the image.
 */
export async function readPhotos(
  root: string,
  tree: ContentTree,
): Promise<{ photos: PhotoEntry[]; problems: ContentProblem[] }> {
  const { uses } = collectPhotoUses(tree);
  const paths = [...new Set(uses.map((u) => u.path))];
  // A few at once: each is a decode on sharp's own threads.
  const inspected = await mapInBatches(paths, 4, (path) => inspectPhotoFile(path));
  const results = new Map(paths.map((path, i) => [path, inspected[i]!]));
  const photos: PhotoEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const use of uses) {
    const result = results.get(use.path)!;
    if (result.ok) {
      photos.push({ ...use, info: result.info });
      continue;
    }
    const image = relative(root, use.path).split(sep).join('/');
    problems.push({
      file: use.from,
      line: use.line,
      field: use.slot === 'lead' ? 'photo.file' : 'body',
      message: `the photo ${image} ${result.message}`,
    });
  }
  return { photos, problems };
}
