import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE_CACHE, REVALIDATE_CACHE, SECURITY_HEADERS } from '../../src/security/headers.ts';
import { headersFor, listFiles, parseHeadersFile } from '../helpers/headers-file.ts';
import { fetchRaw, startNginx, type RunningNginx } from '../helpers/nginx.ts';
import { makeTempSite, projectRoot, type TempSite } from '../helpers/temp-site.ts';

const LIVE = '/articles/moscow-concert-hall-attack/';

/** Debian's nginx with deploy/nginx.conf over a real build: the documented recipe, exercised. */
describe('nginx serving dist/ with deploy/nginx.conf', () => {
  let site: TempSite;
  let nginx: RunningNginx;

  beforeAll(async () => {
    site = await makeTempSite('nginx', [
      join(projectRoot, 'content'),
      join(projectRoot, 'tests/fixtures/e2e'),
    ]);
    const result = await site.build();
    if (result.code !== 0) throw new Error(result.output);
    nginx = await startNginx(site.distDir);
  });

  afterAll(async () => {
    await nginx?.stop();
    await site?.cleanup();
  });

  const expectSecurityHeaders = (headers: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers[name.toLowerCase()], name).toBe(value);
  };

  it('sends the security headers and a revalidating cache rule with pages, as _headers does', async () => {
    const reply = await fetchRaw(nginx.url + LIVE);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(reply.headers);
    expect(reply.headers['cache-control']).toBe(REVALIDATE_CACHE);
    expect(reply.headers['server']).toBe('nginx');
    const rules = parseHeadersFile(readFileSync(join(site.distDir, '_headers'), 'utf8'));
    for (const [name, value] of Object.entries(headersFor(rules, LIVE)))
      expect(reply.headers[name], name).toBe(value);
  });

  it('marks hashed assets immutable for a year', async () => {
    const [asset] = listFiles(join(site.distDir, '_astro'), ['.css', '.js']);
    const reply = await fetchRaw(`${nginx.url}/_astro/${asset}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe(IMMUTABLE_CACHE);
    expectSecurityHeaders(reply.headers);
  });

  it('revalidates the offline-reading worker on every check, so a new build reaches readers', async () => {
    const reply = await fetchRaw(`${nginx.url}/sw.js`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(reply.headers['cache-control']).toBe(REVALIDATE_CACHE);
    expectSecurityHeaders(reply.headers);
  });

  it('answers a missing page with the site 404 page, status 404, headers included', async () => {
    for (const path of ['/no-such-page/', '/_astro/missing.js', '/_headers', '/.env']) {
      const reply = await fetchRaw(nginx.url + path);
      expect(reply.status, path).toBe(404);
      expect(reply.body.toString(), path).toBe(readFileSync(join(site.distDir, '404.html'), 'utf8'));
      expect(reply.headers['cache-control'], path).toBe(REVALIDATE_CACHE);
      expectSecurityHeaders(reply.headers);
    }
  });

  it('compresses text with gzip and varies on Accept-Encoding', async () => {
    const reply = await fetchRaw(nginx.url + LIVE, { 'accept-encoding': 'gzip' });
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.headers['vary']).toMatch(/accept-encoding/i);
    const file = readFileSync(join(site.distDir, LIVE, 'index.html'));
    expect(gunzipSync(reply.body).equals(file)).toBe(true);
    expect(reply.body.length).toBeLessThan(file.length);
  });

  it('revalidates the ETag of a live page and of its polled URL with 304, plain and gzipped', async () => {
    for (const path of [LIVE, `${LIVE}live/`]) {
      for (const encoding of ['identity', 'gzip']) {
        const headers = { 'accept-encoding': encoding };
        const first = await fetchRaw(nginx.url + path, headers);
        expect(first.status, path).toBe(200);
        const etag = first.headers['etag'];
        expect(etag, `${path} ${encoding}`).toBeTruthy();
        const again = await fetchRaw(nginx.url + path, { ...headers, 'if-none-match': etag! });
        expect(again.status, `${path} ${encoding}`).toBe(304);
        expect(again.body.length).toBe(0);
        expect(again.headers['cache-control']).toBe(REVALIDATE_CACHE);
        const stale = await fetchRaw(nginx.url + path, { ...headers, 'if-none-match': '"stale"' });
        expect(stale.status).toBe(200);
      }
    }
  });

  it('redirects a page without its trailing slash, and plain HTTP to HTTPS', async () => {
    const slashless = await fetchRaw(nginx.url + LIVE.replace(/\/$/, ''));
    expect(slashless.status).toBe(301);
    expect(slashless.headers['location']).toBe(LIVE);
    const plain = await fetchRaw(nginx.plainUrl + LIVE, { host: 'news.example.org' });
    expect(plain.status).toBe(301);
    expect(plain.headers['location']).toBe(`https://news.example.org${LIVE}`);
  });
});
