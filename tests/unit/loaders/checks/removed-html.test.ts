import { describe, expect, it } from 'vitest';
import { findRemovedHtml, removal } from '../../../../src/loaders/checks/removed-html.ts';
import { formatWarning } from '../../../../src/loaders/content-problem.ts';

const FILE = 'content/articles/a/updates/u.md';
const FRONT = '---\ntime: 2024-03-24T10:00:00+01:00\n---\n';

/** Warnings for one update body, as printed; the body starts on line 4 of the file. */
function warningsFor(body: string): string[] {
  const source = { file: FILE, text: FRONT + body, body };
  return findRemovedHtml({ articles: [], updates: [source as never] }).map(formatWarning);
}

const IFRAME = removal('iframe');

describe('findRemovedHtml (warnings from the build and npm run check:content)', () => {
  it('names each element the sanitizer removes, with its file and line', () => {
    const body = [
      'Intro.',
      '',
      '<iframe src="https://maps.example.com/embed?x=1"></iframe>',
      '',
      'Text with <font color="red">red</font> words.',
      '',
      '<div>',
      'Two lines down:',
      '<script>alert(1)</script>',
      '</div>',
    ].join('\n');
    expect(warningsFor(body)).toEqual([
      `${FILE}:6: warning: body: ${IFRAME}`,
      `${FILE}:8: warning: body: <font> removed: this HTML element is not kept in articles, see docs/editing.md#embeds`,
      `${FILE}:12: warning: body: <script> removed: only embeds from X, YouTube, Vimeo, Instagram, TikTok, Telegram, Bluesky, Mastodon and Facebook are kept, see docs/editing.md#embeds`,
    ]);
  });

  it('says nothing about recognised embed code, its provider scripts, or kept HTML', () => {
    const body = [
      '<blockquote class="twitter-tweet"><p>Hi</p>&mdash; A (@a) <a href="https://twitter.com/a/status/1">June 1</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
      '',
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="YouTube video player"></iframe>',
      '',
      '<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="a_channel/1"></script>',
      '',
      'H<sub>2</sub>O, x<sup>2</sup>, <mark>marked</mark>, <del>gone</del>.',
      '',
      '```html',
      '<iframe src="https://example.com/"></iframe>',
      '```',
    ].join('\n');
    expect(warningsFor(body)).toEqual([]);
  });

  it('reports embed code from a look-alike host, and an svg once', () => {
    const body = [
      '<iframe src="https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ"></iframe>',
      '',
      '<svg><circle r="1"></circle><path d=""></path></svg>',
    ].join('\n');
    expect(warningsFor(body)).toEqual([
      `${FILE}:4: warning: body: ${IFRAME}`,
      `${FILE}:6: warning: body: <svg> removed: this HTML element is not kept in articles, see docs/editing.md#embeds`,
    ]);
  });
});
