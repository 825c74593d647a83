import { findMarkdownPhotos } from '../../markdown/markdown-photos.ts';
import { parsePhotoTitle } from '../../model/photo-title.ts';
import type { ContentProblem } from '../content-problem.ts';
import type { ContentTree } from '../read-content.ts';
import { parseBody } from './body-links.ts';

/**
 * Every photo in an article or update body describes itself for readers who cannot
 * see it, unless its title marks it `decorative`. Credits, paths and raw HTML images
 * are checked by checks/photos.ts; lead photos in front matter by their schema.
 */
export function checkImageAlt(tree: ContentTree): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const source of [...tree.articles, ...tree.updates]) {
    if (!source.body.includes('![')) continue;
    const { tree: body, fileLine } = parseBody(source);
    for (const photo of findMarkdownPhotos(body)) {
      if (photo.alt.trim() !== '' || parsePhotoTitle(photo.title).decorative) continue;
      problems.push({
        file: source.file,
        line: fileLine(photo.line),
        field: 'body',
        message: `the image "${photo.url}" has no alt text; describe what it shows between the brackets, e.g. ![Firefighters outside the hall](${photo.url} "Photo: Name/Agency")`,
      });
    }
  }
  return problems;
}
