import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeTempSite, type TempSite } from '../helpers/temp-site.ts';

// One more article than a listing page holds (site.listPageSize is 20).
const ARTICLES = 21;
let site: TempSite;

beforeAll(async () => {
  site = await makeTempSite('authors', []);
  await mkdir(join(site.contentDir, 'authors'), { recursive: true });
  await writeFile(join(site.contentDir, 'authors/desk.md'), '---\nname: News Desk\nrole: Reporter\n---\n');
  for (let day = 1; day <= ARTICLES; day++) {
    const dir = join(site.contentDir, `articles/report-${day}`);
    await mkdir(dir, { recursive: true });
    const date = `2024-05-${String(day).padStart(2, '0')}`;
    await writeFile(
      join(dir, 'index.md'),
      `---\ntitle: Report ${day}\npublished: ${date}\nauthors: [desk]\n---\n`,
    );
  }
  const result = await site.build();
  expect(result.code, result.output).toBe(0);
});

afterAll(() => site?.cleanup());

const cards = (html: string) =>
  [...html.matchAll(/<article class="card">[\s\S]*?<a href="[^"]*">([^<]+)<\/a>/g)].map((m) => m[1]);

test('an author page lists their articles newest first, a page at a time, with page links', async () => {
  const first = await readFile(join(site.distDir, 'authors/desk/index.html'), 'utf8');
  const second = await readFile(join(site.distDir, 'authors/desk/2/index.html'), 'utf8');
  expect(cards(first)).toHaveLength(20);
  expect(cards(first)[0]).toBe('Report 21');
  expect(cards(second)).toEqual(['Report 1']);
  expect(first).toMatch(/Page\s*1\s*of\s*2/);
  expect(first).toContain('href="/authors/desk/2/"');
  expect(second).toMatch(/Page\s*2\s*of\s*2/);
  expect(second.match(/<h1[\s>]/g)).toHaveLength(1);
});
