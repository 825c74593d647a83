import { expect, test } from 'vitest';
import { absoluteUrl, sitePath } from '../../../src/model/site-url.ts';

test.each([
  ['https://n.example', '/', 'articles/a/', 'https://n.example/articles/a/'],
  ['https://n.example', '/live-news/', 'articles/a/', 'https://n.example/live-news/articles/a/'],
  ['https://n.example/', '/live-news', '/rss.xml', 'https://n.example/live-news/rss.xml'],
  ['https://n.example', '/live-news/', '', 'https://n.example/live-news/'],
])('absoluteUrl(%s, %s, %s) = %s', (site, base, path, out) => {
  expect(absoluteUrl(site, base, path)).toBe(out);
});

test.each([
  ['/', 'search/', '/search/'],
  ['/live-news/', 'search/', '/live-news/search/'],
  ['/live-news', '/logo.png', '/live-news/logo.png'],
])('sitePath(%s, %s) = %s', (base, path, out) => expect(sitePath(base, path)).toBe(out));
