// The preview is a small page of the site: the site's own stylesheet and one update in the
// markup LiveUpdate.astro gives it (same elements and classes), so cards, photos and text
// look as readers will see them. It is shown in a frame (update-form.ts), which keeps the
// site's styles apart from the desk's.
import type { PageLanguage } from '../../src/i18n/language.ts';
import { fillWords } from '../../src/i18n/fill-words.ts';
import { html, Markup } from './html.ts';

/** Where the desk serves the site's built stylesheet (site-style.ts). */
export const SITE_STYLE_PATH = '/site.css';

export interface PreviewView {
  language: PageLanguage;
  title: string;
  keyEvent: boolean;
  pinned: boolean;
  /** The author's name, when one is chosen. */
  author?: string | undefined;
  /** The body as readers get it, from renderPreview (preview.ts): sanitized. */
  body: string;
}

export function previewDocument(view: PreviewView): string {
  const { words, lang, dir } = view.language;
  return html`<!doctype html>
    <html lang="${lang}" dir="${dir}">
      <head>
        <meta charset="utf-8" />
        <title>Preview</title>
        <link rel="stylesheet" href="${SITE_STYLE_PATH}" />
      </head>
      <body>
        <div class="wrap">
          <article class="update">
            <header class="update-header">
              ${view.keyEvent ? html`<span class="update-flag">${words.keyEvent}</span>` : ''}
              ${view.pinned ? html`<span class="update-flag">${words.pinned}</span>` : ''}
              ${view.title ? html`<h2>${view.title}</h2>` : ''}
              ${view.author ? html`<p class="meta update-author">${fillWords(words.by, { names: view.author })}</p>` : ''}
            </header>
            <div class="update-body">${new Markup(view.body)}</div>
          </article>
        </div>
      </body>
    </html>`.text;
}
