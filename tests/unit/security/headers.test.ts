import { describe, expect, it } from 'vitest';
import {
  IMMUTABLE_CACHE,
  REVALIDATE_CACHE,
  SECURITY_HEADERS,
  headerRules,
  renderHeadersFile,
} from '../../../src/security/headers.ts';
import { headersFor, parseHeadersFile } from '../../helpers/headers-file.ts';

const TOP = [
  { name: '_astro', isDirectory: true },
  { name: 'articles', isDirectory: true },
  { name: 'index.html', isDirectory: false },
  { name: '404.html', isDirectory: false },
  { name: 'favicon.svg', isDirectory: false },
  { name: 'rss.xml', isDirectory: false },
  { name: '_headers', isDirectory: false },
];

describe('the _headers file', () => {
  const rules = parseHeadersFile(renderHeadersFile(headerRules('/', TOP)));

  it.each([
    ['/', REVALIDATE_CACHE],
    ['/articles/moscow/', REVALIDATE_CACHE],
    ['/articles/moscow/updates.json', REVALIDATE_CACHE],
    ['/rss.xml', REVALIDATE_CACHE],
    ['/favicon.svg', REVALIDATE_CACHE],
    ['/404.html', REVALIDATE_CACHE],
    ['/_astro/BaseLayout.abc123.css', IMMUTABLE_CACHE],
  ])('%s gets every security header once and Cache-Control "%s"', (path, cache) => {
    const headers = headersFor(rules, path);
    // headersFor joins repeated headers with ", " as Cloudflare does: an exact match proves one rule each.
    expect(headers['cache-control']).toBe(cache);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers[name.toLowerCase()]).toBe(value);
  });

  it('prefixes every rule with the base path of a project site', () => {
    const based = parseHeadersFile(renderHeadersFile(headerRules('/live-news/', TOP)));
    expect(based.every((r) => r.path.startsWith('/live-news/'))).toBe(true);
    expect(headersFor(based, '/live-news/_astro/x.js')['cache-control']).toBe(IMMUTABLE_CACHE);
    expect(headersFor(based, '/live-news/')['cache-control']).toBe(REVALIDATE_CACHE);
  });

  it('stays within Cloudflare Pages limits (100 rules, 2,000 characters a line)', () => {
    const text = renderHeadersFile(headerRules('/', TOP));
    expect(rules.length).toBeLessThanOrEqual(100);
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThan(2000);
  });

  it('sends a CSP with frame-ancestors and no inline or third-party sources but the video players', () => {
    const csp = SECURITY_HEADERS['Content-Security-Policy']!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    // The offline-reading worker comes from the site itself, never from another host.
    expect(csp).toContain("worker-src 'self'");
    const directives = csp.split(';').map((d) => d.trim());
    expect(directives).toContain(
      "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com",
    );
    const others = directives.filter((d) => !d.startsWith('frame-src ')).join('; ');
    expect(others).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });
});
