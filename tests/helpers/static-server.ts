import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 the way a static host does: ETag and 304,
 * directory index pages, and the site's 404 page for anything missing.
 * `base` mounts the site under a sub-path, as on a project page.
 */
export async function startStaticServer(
  root: string,
  base = '/',
  options: { gzip?: boolean } = {},
): Promise<StaticServer> {
  // gzip: serve a precompressed `<file>.gz` to clients that accept it, as a CDN would.
  const serve = sirv(root, { etag: true, dev: true, extensions: ['html'], gzip: options.gzip ?? false });
  const notFound = () => {
    try {
      return readFileSync(join(root, '404.html'));
    } catch {
      return Buffer.from('Not found');
    }
  };
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound());
      return;
    }
    req.url = '/' + url.slice(base.length).replace(/^\//, '');
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
