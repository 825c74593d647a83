import { describe, expect, test } from 'vitest';
import {
  escapeHtml,
  PERMALINK_MARKS,
  permalinkPageFiller,
  type PermalinkValues,
} from '../../../src/model/permalink-page.ts';

const M = PERMALINK_MARKS;
/** The share tags as the component writes them, around the three the tests look at. */
const share = `<meta name="description" content="${M.description}"><meta property="og:url" content="${M.url}"><meta property="og:image" content="https://n.example/${M.image}"><meta property="og:image:alt" content="${M.imageAlt}"><time datetime="${M.published}">${M.time}</time>, ${M.articleTitle}<html lang="${M.lang}" dir="${M.dir}"><meta property="og:locale" content="${M.ogLocale}"><a>${M.readInLive}</a>`;
const others = {
  description: 'D',
  url: 'https://n.example/articles/a/updates/u/',
  image: 'articles/a/updates/u/og.png',
  imageAlt: 'Alt',
  published: '2024-03-24',
  time: '24 March 2024',
  articleTitle: 'Article',
  lang: 'ar',
  dir: 'rtl' as const,
  ogLocale: 'ar',
  readInLive: 'اقرأ هذا التحديث في التغطية المباشرة',
};
const filled = `<meta name="description" content="D"><meta property="og:url" content="https://n.example/articles/a/updates/u/"><meta property="og:image" content="https://n.example/articles/a/updates/u/og.png"><meta property="og:image:alt" content="Alt"><time datetime="2024-03-24">24 March 2024</time>, Article<html lang="ar" dir="rtl"><meta property="og:locale" content="ar"><a>اقرأ هذا التحديث في التغطية المباشرة</a>`;
const values = (fields: Pick<PermalinkValues, 'title' | 'target' | 'canonical'>): PermalinkValues => ({
  ...others,
  ...fields,
});

const template = `<html><head><meta http-equiv="refresh" content="0; url=${PERMALINK_MARKS.target}"><link rel="canonical" href="${PERMALINK_MARKS.canonical}"><title>${PERMALINK_MARKS.title} | Site</title>${share}</head><body><a href="${PERMALINK_MARKS.target}">${PERMALINK_MARKS.title}</a></body></html>`;

describe('permalink page filler', () => {
  test('fills every mark, wherever it occurs', () => {
    const fill = permalinkPageFiller(template);
    const html = fill(
      values({
        title: 'Storm update',
        target: '/articles/a/older/1/#update-x',
        canonical: 'https://n.example/articles/a/older/1/',
      }),
    );
    expect(html).toBe(
      `<html><head><meta http-equiv="refresh" content="0; url=/articles/a/older/1/#update-x"><link rel="canonical" href="https://n.example/articles/a/older/1/"><title>Storm update | Site</title>${filled}</head><body><a href="/articles/a/older/1/#update-x">Storm update</a></body></html>`,
    );
    expect(html).not.toMatch(/permalinkmark/);
  });

  test('escapes a hostile title for text and attributes alike', () => {
    const html = permalinkPageFiller(template)(
      values({
        title: `</title><script>alert(1)</script>"' & more`,
        target: '/a/#"x"',
        canonical: 'https://n.example/a/',
      }),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain(
      '&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39; &amp; more | Site',
    );
    expect(html).toContain('href="/a/#&quot;x&quot;"');
  });

  test('keeps "$&" and other replacement patterns in a title as written', () => {
    const html = permalinkPageFiller(template)(
      values({
        title: "Costs $& $' $1 rise",
        target: '/a/#u',
        canonical: 'https://n.example/a/',
      }),
    );
    expect(html).toContain('<title>Costs $&amp; $&#39; $1 rise | Site</title>');
  });

  test('refuses a template that lost a mark', () => {
    expect(() => permalinkPageFiller(template.replaceAll(PERMALINK_MARKS.canonical, '/'))).toThrow(
      /lacks the mark "permalinkmarkcanonical"/,
    );
  });

  test('escapeHtml covers the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
