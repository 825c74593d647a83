import { describe, expect, test } from 'vitest';
import {
  buildArticleJsonLd,
  serializeJsonLd,
  shorten,
  type JsonLdArticle,
  type JsonLdPublisher,
} from '../../../src/model/json-ld.ts';

const publisher: JsonLdPublisher = {
  name: 'Live News',
  url: 'https://news.example/',
  logo: { url: 'https://news.example/logo.png', width: 512, height: 512 },
};

const base: JsonLdArticle = {
  url: 'https://news.example/articles/a/',
  headline: 'Headline',
  status: 'live',
  published: '2024-03-24T10:00:00+01:00',
  modified: '2024-03-24T12:00:00+01:00',
  images: ['https://news.example/og-default.png'],
  authors: [{ type: 'Organization', name: 'Agency' }],
  keywords: ['Russia'],
  inLanguage: 'en',
  updates: [
    {
      id: 'update-b',
      headline: 'Second',
      published: '2024-03-24T12:00:00+01:00',
      body: 'Text two.',
      authors: [{ type: 'Person', name: 'Ann', url: 'https://news.example/authors/ann/' }],
    },
    {
      id: 'update-a',
      published: '2024-03-24T11:00:00+01:00',
      modified: '2024-03-24T11:30:00+01:00',
      body: 'An update without a title has its text as headline.',
      authors: [],
    },
  ],
};

describe('buildArticleJsonLd', () => {
  test('live coverage is a LiveBlogPosting with one BlogPosting per update on the page', () => {
    const ld = buildArticleJsonLd(base, publisher);
    expect(ld['@type']).toBe('LiveBlogPosting');
    expect(ld.coverageStartTime).toBe(base.published);
    expect(ld).not.toHaveProperty('coverageEndTime');
    expect(ld.dateModified).toBe('2024-03-24T12:00:00+01:00');
    const updates = ld.liveBlogUpdate as Record<string, unknown>[];
    expect(updates.map((u) => u.url)).toEqual([
      'https://news.example/articles/a/#update-b',
      'https://news.example/articles/a/#update-a',
    ]);
    expect(updates[0]).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'Second',
      datePublished: '2024-03-24T12:00:00+01:00',
      dateModified: '2024-03-24T12:00:00+01:00',
      articleBody: 'Text two.',
      author: [{ '@type': 'Person', name: 'Ann', url: 'https://news.example/authors/ann/' }],
      image: ['https://news.example/og-default.png'],
    });
    // No author of its own: the article's authors; an edit moves dateModified.
    expect(updates[1]).toMatchObject({
      headline: 'An update without a title has its text as headline.',
      dateModified: '2024-03-24T11:30:00+01:00',
      author: [{ '@type': 'Organization', name: 'Agency' }],
    });
  });

  test.each([
    { status: 'ended' as const, ended: '2024-03-25T08:00:00+01:00', end: '2024-03-25T08:00:00+01:00' },
    { status: 'live' as const, ended: '2024-03-25T08:00:00+01:00', end: undefined },
    { status: 'ended' as const, ended: undefined, end: undefined },
  ])('coverageEndTime only once ended ($status, ended $ended)', ({ status, ended, end }) => {
    const ld = buildArticleJsonLd({ ...base, status, ended }, publisher);
    expect(ld.coverageEndTime).toBe(end);
  });

  test('an ordinary article is a NewsArticle without live fields; no author means the publisher', () => {
    const ld = buildArticleJsonLd(
      { ...base, status: undefined, authors: [], keywords: [], body: 'Intro.' },
      publisher,
    );
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld).not.toHaveProperty('liveBlogUpdate');
    expect(ld).not.toHaveProperty('coverageStartTime');
    expect(ld).not.toHaveProperty('keywords');
    expect(ld.articleBody).toBe('Intro.');
    expect(ld.author).toEqual([ld.publisher]);
    expect(ld.publisher).toEqual({
      '@type': 'Organization',
      name: 'Live News',
      url: 'https://news.example/',
      logo: { '@type': 'ImageObject', url: 'https://news.example/logo.png', width: 512, height: 512 },
    });
  });
});

describe('serializeJsonLd', () => {
  const hostile = 'Bad </script><script>alert(1)</script> <!-- & \u2028line\u2029para';

  test('no value can close the script element, open a comment or break a line', () => {
    const ld = buildArticleJsonLd(
      { ...base, headline: hostile, updates: [{ ...base.updates[0]!, body: hostile }] },
      publisher,
    );
    const text = serializeJsonLd(ld);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(text).toContain('\\u2028');
    expect(text).toContain('\\u0026');
    // Still the same data once parsed.
    const parsed = JSON.parse(text) as { headline: string; liveBlogUpdate: { articleBody: string }[] };
    expect(parsed.headline).toBe(shorten(hostile));
    expect(parsed.liveBlogUpdate[0]!.articleBody).toBe(hostile);
  });

  test.each([
    ['<', '"\\u003c"'],
    ['>', '"\\u003e"'],
    ['&', '"\\u0026"'],
    ['\u2028', '"\\u2028"'],
    ['\u2029', '"\\u2029"'],
    ['plain “quotes”', '"plain “quotes”"'],
  ])('%j is written as %s', (input, output) => {
    expect(serializeJsonLd(input)).toBe(output);
  });
});

describe('shorten', () => {
  test.each([
    ['short', 10, 'short'],
    ['  spaced\n  out  ', 20, 'spaced out'],
    ['one two three four', 12, 'one two…'],
    ['abcdefghijklmnop', 8, 'abcdefg…'],
  ])('%j at %i -> %j', (text, max, expected) => {
    expect(shorten(text, max)).toBe(expected);
    expect(shorten(text, max).length).toBeLessThanOrEqual(max);
  });
});
