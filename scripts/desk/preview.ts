// The preview is the site's own Markdown pipeline (src/markdown/pipeline.ts), built the
// way the content layer and the publisher build it: same plugins, same sanitizer last.
// Photos leave numbered slots that the site fills with PhotoCredit.astro (it needs Astro's
// image pipeline); the preview fills them with the alt text, caption and credit.
import { pathToFileURL } from 'node:url';
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { markdownOptions } from '../../src/markdown/pipeline.ts';
import { findMarkdownPhotos } from '../../src/markdown/markdown-photos.ts';
import { PHOTO_SLOT_PATTERN } from '../../src/markdown/remark-photos.ts';
import { renderLikeContentLayer } from '../../src/loaders/render-markdown.ts';
import { parsePhotoTitle } from '../../src/model/photo-title.ts';
import { html } from './html.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

/** The sanitized HTML readers will get for `body`, as an update of the file `path`. */
export async function renderPreview(body: string, path: string): Promise<string> {
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
    if (!photo) return '';
    const { caption, credit } = parsePhotoTitle(photo.title);
    return html`<figure class="photo-preview">
      <p class="meta">Photo: ${photo.url} (${photo.alt || 'no alt text'})</p>
      <figcaption>${caption} ${credit ? html`<span class="credit">Photo: ${credit}</span>` : ''}</figcaption>
    </figure>`.text;
  });
}
