import { expect, test } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { htmlErrors } from '../helpers/html-validity.ts';

// Every built page, validated as the Nu Html Checker would (tests/helpers/html-validity.ts).
// Topic pages and paginated listings are validated on the reach site (tests/build/reach.test.ts).
const PAGE_TYPES = [
  /^index\.html$/,
  /^404\.html$/,
  /^search\/index\.html$/,
  /^articles\/[^/]+\/index\.html$/,
  /^articles\/[^/]+\/live\/index\.html$/,
  /^articles\/[^/]+\/older\/\d+\/index\.html$/,
  /^articles\/[^/]+\/updates\/[^/]+\/index\.html$/,
  /^archive\/index\.html$/,
  /^archive\/\d{4}\/\d{2}\/index\.html$/,
  /^tags\/index\.html$/,
  /^authors\/[^/]+\/index\.html$/,
];

test('every built page is valid HTML, and every page type was there to check', async () => {
  const dist = process.env.E2E_DIST_DIR!;
  const pages = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html'));
  for (const type of PAGE_TYPES)
    expect(
      pages.some((page) => type.test(page)),
      `a page like ${type}`,
    ).toBe(true);
  const problems: string[] = [];
  for (const page of pages) {
    for (const error of await htmlErrors(await readFile(join(dist, page), 'utf8'), page))
      problems.push(`${page}:${error}`);
  }
  expect(problems).toEqual([]);
});
