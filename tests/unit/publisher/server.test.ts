import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentError } from '../../../src/loaders/content-problem.ts';
import {
  addressFile,
  announce,
  askPublisher,
  newToken,
  readAddress,
  withdraw,
} from '../../../scripts/publisher/connection.ts';
import type { Publisher, PublishReport } from '../../../scripts/publisher/publisher.ts';
import { servePublisher } from '../../../scripts/publisher/server.ts';

/** A stand-in for the publisher: records what it was asked, answers what the test says. */
function fakePublisher(publish: (slug: string) => Promise<PublishReport>) {
  const asked: string[] = [];
  const fake = {
    searchError: undefined as Error | undefined,
    publish: (slug: string) => {
      asked.push(slug);
      return publish(slug);
    },
    idle: () => Promise.resolve(),
  };
  return { asked, publisher: fake as unknown as Publisher, fake };
}

const report = (slug: string): PublishReport => ({
  slug,
  how: 'kept',
  seconds: 0.2,
  written: ['index.html'],
  unchanged: 3,
  removed: [],
  articles: [slug],
});

let folder: string;
let dist: string;
let server: Server | undefined;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'live-news-publisher-'));
  dist = join(folder, 'dist');
});
afterEach(async () => {
  server?.close();
  server = undefined;
  await rm(folder, { recursive: true, force: true });
});

async function serve(publish: (slug: string) => Promise<PublishReport>) {
  const fake = fakePublisher(publish);
  const token = newToken();
  const served = await servePublisher(fake.publisher, token);
  server = served.server;
  await announce(dist, { pid: process.pid, port: served.port, token });
  return { ...fake, ...served, token };
}

/** A request with any (or no) token, straight to the port. */
function raw(port: number, path: string, authorization?: string, method = 'POST') {
  return new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method, headers: authorization ? { authorization } : {} },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode!, body: JSON.parse(text) as Record<string, unknown> }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the publisher announcement (connection.ts)', () => {
  it('is a file only its owner can read, withdrawn only by the process that wrote it', async () => {
    await announce(dist, { pid: process.pid, port: 1234, token: 'secret' });
    expect((await stat(addressFile(dist))).mode & 0o777).toBe(0o600);
    expect(await readAddress(dist)).toEqual({ pid: process.pid, port: 1234, token: 'secret' });
    await withdraw(dist, process.pid + 1);
    expect(await readAddress(dist)).toBeDefined();
    await withdraw(dist);
    expect(await readAddress(dist)).toBeUndefined();
  });

  it('means no publisher when the file is missing, broken, or names a process that is gone', async () => {
    expect(await askPublisher(dist, '/publish/a')).toBeUndefined();
    await writeFile(addressFile(dist), '{"pid": 1');
    expect(await askPublisher(dist, '/publish/a')).toBeUndefined();
    // A pid far above Linux's limit (4194304) never runs.
    await writeFile(addressFile(dist), JSON.stringify({ pid: 99_999_999, port: 1, token: 't' }));
    expect(await askPublisher(dist, '/publish/a')).toBeUndefined();
  });

  it('means no publisher when nothing listens on the port any more', async () => {
    const { port } = await serve(async (slug) => report(slug));
    server!.close();
    await new Promise((resolve) => server!.once('close', resolve));
    expect(await readAddress(dist)).toMatchObject({ port });
    expect(await askPublisher(dist, '/publish/a')).toBeUndefined();
  });
});

describe('the publisher server (server.ts)', () => {
  it('publishes an article when asked with the token, and answers with the report', async () => {
    const { asked } = await serve(async (slug) => report(slug));
    const answer = await askPublisher(dist, '/publish/story-0001');
    expect(answer).toEqual({ status: 200, body: { ok: true, ...report('story-0001') } });
    expect(asked).toEqual(['story-0001']);
  });

  it("says each publish and each refusal in the publisher's terminal (issue 17)", async () => {
    const said: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void said.push(line));
    const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void said.push(line));
    try {
      await serve(async (slug) => {
        if (slug === 'broken')
          throw new ContentError([{ file: 'f.md', line: 2, field: 'time', message: 'bad' }]);
        return { ...report(slug), written: ['articles/story-0001/updates/update-a/index.html'] };
      });
      await askPublisher(dist, '/publish/story-0001');
      await askPublisher(dist, '/publish/broken');
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
    expect(said).toEqual([
      expect.stringMatching(
        /^\d\d:\d\d:\d\d story-0001 online: 1 update new or changed \(update-a\); 1 file written, 0 removed, 0\.2 s\.$/,
      ),
      expect.stringMatching(
        /^\d\d:\d\d:\d\d broken not published: content\/ has 1 problem; nothing was published:\nf\.md:2: time: bad$/,
      ),
    ]);
  });

  it('refuses requests without the right token, other methods, and names that are not slugs', async () => {
    const { port, token, asked } = await serve(async (slug) => report(slug));
    expect((await raw(port, '/publish/a')).status).toBe(403);
    expect((await raw(port, '/publish/a', 'Bearer wrong')).status).toBe(403);
    expect((await raw(port, '/publish/a', `Bearer ${token}x`)).status).toBe(403);
    expect((await raw(port, '/publish/a', `Bearer ${token}`, 'GET')).status).toBe(405);
    const traversal = await raw(port, '/publish/..%2F..%2Fetc', `Bearer ${token}`);
    expect(traversal.status).toBe(400);
    expect((await raw(port, '/publish/Not_A_Slug', `Bearer ${token}`)).status).toBe(400);
    expect((await raw(port, '/elsewhere', `Bearer ${token}`)).status).toBe(404);
    expect(asked).toEqual([]);
  });

  it('answers 422 with the problems for bad content, 500 with the message for other failures', async () => {
    const problem = {
      file: 'content/articles/a/updates/x.md',
      line: 2,
      field: 'time',
      message: 'is not a date',
    };
    await serve(async (slug) => {
      if (slug === 'bad') throw new ContentError([problem]);
      throw new Error('disk full');
    });
    const bad = await askPublisher(dist, '/publish/bad');
    expect(bad?.status).toBe(422);
    expect(bad?.body.message).toContain('content/articles/a/updates/x.md:2: time: is not a date');
    const failed = await askPublisher(dist, '/publish/other');
    expect(failed).toEqual({ status: 500, body: { ok: false, message: 'disk full' } });
  });

  it('answers /idle once the publisher is idle, with the last search failure', async () => {
    const { fake } = await serve(async (slug) => report(slug));
    expect((await askPublisher(dist, '/idle'))?.body).toEqual({ ok: true });
    fake.searchError = new Error('pagefind crashed');
    expect((await askPublisher(dist, '/idle'))?.body).toEqual({ ok: true, searchError: 'pagefind crashed' });
    expect(JSON.parse(await readFile(addressFile(dist), 'utf8'))).toMatchObject({ pid: process.pid });
  });
});
