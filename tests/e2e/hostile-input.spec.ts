import { readFileSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { readContent } from '../../src/loaders/read-content.ts';
import { listFiles, pagePathOf } from '../helpers/headers-file.ts';
import { readPayloads, writeHostileContent, type HostileManifest } from '../helpers/hostile-content.ts';
import { findUnsafeJsonLd, findUnsafeMarkup } from '../helpers/output-safety.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { makeTempSite, type TempSite } from '../helpers/temp-site.ts';

// One build for the whole file: run its tests in order in one worker.
test.describe.configure({ mode: 'serial' });

let site: TempSite;
let server: StaticServer;
let manifest: HostileManifest;
const refused = new Map<string, string>();

test.beforeAll(async () => {
  test.setTimeout(240_000);
  site = await makeTempSite('hostile', []);
  manifest = await writeHostileContent(site.contentDir, await readPayloads());
  // Content checks refuse some payloads outright (raw <img>, remote images): that is a safe
  // outcome too. Those update files are set aside so the rest reach the renderer.
  const { problems } = await readContent(site.dir, site.contentDir);
  for (const problem of problems) {
    const update = manifest.updates.find((u) => u.file === problem.file);
    if (!update) throw new Error(`Unexpected problem outside an update body: ${JSON.stringify(problem)}`);
    if (!refused.has(update.file)) await unlink(join(site.dir, update.file));
    refused.set(update.file, `${problem.field}: ${problem.message}`);
  }
  const result = await site.build();
  if (result.code !== 0) throw new Error(`The hostile site did not build:\n${result.output}`);
  server = await startStaticServer(site.distDir);
});

test.afterAll(async () => {
  await server?.close();
  await site?.cleanup();
});

const built = () => manifest.updates.filter((u) => !refused.has(u.file));

const ownCode = (el: Element) => {
  const p = el.properties;
  if (el.tagName === 'script')
    return /json/.test(String(p.type ?? '')) || /^\/(_astro|pagefind)\//.test(String(p.src ?? ''));
  return /^\/(_astro|pagefind)\//.test(String(p.href ?? ''));
};

test('at least 100 payloads reach the renderer; the rest are refused with a message naming the file', () => {
  expect(built().length).toBeGreaterThanOrEqual(100);
  for (const [file, message] of refused) expect(message, file).toMatch(/\S/);
});

test('no output file holds an event handler, a script URL, foreign code or a broken JSON-LD block', () => {
  const problems: string[] = [];
  const files = listFiles(site.distDir, ['.html', '.xml', '.json', '.rss', '.atom', '.webmanifest', '.txt']);
  expect(files.some((f) => f.endsWith('.html'))).toBe(true);
  for (const file of files.filter((f) => !f.startsWith('_astro/'))) {
    const text = readFileSync(join(site.distDir, file), 'utf8');
    const add = (found: string[]) => problems.push(...found.map((p) => `${file}: ${p}`));
    if (file.endsWith('.html')) {
      add(findUnsafeMarkup(text, ownCode));
      visit(fromHtml(text), 'element', (node: Element) => {
        if (node.tagName !== 'script' || !/json/.test(String(node.properties.type ?? ''))) return;
        add(findUnsafeJsonLd(node.children.map((c) => ('value' in c ? c.value : '')).join('')));
      });
    } else if (file.endsWith('.json') || file.endsWith('.webmanifest')) {
      add(unsafeJsonStrings(JSON.parse(text)));
    } else {
      add(unsafeXml(text));
    }
  }
  expect(problems).toEqual([]);
});

/** HTML carried inside JSON (e.g. rendered updates for live polling) is checked as HTML. */
function unsafeJsonStrings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return /html|content|body/i.test(key) ? findUnsafeMarkup(value) : [];
  if (Array.isArray(value)) return value.flatMap((v) => unsafeJsonStrings(v, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => unsafeJsonStrings(v, k));
  return [];
}

/**
 * A feed must hold no script element, and the HTML its entries carry for
 * readers to render (RSS item description and content:encoded, Atom
 * content/summary) must itself be safe.
 */
function unsafeXml(xml: string): string[] {
  const problems: string[] = [];
  if (/<script\b/i.test(xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')))
    problems.push('a <script> element in XML');
  const items = [...xml.matchAll(/<(item|entry)\b[\s\S]*?<\/\1>/g)].map((m) => m[0]).join('\n');
  // An empty element is written <content:encoded/>: [^>]*(?<!\/)> skips it.
  const carriers = /<(description|content:encoded|content|summary)\b[^>]*(?<!\/)>([\s\S]*?)<\/\1>/g;
  for (const [, , inner] of items.matchAll(carriers)) {
    const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(inner!);
    const html = cdata ? cdata[1]! : decodeXml(inner!);
    problems.push(...findUnsafeMarkup(html));
  }
  return problems;
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    return String.fromCodePoint(
      e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
    );
  });
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

test('in Chromium, no payload opens a dialog, runs script or loads from another host; text stays text', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // The page's CSP is switched off: this test is about escaping and sanitizing alone.
  const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
  const dialogs: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(server.url).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  await context.addInitScript(() => {
    const hits: unknown[] = [];
    Object.defineProperty(window, '__xssHits', { value: hits });
    Object.defineProperty(window, '__xss', { set: (v) => hits.push(v), get: () => undefined });
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  const headings = new Map<string, string>();
  const texts: string[] = [];
  // Redirect pages (update permalinks) hold only a title and a meta refresh, checked statically above.
  const pages = listFiles(site.distDir, ['.html'])
    .filter((file) => !/http-equiv="refresh"/.test(readFileSync(join(site.distDir, file), 'utf8')))
    .map(pagePathOf);
  expect(pages.length).toBeGreaterThan(manifest.articles.length);
  for (const path of pages) {
    const url = server.url + path;
    await page.goto(url, { waitUntil: 'networkidle' });
    expect(page.url(), `${path}: navigated away`).toBe(url);
    expect(
      await page.evaluate(() => (window as unknown as { __xssHits: unknown[] }).__xssHits),
      path,
    ).toEqual([]);
    texts.push(await page.locator('body').innerText());
    for (const [id, text] of await page.$$eval('article[id^="update-u-"]', (els) =>
      els.map((el) => [el.id, el.querySelector('h2, h3')?.textContent ?? ''] as const),
    )) {
      headings.set(id, text);
    }
    const h1 = manifest.articles.find((a) => path === `articles/${a.slug}/`);
    if (h1) await expect(page.locator('h1')).toHaveText(normalise(h1.title));
  }
  await context.close();
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
  // Titles written in front matter are shown exactly as written, as text.
  for (const update of built()) {
    expect(headings.has(update.id), `${update.id} is on a page`).toBe(true);
    expect(normalise(headings.get(update.id)!), update.file).toBe(normalise(update.title));
  }
  // Payloads written as code or escaped text are shown to readers as that text.
  const allText = texts.join('\n');
  for (const update of built().filter((u) => u.body.showsAs)) expect(allText).toContain(update.body.showsAs);
});
