// The preview is the site's own Markdown pipeline (src/markdown/pipeline.ts), built the
// way the content layer and the publisher build it: same plugins, same sanitizer last.
import { pathToFileURL } from 'node:url';
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../src/markdown/pipeline.ts';
import { renderLikeContentLayer } from '../../src/loaders/render-markdown.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

/** The sanitized HTML readers will get for `body`, as an update of the file `path`. */
export async function renderPreview(body: string, path: string): Promise<string> {
  renderer ??= unified(markdownOptions).createRenderer({
    syntaxHighlight: false,
    gfm: markdownOptions.gfm,
    smartypants: markdownOptions.smartypants,
  });
  const { html } = await renderLikeContentLayer(await renderer, body, pathToFileURL(path));
  return html;
}
