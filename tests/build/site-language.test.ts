import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { makeTempSite, projectRoot, type TempSite } from '../helpers/temp-site.ts';

// A Dutch site: the seed plus the language fixtures, built with src/site.ts set to `lang: 'nl'`
// (the documented setting) and one article per list page, so every list has its pagination.
let site: TempSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await makeTempSite('site-language', [
    join(projectRoot, 'content'),
    join(projectRoot, 'tests/fixtures/languages'),
  ]);
  const settings = join(site.dir, 'src/site.ts');
  const english = await readFile(settings, 'utf8');
  const dutch = english
    .replace("lang: 'en',", "lang: 'nl',")
    .replace("locale: 'en-GB',", "locale: 'nl-NL',")
    .replace('listPageSize: 20,', 'listPageSize: 1,');
  expect(dutch.match(/lang: 'nl',|locale: 'nl-NL',|listPageSize: 1,/g)).toHaveLength(3);
  await writeFile(settings, dutch);
  const result = await site.build();
  if (result.code !== 0) throw new Error(`build failed:\n${result.output}`);
  server = await startStaticServer(site.distDir);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.cleanup();
});

const read = (path: string) => readFile(join(site.distDir, path), 'utf8');

describe("the site-wide pages speak the site's language", () => {
  test.each([
    ['the front page', 'index.html', ['<h1>Laatste nieuws</h1>', '>Nu live<', 'Pagina 1 van 3', '>Ouder<']],
    ['a later front page', '2/index.html', ['<h1>Laatste nieuws, pagina 2</h1>', '>Nieuwer<']],
    ['the archive', 'archive/index.html', ['<h1>Archief</h1>', 'artikelen)', 'maart 2024']],
    [
      'a month',
      'archive/2024/03/index.html',
      ['<p class="kicker">Archief</p>', 'aria-label="maart 2024: pagina’s"'],
    ],
    ['the topics', 'tags/index.html', ['<h1>Onderwerpen</h1>', '(1 artikel)']],
    [
      'a topic',
      'tags/overstromingen/index.html',
      ['<p class="kicker">Onderwerp</p>', 'Artikelen over Overstromingen'],
    ],
    ['an author', 'authors/desk/index.html', ['Artikelen van ']],
    [
      'the search page',
      'search/index.html',
      ['<h1>Zoeken</h1>', 'Zoek in artikelen en live-updates', '>per onderwerp</a>'],
    ],
    [
      'the page not found',
      '404.html',
      ['<h1>Pagina niet gevonden</h1>', '>Naar het laatste nieuws<', '>Laatste artikelen<'],
    ],
  ])('%s', async (_, path, dutch) => {
    const html = await read(path);
    expect(html).toMatch(/<html lang="nl" dir="ltr"/);
    for (const words of dutch) expect(html).toContain(words);
    for (const english of ['>Latest news', 'Page not found', 'Nothing published', ' articles)', 'Older<'])
      expect(html).not.toContain(english);
  });
});

test('the search page writes its status in Dutch', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}search/?q=Roermond`);
    await expect
      .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 30_000 })
      .toBe('1 resultaat voor “Roermond”.');
    await page.goto(`${server.url}search/?q=xyzzyqq`);
    await expect
      .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 30_000 })
      .toBe('Geen resultaten voor “xyzzyqq”.');
  } finally {
    await page.close();
  }
});
