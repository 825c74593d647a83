// The preview's body is the site's own Markdown pipeline (src/markdown/pipeline.ts), built
// the way the content layer and the publisher build it: same plugins, same sanitizer last.
// Photos leave numbered slots that the site fills with PhotoCredit.astro; the preview fills
// them with the same figure (same classes), showing the original file as the desk serves it.
import { pathToFileURL } from 'node:url';
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Words } from '../../src/i18n/words.ts';
import { fillWords } from '../../src/i18n/fill-words.ts';
import { markdownOptions } from '../../src/markdown/pipeline.ts';
import { findMarkdownPhotos, type MarkdownPhoto } from '../../src/markdown/markdown-photos.ts';
import { PHOTO_SLOT_PATTERN } from '../../src/markdown/remark-photos.ts';
import { renderLikeContentLayer } from '../../src/loaders/render-markdown.ts';
import { parsePhotoTitle } from '../../src/model/photo-title.ts';
import { resolvePhotoPath } from '../../src/model/photo-path.ts';
import { html } from './html.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * The sanitized HTML readers will get for `body`, as an update of the file `path` (in the
 * article's updates/); `photoSrc` gives the desk's address of a photo (its path in the
 * article folder).
 */
export async function renderPreview(
  body: string,
  path: string,
  words: Pick<Words, 'photo'>,
  photoSrc: (file: string) => string,
): Promise<string> {
  renderer ??= unified(markdownOptions).createRenderer({
    syntaxHighlight: false,
    gfm: markdownOptions.gfm,
    smartypants: markdownOptions.smartypants,
  });
  const rendered = await renderLikeContentLayer(await renderer, body, pathToFileURL(path));
  const photos = findMarkdownPhotos(
    fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }),
  );
  return rendered.html.replace(PHOTO_SLOT_PATTERN, (_, n: string) => {
    const photo = photos[Number(n)];
    return photo ? previewPhoto(photo, words, photoSrc) : '';
  });
}

/** PhotoCredit.astro's figure, with the original file instead of the build's sizes. */
function previewPhoto(photo: MarkdownPhoto, words: Pick<Words, 'photo'>, photoSrc: (file: string) => string) {
  const { caption, credit, decorative } = parsePhotoTitle(photo.title);
  const resolved = resolvePhotoPath(photo.url, 'updates');
  return html`<figure class="photo">
    ${
      resolved.ok
        ? html`<picture
            ><img
              class="photo-img"
              src="${photoSrc(resolved.path)}"
              alt="${decorative ? '' : photo.alt}"
              decoding="async"
          /></picture>`
        : ''
    }
    <figcaption>
      ${caption ? html`<span class="photo-caption">${caption}</span>` : ''}
      <span class="photo-credit">${fillWords(words.photo, { credit: credit ?? '' })}</span>
    </figcaption>
  </figure>`.text;
}
