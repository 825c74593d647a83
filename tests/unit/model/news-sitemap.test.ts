import { describe, expect, test } from 'vitest';
import {
  escapeXml,
  NEWS_WINDOW_MS,
  renderNewsSitemap,
  selectRecent,
} from '../../../src/model/news-sitemap.ts';

const at = (iso: string) => ({ published: { epochMs: Date.parse(iso) }, iso });

describe('selectRecent', () => {
  const now = Date.parse('2024-03-26T12:00:00Z');
  test.each([
    ['2024-03-26T12:00:00Z', true],
    ['2024-03-24T12:00:01Z', true],
    ['2024-03-24T12:00:00Z', false],
    ['2024-03-20T00:00:00Z', false],
    ['2024-03-26T12:00:01Z', false],
  ])('published %s -> listed %s', (iso, listed) => {
    expect(selectRecent([at(iso)], now).length).toBe(listed ? 1 : 0);
  });
  test('the window is two days', () => expect(NEWS_WINDOW_MS).toBe(172_800_000));
});

describe('renderNewsSitemap', () => {
  test('escapes every value', () => {
    const xml = renderNewsSitemap(
      [{ url: 'https://x.example/a/?q=1&r=<', title: 'A </news:title> & “B”', published: '2024-03-24' }],
      { name: 'News & <Co>', language: 'en' },
      'https://x.example/',
    );
    expect(xml).toContain('<loc>https://x.example/a/?q=1&amp;r=&lt;</loc>');
    expect(xml).toContain('<news:title>A &lt;/news:title&gt; &amp; “B”</news:title>');
    expect(xml).toContain('<news:name>News &amp; &lt;Co&gt;</news:name>');
    expect(xml).toContain('<news:publication_date>2024-03-24</news:publication_date>');
  });
  test('with nothing recent it lists the front page alone, claiming no news (a urlset needs a url)', () => {
    const xml = renderNewsSitemap([], { name: 'N', language: 'en' }, 'https://x.example/a&b/');
    expect(xml).toMatch(
      /<urlset [^>]+>\n {2}<url>\n {4}<loc>https:\/\/x\.example\/a&amp;b\/<\/loc>\n {2}<\/url>\n<\/urlset>\n$/,
    );
    expect(xml).not.toContain('<news:news>');
  });
});

describe('escapeXml', () => {
  test.each([
    [`<>&"'`, '&lt;&gt;&amp;&quot;&apos;'],
    ['bell\u0007 gone', 'bell gone'],
    ['emoji 🎉 kept', 'emoji 🎉 kept'],
  ])('%j -> %j', (input, output) => expect(escapeXml(input)).toBe(output));
});
