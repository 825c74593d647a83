import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { ContentError } from '../../src/loaders/content-problem.ts';
import { SLUG_PATTERN } from '../../src/model/update-id.ts';
import type { Publisher } from './publisher.ts';
import { describePublish, describeRefusal } from './publish-log.ts';

/**
 * The publisher's HTTP interface on 127.0.0.1, for `npm run publish` (connection.ts):
 * `POST /publish/<slug>` publishes and answers when the pages are online;
 * `POST /idle` answers once every publish and the search index after them are done.
 * Every request carries the token; answers are JSON.
 */
export async function servePublisher(
  publisher: Publisher,
  token: string,
): Promise<{ server: Server; port: number }> {
  const expected = Buffer.from(`Bearer ${token}`);
  const server = createServer((req, res) => {
    const answer = (status: number, body: object) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(`${JSON.stringify(body)}\n`);
    };
    const given = Buffer.from(req.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return answer(403, { ok: false, message: 'Wrong or missing token.' });
    if (req.method !== 'POST') return answer(405, { ok: false, message: 'Only POST is answered.' });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const publish = /^\/publish\/([^/]+)$/.exec(url.pathname);
    if (publish) {
      const slug = decodeURIComponent(publish[1]!);
      if (!SLUG_PATTERN.test(slug))
        return answer(400, { ok: false, message: `"${slug}" is not an article slug.` });
      publisher.publish(slug).then(
        (report) => {
          console.log(describePublish(report));
          answer(200, { ok: true, ...report });
        },
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          console.error(describeRefusal(slug, message));
          answer(error instanceof ContentError ? 422 : 500, { ok: false, message });
        },
      );
      return;
    }
    if (url.pathname === '/idle') {
      publisher.idle().then(() => answer(200, { ok: true, searchError: publisher.searchError?.message }));
      return;
    }
    answer(404, { ok: false, message: `Nothing at ${url.pathname}.` });
  });
  // A publish of a large archive can take longer than Node's default request timeout.
  server.requestTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return { server, port: (server.address() as AddressInfo).port };
}
