import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeTempSite, type TempSite } from '../helpers/temp-site.ts';

// The clock setting in src/site.ts reaches every page: a copy of the project set to the
// Guardian's 12-hour style, with a New York article across the spring clock change.
let site: TempSite;

beforeAll(async () => {
  site = await makeTempSite('clock', []);
  const settings = join(site.dir, 'src/site.ts');
  const source = await readFile(settings, 'utf8');
  const twelve = source.replace(
    "clock: { hours: 24, separator: ':' }",
    "clock: { hours: 12, separator: '.' }",
  );
  expect(twelve).not.toBe(source);
  await writeFile(settings, twelve);
  const dir = join(site.contentDir, 'articles/storm');
  await mkdir(join(dir, 'updates'), { recursive: true });
  const front = 'title: Storm reaches the coast\npublished: 2024-03-09T14:19:00-05:00\nstatus: live';
  await writeFile(join(dir, 'index.md'), `---\n${front}\ntimeZone: America/New_York\n---\n`);
  await writeFile(join(dir, 'updates/evening.md'), '---\ntime: 2024-03-10T21:05:00-04:00\n---\n\nText.\n');
  const result = await site.build();
  expect(result.code, result.output).toBe(0);
});

afterAll(() => site?.cleanup());

test('a 12-hour site writes "2.19pm EST", keeps exact datetimes, and tells the reader-time script', async () => {
  const html = await readFile(join(site.distDir, 'articles/storm/index.html'), 'utf8');
  expect(html).toContain('<time datetime="2024-03-09T14:19:00-05:00">9 March 2024, 2.19pm EST</time>');
  expect(html).toMatch(/<time datetime="2024-03-10T21:05:00-04:00">[\s\S]*?9\.05pm EDT\s*<\/time>/);
  expect(html).toContain('Times are Eastern time (EST and EDT)');
  expect(html).toContain('data-live-hours="12"');
  expect(html).not.toMatch(/\b14:19\b|\b21:05\b/);
});
