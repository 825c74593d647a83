import { expect, test } from 'vitest';
import { lastmodScopes, lookupLastmod } from '../../../src/model/sitemap-lastmod.ts';

const article = (slug: string, day: string, iso: string, tags: string[] = []) => ({
  slug,
  tags,
  published: { day },
  lastModified: { epochMs: Date.parse(iso) },
});

const scopes = lastmodScopes([
  article('a', '2024-03-24', '2024-03-25T10:00:00Z', ['Russia', 'Middle East']),
  article('b', '2024-03-02', '2024-03-03T10:00:00Z', ['Russia']),
  article('c', '2024-02-10', '2024-03-28T10:00:00Z'),
]);

test.each([
  ['', '2024-03-28T10:00:00.000Z'],
  ['2/', '2024-03-28T10:00:00.000Z'],
  ['articles/a/', '2024-03-25T10:00:00.000Z'],
  ['articles/a/older/2/', '2024-03-25T10:00:00.000Z'],
  ['articles/b/', '2024-03-03T10:00:00.000Z'],
  ['tags/', '2024-03-25T10:00:00.000Z'],
  ['tags/russia/', '2024-03-25T10:00:00.000Z'],
  ['tags/middle-east/2/', '2024-03-25T10:00:00.000Z'],
  ['archive/2024/03/', '2024-03-25T10:00:00.000Z'],
  ['archive/2024/02/', '2024-03-28T10:00:00.000Z'],
  ['archive/', '2024-03-28T10:00:00.000Z'],
  ['search/', '2024-03-28T10:00:00.000Z'],
])('%j -> %s', (path, lastmod) => expect(lookupLastmod(scopes, path)).toBe(lastmod));

test('nothing published: no lastmod', () =>
  expect(lookupLastmod(lastmodScopes([]), 'search/')).toBeUndefined());
