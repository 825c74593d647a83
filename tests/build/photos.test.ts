import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDirs } from '../helpers/compare-dirs.ts';
import { writeFiles } from '../helpers/content-files.ts';
import { makeHugePng, makePhoto } from '../helpers/photo-fixtures.ts';
import { makeTempSite, type BuildResult, type TempSite } from '../helpers/temp-site.ts';

const md = (frontMatter: string, body = '') => `---\n${frontMatter}\n---\n\n${body}\n`;
const ARTICLE = 'title: Photos\npublished: 2024-03-24T10:00:00+01:00\nstatus: live';
const UPDATE = 'time: 2024-03-24T11:00:00+01:00';

describe('bad photo files fail the build before Astro touches them, each named, content untouched', () => {
  const dir = 'content/articles/bad-photos';
  let site: TempSite;
  let snapshot: string;
  let result: BuildResult;

  /** One photo per kind of bad file, all caught by the content check in a single build. */
  const CASES: [string, string, string][] = [
    ['missing file', 'missing.jpg', 'does not exist; check the spelling'],
    ['corrupt file', 'corrupt.jpg', 'is not an image that can be read (damaged, or not an image at all)'],
    ['truncated file', 'truncated.jpg', 'is damaged or incomplete ('],
    [
      'extension lies',
      'really-a-png.jpg',
      'is a PNG image but its name ends in ".jpg"; rename it to end in .png',
    ],
    ['unsupported format', 'animation.gif', 'is a GIF image; photos must be JPEG, PNG, WebP or AVIF'],
    [
      'enormous image',
      'enormous.png',
      'is 20000 x 20000 pixels (400 megapixels); the limit is 64 megapixels',
    ],
  ];

  beforeAll(async () => {
    site = await makeTempSite('bad-photos', []);
    const folder = join(site.contentDir, 'articles', 'bad-photos');
    const good = await makePhoto(join(folder, 'good.jpg'), { width: 400, height: 300 });
    // The update's photos sit next to it, in updates/.
    const updates = join(folder, 'updates');
    await mkdir(updates, { recursive: true });
    await writeFile(join(updates, 'corrupt.jpg'), 'Not a JPEG at all\n');
    await writeFile(join(updates, 'truncated.jpg'), good.subarray(0, Math.floor(good.length / 2)));
    await makePhoto(join(updates, 'really-a-png.jpg'), { width: 40, height: 40, format: 'png' });
    await makePhoto(join(updates, 'animation.gif'), { width: 40, height: 40, format: 'gif' });
    await makeHugePng(join(updates, 'enormous.png'), 20_000, 20_000);
    const photos = CASES.map(([, file]) => `![Alt](${file} "Photo: Jane Doe/Reuters")`).join('\n\n');
    await writeFiles(site.dir, {
      [`${dir}/index.md`]: md(`${ARTICLE}\nphoto:\n  file: good.jpg\n  credit: Jane Doe/Reuters`),
      [`${dir}/updates/photos.md`]: md(UPDATE, photos),
      [`${dir}/updates/escape.md`]: md(UPDATE, '![Secrets](../../../../etc/passwd "Photo: X")'),
      [`${dir}/updates/no-credit.md`]: md(UPDATE, '![Good](../good.jpg "A caption but no credit")'),
    });
    snapshot = await mkdtemp(join(tmpdir(), 'live-news-photos-snapshot-'));
    await cp(site.contentDir, snapshot, { recursive: true });
    result = await site.build();
    result.output = stripVTControlCharacters(result.output);
  });

  afterAll(async () => {
    await site?.cleanup();
    if (snapshot) await rm(snapshot, { recursive: true, force: true });
  });

  it('fails, writes no site and leaves content/ exactly as it was', async () => {
    expect(result.code).not.toBe(0);
    expect(existsSync(site.distDir)).toBe(false);
    expect(await compareDirs(snapshot, site.contentDir)).toEqual([]);
    // Astro's image pipeline never started: the content check stopped the build first.
    expect(result.output).not.toContain('generating optimized images');
  });

  it.each(CASES)('%s: names the file, the line using it and the fix', (_name, file, message) => {
    const line = 5 + 2 * CASES.findIndex(([, f]) => f === file);
    expect(result.output).toContain(
      `${dir}/updates/photos.md:${line}: body: the photo ${dir}/updates/${file} ${message}`,
    );
  });

  it('a path out of the article folder, a missing alt text and a missing credit', () => {
    expect(result.output).toContain(
      `${dir}/updates/escape.md:5: body: "../../../../etc/passwd" points outside the article folder`,
    );
    expect(result.output).toContain(`${dir}/index.md:5: photo.alt: the photo "good.jpg" needs alt text`);
    expect(result.output).toContain(
      `${dir}/updates/no-credit.md:5: body: the image "../good.jpg" has no credit`,
    );
  });
});

describe('processed photos are cached between builds', () => {
  let site: TempSite;
  let first: BuildResult;
  let second: BuildResult;

  beforeAll(async () => {
    site = await makeTempSite('photo-cache', []);
    const folder = join(site.contentDir, 'articles', 'cached');
    await makePhoto(join(folder, 'lead.jpg'), { width: 700, height: 400 });
    await writeFiles(folder, {
      'index.md': md(
        `${ARTICLE}\nphoto:\n  file: lead.jpg\n  alt: A photo\n  credit: Jane Doe/Reuters`,
        'Text.',
      ),
    });
    const env = { ASTRO_CACHE_DIR: join(site.dir, '.cache') };
    first = await site.build(env);
    second = await site.build(env);
    first.output = stripVTControlCharacters(first.output);
    second.output = stripVTControlCharacters(second.output);
  });

  afterAll(async () => {
    await site?.cleanup();
  });

  it('encodes each image once; the second build reuses every one', async () => {
    expect([first.code, second.code]).toEqual([0, 0]);
    const encoded = (output: string) => output.match(/▶ \/_astro\/\S+ \(before: /g) ?? [];
    const reused = (output: string) => output.match(/▶ \/_astro\/\S+ \(reused cache entry\)/g) ?? [];
    // 640 and 700 px wide (320/480/640 + the photo's own width are all <= 700) in AVIF, WebP and JPEG.
    expect(encoded(first.output).length).toBeGreaterThanOrEqual(9);
    expect(encoded(second.output)).toEqual([]);
    expect(reused(second.output).length).toBe(encoded(first.output).length);
    // The social image is cached too.
    expect(await readdir(join(site.dir, '.cache', 'social-images'))).toHaveLength(1);
  });
});
