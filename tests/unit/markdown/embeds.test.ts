import { createMarkdownProcessor, isUnifiedProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { findUnsafeMarkup } from '../../helpers/output-safety.ts';

let renderer: MarkdownRenderer;

beforeAll(async () => {
  const processor = config.markdown?.processor;
  if (!processor || !isUnifiedProcessor(processor)) throw new Error('astro.config.mjs must select unified()');
  renderer = await createMarkdownProcessor({ ...processor.options, syntaxHighlight: false });
});

const render = async (markdown: string) => (await renderer.render(markdown)).code;

const FIXTURE = new URL('../../fixtures/e2e/articles/fixture-embeds/updates/', import.meta.url);
const body = (name: string) =>
  readFileSync(new URL(`${name}.md`, FIXTURE), 'utf8').replace(/^---[\s\S]*?---\n/, '');

/** What each provider's pasted Embed code (tests/fixtures/e2e/articles/fixture-embeds) shows. */
const PASTED: [file: string, link: string, label: string, shows: string[]][] = [
  [
    '01-x',
    'https://x.com/citypolice/status/1800000000000000001',
    'View on X',
    [
      'Emergency services are at the scene. Please avoid the area.',
      'City Police (@citypolice)',
      'June 12, 2024',
    ],
  ],
  ['02-youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'Watch on YouTube', ['YouTube video']],
  ['03-vimeo', 'https://vimeo.com/76979871/8272103f6e', 'Watch on Vimeo', ['Aerial footage of the river']],
  [
    '04-instagram',
    'https://www.instagram.com/p/C8AbCdEfGhI/',
    'View on Instagram',
    ['Volunteers hand out water near the bridge.', 'City Relief (@cityrelief)', 'Jun 12, 2024 at 1:31am PDT'],
  ],
  [
    '05-tiktok',
    'https://www.tiktok.com/@cityreporter/video/7380000000000000001',
    'View on TikTok',
    ['Water levels at the old bridge this morning #flood', '@cityreporter'],
  ],
  ['06-telegram', 'https://t.me/cityupdates/4321', 'View on Telegram', ['@cityupdates']],
  [
    '07-bluesky',
    'https://bsky.app/profile/did:plc:abcdefghijklmnopqrstuvwx/post/3kvabcdefgh2x',
    'View on Bluesky',
    [
      'Roads north of the river are closed until further notice.',
      'City Transport (@citytransport.bsky.social)',
    ],
  ],
  [
    '08-mastodon',
    'https://mastodon.social/@cityweather/112600000000000001',
    'View on Mastodon',
    ['@cityweather@mastodon.social'],
  ],
  [
    '09-facebook',
    'https://www.facebook.com/cityhall/posts/pfbid02AbCdEfGh',
    'View on Facebook',
    ['Shelters are open at the town hall and the sports centre.', 'City Hall', 'Wednesday, 12 June 2024'],
  ],
  [
    '11-mastodon-new',
    'https://mastodon.social/@cityweather/113000000000000001',
    'View on Mastodon',
    ['@cityweather@mastodon.social'],
  ],
];

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('embed code pasted from each provider', () => {
  it.each(PASTED)('%s becomes a card linking to the original', async (file, link, label, shows) => {
    const html = await render(body(file));
    expect(html).toContain(`<a class="embed-link" href="${link.replace(/&/g, '&#x26;')}">${label}</a>`);
    for (const value of shows) expect(textOf(html)).toContain(value);
    // Nothing of the pasted code is left: no script, iframe, style or provider class.
    expect(html).not.toMatch(/<script|<iframe|style=|twitter-tweet|instagram-media|fb-root|telegram\.org/);
    expect(findUnsafeMarkup(html)).toEqual([]);
  });

  it('turns videos into a play link for the click-to-load player', async () => {
    expect(await render(body('02-youtube'))).toContain(
      '<a class="embed-play" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" data-embed-video="dQw4w9WgXcQ">',
    );
    expect(await render(body('03-vimeo'))).toContain('data-embed-video="76979871:8272103f6e"');
  });
});

describe('embed code inside a paragraph', () => {
  it('replaces the paragraph when it is alone there, and stays inside mixed text', async () => {
    const alone = await render(
      '<p>\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>\n</p>',
    );
    expect(alone).toMatch(/^<figure class="embed embed-video"/);
    expect(
      await render('Watch: <iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>'),
    ).toContain('data-embed-video="dQw4w9WgXcQ"');
  });
});

describe('addresses on a line of their own', () => {
  it('give the same card as the embed code, with the fields the editor adds', async () => {
    const html = await render(body('10-bare-urls'));
    expect(html).toContain('data-embed-video="dQw4w9WgXcQ"');
    expect(html).toContain('<span class="embed-title">Rescue teams at the bridge</span>');
    expect(html).toContain('href="https://x.com/citypolice/status/1800000000000000002">View on X</a>');
    expect(textOf(html)).toContain('The bridge is closed in both directions.');
    expect(textOf(html)).toContain('City Police (@citypolice)');
    expect(html).not.toMatch(/(^|>|\n)(title|author|text):/);
  });

  it.each([
    ['a look-alike host', 'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ'],
    ['a host ending like the provider', 'https://evilyoutube.com/watch?v=dQw4w9WgXcQ'],
    ['http instead of https', 'http://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['a user name before the host', 'https://x.com@evil.example/a/status/1'],
    ['a port', 'https://x.com:8443/citypolice/status/1'],
    ['an address that is not a post', 'https://x.com/citypolice'],
    ['an unknown Mastodon server', 'https://mastodon.evil.example/@a/112600000000000001'],
  ])('stay a plain link with %s', async (_name, url) => {
    const html = await render(url);
    expect(html).not.toContain('embed');
    expect(html).toMatch(/^<p>(<a href="[^"]*">[^<]*<\/a>|[^<]*)<\/p>$/);
  });

  it('stay a plain link inside a sentence, or above lines that are not fields', async () => {
    for (const markdown of [
      'See https://x.com/a/status/1 for more.',
      'https://x.com/a/status/1\nThe police said this.',
      '[the police](https://x.com/a/status/1)',
    ]) {
      expect(await render(markdown)).not.toContain('embed');
    }
  });

  it('escapes what the editor writes in the fields', async () => {
    const html = await render(
      'https://x.com/a/status/1\ntitle: 5 > 4 & "x"\ntext: 1 < 2 \'y\' &lt;script&gt;',
    );
    expect(html).toContain('<p class="embed-title">5 > 4 &#x26; "x"</p>');
    expect(html).toContain("<p>1 &#x3C; 2 'y' &#x3C;script></p>");
    // HTML in a field is not a field: the paragraph stays as written, and is sanitized.
    const raw = await render('https://x.com/a/status/1\ntitle: <img src=x onerror=alert(1)>');
    expect(raw).not.toContain('embed');
    expect(findUnsafeMarkup(raw)).toEqual([]);
  });
});

describe('embed-shaped attacks', () => {
  const harmless = (html: string) => {
    expect(findUnsafeMarkup(html)).toEqual([]);
    expect(html).not.toMatch(/<script|<iframe|srcdoc|javascript:|onerror|alert/);
  };

  it.each([
    [
      'a script inside a fake tweet',
      '<blockquote class="twitter-tweet"><p>hi<script>alert(1)</script></p>&mdash; A (@a) <a href="https://twitter.com/a/status/1">June 1</a></blockquote>',
      '<p>hi</p>',
    ],
    [
      'an iframe with srcdoc',
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" srcdoc="<script>alert(1)</script>"></iframe>',
      'data-embed-video="dQw4w9WgXcQ"',
    ],
    [
      'an onerror in embed text',
      '<blockquote class="twitter-tweet"><p><img src=x onerror=alert(1)></p><a href="https://twitter.com/a/status/1">June 1</a></blockquote>',
      'View on X',
    ],
  ])('%s gives a card of the parsed values only', async (_name, markdown, shows) => {
    const html = await render(markdown);
    harmless(html);
    expect(html).toContain(shows);
  });

  it.each([
    [
      'a javascript: link as the post',
      '<blockquote class="twitter-tweet"><p>hi</p><a href="javascript:alert(1)">June 1</a></blockquote>',
    ],
    ['a look-alike player', '<iframe src="https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ"></iframe>'],
    [
      'a forged card',
      '<figure class="embed embed-video"><a class="embed-play" data-embed-video="x" href="https://evil.example/">play</a></figure>',
    ],
    [
      'a Telegram widget from another host',
      '<script src="https://evil.example/telegram-widget.js" data-telegram-post="a/1"></script>',
    ],
  ])('%s is no card and renders harmless', async (_name, markdown) => {
    const html = await render(markdown);
    harmless(html);
    expect(html).not.toMatch(/class="embed|data-embed/);
  });
});
