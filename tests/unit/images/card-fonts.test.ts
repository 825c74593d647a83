import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/temp-site.ts';
import { runNodeScript } from '../../helpers/run-script.ts';

// Cards are set in the system's fonts (fontconfig), so a cached card is keyed by them too
// (src/images/card-fonts.ts). Each case runs in its own process: fontconfig reads its
// configuration once per process.
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'live-news-card-fonts-'));
  const source = (file: string) => pathToFileURL(join(projectRoot, file)).href;
  await writeFile(
    join(dir, 'keys.ts'),
    [
      `import { cardFontsKey } from '${source('src/images/card-fonts.ts')}';`,
      `import { updateCardCachePath } from '${source('src/images/update-card.ts')}';`,
      `import { cachePath } from '${source('src/images/social-image.ts')}';`,
      `const card = { siteName: 'Site', articleTitle: 'Fire', headline: 'Crews arrive', time: '14:15 CET' };`,
      'console.log(JSON.stringify({',
      '  fonts: await cardFontsKey(),',
      '  card: await updateCardCachePath(card),',
      `  crop: await cachePath(['article', { title: 'Fire' }], undefined, 'jpg', false),`,
      '}));',
    ].join('\n'),
  );
  // A machine with no fonts at all.
  await mkdir(join(dir, 'fonts'));
  await writeFile(
    join(dir, 'fonts.conf'),
    `<?xml version="1.0"?>\n<fontconfig><dir>${join(dir, 'fonts')}</dir><cachedir>${join(dir, 'cache')}</cachedir></fontconfig>\n`,
  );
});

afterAll(() => rm(dir, { recursive: true, force: true }));

async function keys(env: Record<string, string> = {}) {
  const result = await runNodeScript(dir, ['keys.ts'], { ASTRO_CACHE_DIR: join(dir, 'astro'), ...env });
  expect(result.code, result.output).toBe(0);
  return JSON.parse(result.output.trim().split('\n').at(-1)!) as {
    fonts: string;
    card: string;
    crop: string;
  };
}

it("is the same from one process to the next, and another on a machine with other fonts; a photo's crop does not count them", async () => {
  const here = await keys();
  expect(here.fonts).toMatch(/^[0-9a-f]{64}$/);
  expect(await keys()).toEqual(here);
  const elsewhere = await keys({ FONTCONFIG_FILE: join(dir, 'fonts.conf') });
  expect(elsewhere.fonts).not.toBe(here.fonts);
  expect(elsewhere.card).not.toBe(here.card);
  expect(elsewhere.crop).toBe(here.crop);
});
