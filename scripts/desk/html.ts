// The desk's HTML is written with one tagged template that escapes every value it is
// given, so nothing an editor typed (or a file holds) can become markup by accident.
import { escapeUTF8 } from 'entities';

/** Markup that is already safe: made by `html`, or sanitized by the site's pipeline. */
export class Markup {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
}

type Value = string | number | boolean | undefined | null | Markup | Value[];

function render(value: Value): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeUTF8(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  return new Markup(strings.reduce((out, part, i) => out + render(values[i - 1]!) + part));
}

/** A whole desk page: one stylesheet and one script, both files of the desk's own. */
export function page(title: string, body: Markup): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <title>${title} · Desk</title>
        <link rel="stylesheet" href="/desk.css" />
        <script type="module" src="/desk.js"></script>
      </head>
      <body>
        <header class="bar"><a href="/">Desk</a></header>
        <main>${body}</main>
      </body>
    </html>`.text;
}
