import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { PLAYER_ORIGINS } from '../../src/markdown/video-player.ts';
import { visit } from 'unist-util-visit';
import {
  headersFor,
  listFiles,
  pagePathOf,
  parseHeadersFile,
  type ParsedRule,
} from '../helpers/headers-file.ts';
import { serveWithHeaders } from '../helpers/route-site.ts';

const base = () => process.env.E2E_BASE_URL!;
const dist = () => process.env.E2E_DIST_DIR!;

// Playwright's routes (which add the _headers) do not see what a service worker fetches, so
// pages the offline-reading worker answered would lose their headers here. The worker under
// the header policy is tested in offline-reading.spec.ts.
test.use({ serviceWorkers: 'block' });

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/**
 * Records every CSP violation (the page's securitypolicyviolation events and
 * Chromium's console reports), and serves each response with the headers
 * `_headers` gives it, as Netlify or Cloudflare would: both the meta policy
 * and the header policy are enforced. Requests to other hosts are refused.
 */
async function trapViolations(page: Page, rules: ParsedRule[]): Promise<string[]> {
  const reports: string[] = [];
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (message) => {
    if (/content.security.policy/i.test(message.text())) reports.push(message.text());
  });
  await serveWithHeaders(page, new URL(base()).origin, rules);
  return reports;
}

/** Uses what a page offers that loads more code or data: a search runs Pagefind's WebAssembly. */
async function exercise(page: Page) {
  const form = page.locator('form[data-search-form]');
  if ((await form.count()) === 0) return;
  await form.locator('input[type="search"]').fill('Moscow');
  await form.locator('input[type="search"]').press('Enter');
  await expect(page.locator('[data-search-status]')).toHaveText(/\d+ results? for/);
}

test('no built page violates its Content-Security-Policy (meta and _headers)', async ({ page }) => {
  const rules = parseHeadersFile(readFileSync(join(dist(), '_headers'), 'utf8'));
  const reports = await trapViolations(page, rules);
  test.setTimeout(240_000);
  // Update permalink pages only redirect (meta refresh) to their article: loading them tests nothing new.
  const pages = listFiles(dist(), ['.html'])
    .filter((file) => !/http-equiv="refresh"/.test(readFileSync(join(dist(), file), 'utf8')))
    .map(pagePathOf);
  expect(pages.length).toBeGreaterThan(2);
  for (const path of pages) {
    const response = await page.goto(base() + path, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    await exercise(page);
    expect(await page.evaluate(() => window.__cspViolations), path).toEqual([]);
  }
  expect(reports).toEqual([]);
});

test('the trap sees a violation: an injected inline script is blocked and reported', async ({ page }) => {
  const rules = parseHeadersFile(readFileSync(join(dist(), '_headers'), 'utf8'));
  const reports = await trapViolations(page, rules);
  await page.goto(base(), { waitUntil: 'networkidle' });
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = 1';
    document.body.append(script);
    return (window as unknown as { __injected?: number }).__injected;
  });
  expect(ran).toBeUndefined();
  await expect
    .poll(() => page.evaluate(() => window.__cspViolations))
    .toContain('script-src-elem blocked inline');
  expect(reports.join('\n')).toMatch(/Content Security Policy/);
});

test('the header policy forbids framing the site', async ({ page }) => {
  const rules = parseHeadersFile(readFileSync(join(dist(), '_headers'), 'utf8'));
  const reports = await trapViolations(page, rules);
  // A page on the site itself frames the home page: frame-ancestors 'none' refuses even that.
  await page.goto(base(), { waitUntil: 'networkidle' });
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
  }, base());
  await expect.poll(() => reports.join('\n')).toMatch(/frame-ancestors/);
});

/** A CSP string as directive name -> sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

const withoutHashes = (sources: string[] = []) => sources.filter((s) => !/^'sha(256|384|512)-/.test(s));

test('every page carries the strict meta policy first, and nothing inline that needs more', () => {
  const rules = parseHeadersFile(readFileSync(join(dist(), '_headers'), 'utf8'));
  const header = parsePolicy(headersFor(rules, '/')['content-security-policy'] ?? '');
  for (const file of listFiles(dist(), ['.html'])) {
    const tree = fromHtml(readFileSync(join(dist(), file), 'utf8'));
    const metas: string[] = [];
    const problems: string[] = [];
    let executableBeforePolicy = false;
    visit(tree, 'element', (node: Element) => {
      const p = node.properties;
      if (node.tagName === 'meta' && String(p.httpEquiv).toLowerCase() === 'content-security-policy') {
        metas.push(String(p.content));
      }
      const isData = node.tagName === 'script' && /json/.test(String(p.type ?? ''));
      const loadsCode = node.tagName === 'link' && /stylesheet|preload/.test(String(p.rel));
      if ((node.tagName === 'script' && !isData) || loadsCode) executableBeforePolicy ||= !metas.length;
      if (node.tagName === 'script' && !isData && !p.src) problems.push('inline script');
      if (node.tagName === 'style') problems.push('<style> element');
      if (p.style !== undefined) problems.push(`style attribute on <${node.tagName}>`);
      for (const name of Object.keys(p)) if (/^on/i.test(name)) problems.push(`${name} on <${node.tagName}>`);
    });
    expect(metas, file).toHaveLength(1);
    expect(executableBeforePolicy, `${file}: a script or stylesheet comes before the policy`).toBe(false);
    expect(problems, file).toEqual([]);
    const meta = parsePolicy(metas[0]!);
    expect(meta.get('default-src'), file).toEqual(["'self'"]);
    expect(meta.get('object-src'), file).toEqual(["'none'"]);
    expect(meta.get('base-uri'), file).toEqual(["'self'"]);
    expect(meta.get('form-action'), file).toEqual(["'self'"]);
    // Pages that show a video card, and only those, let its privacy-mode player in.
    const showsVideo = readFileSync(join(dist(), file), 'utf8').includes('data-embed-video="');
    expect(meta.get('frame-src'), file).toEqual(showsVideo ? ["'self'", ...PLAYER_ORIGINS] : undefined);
    const all = [...meta].flatMap(([name, sources]) => (name === 'frame-src' ? [] : sources));
    expect(
      all.filter((s) => /^'unsafe-(inline|eval|hashes)'$|\*|:\/\/|^(https?|data|blob):/.test(s)),
      file,
    ).toEqual([]);
    // The header policy is the meta one without hashes (every hashed file is also allowed as 'self').
    for (const [name, sources] of meta)
      expect(withoutHashes(header.get(name)), `${file} ${name}`).toEqual(withoutHashes(sources));
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  }
});
