import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRandom } from '../../../../scripts/bench/prng.ts';
import { makeBody } from '../../../../scripts/bench/news-text.ts';
import {
  findRemovedHtml,
  mayHoldRemovedHtml,
  removal,
  removedHtmlWarnings,
} from '../../../../src/loaders/checks/removed-html.ts';
import { PAYLOADS_FILE, type Payload } from '../../../helpers/hostile-content.ts';
import { projectRoot } from '../../../helpers/temp-site.ts';
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

describe('mayHoldRemovedHtml (which bodies the check parses)', () => {
  /** Every Markdown body the project knows: its content, the fixtures, hostile payloads, bench news copy. */
  async function allBodies(): Promise<string[]> {
    const files = (
      await Promise.all(
        ['content', 'tests/fixtures'].map((dir) => readdir(join(projectRoot, dir), { recursive: true })),
      )
    ).flatMap((names, i) =>
      names
        .filter((n) => n.endsWith('.md'))
        .map((n) => join(projectRoot, ['content', 'tests/fixtures'][i]!, n)),
    );
    const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
    const payloads = JSON.parse(await readFile(PAYLOADS_FILE, 'utf8')) as Payload[];
    const random = createRandom(11);
    const news = Array.from({ length: 300 }, () => makeBody(random, random.int(1, 4)));
    const tricky = [
      '<table><tr><td>a</td></tr></table>',
      '<table><col><tr><td>a</td></tr></table>',
      '<image src="x.png">',
      '<SVG><circle/></SVG>',
      'A <sub>b</sub> and <Mark>c</Mark> and <https://example.com/>.',
      '<ruby>a<rp>(</rp><rt>b</rt><rp>)</rp></ruby>',
      '<p>x</p><select><option>a</option></select>',
      '<div/><span\tclass="x">y</span><font\ncolor=red>z</font>',
    ];
    return [
      ...texts.map((text) => text.replace(/^---\n[\s\S]*?\n---\n/, '')),
      ...payloads.map((p) => p.payload),
      ...news,
      ...tricky,
    ];
  }

  it('passes over a body only when a full parse finds nothing removed in it', async () => {
    const bodies = await allBodies();
    const skipped = bodies.filter((body) => body.includes('<') && !mayHoldRemovedHtml(body));
    const parsed = bodies.filter((body) => mayHoldRemovedHtml(body));
    // Both kinds are there, so the comparison below means something.
    expect(skipped.length).toBeGreaterThan(50);
    expect(parsed.length).toBeGreaterThan(50);
    for (const body of skipped) {
      expect(removedHtmlWarnings({ file: FILE, text: body, body }), body).toEqual([]);
    }
  });

  it('parses a body with an element the sanitizer removes, in any case or spacing', () => {
    for (const body of ['<FONT color=red>x</FONT>', 'a <svg\n>', '<table><col></table>', '<image src=x>'])
      expect(mayHoldRemovedHtml(body), body).toBe(true);
    for (const body of ['H<sub>2</sub>O', 'a < b and b > c', '<Mark>x</Mark>', 'x<br/>y'])
      expect(mayHoldRemovedHtml(body), body).toBe(false);
  });
});
