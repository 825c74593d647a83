import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { PHOTO_SLUG, writePhotoArticle } from '../helpers/photo-content.ts';
import { makeTempSite, projectRoot, type TempSite } from '../helpers/temp-site.ts';

const DESK = 'articles/editors-desk';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Fetches `url` until `accept(body)` holds; gives up after `limitMs` (a hang, not a timing check). */
async function pollPage(url: string, accept: (body: string) => boolean, limitMs: number): Promise<string> {
  const deadline = Date.now() + limitMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      last = await response.text();
      if (response.ok && accept(last)) return last;
    } catch {
      // The server is still starting.
    }
    await sleep(250);
  }
  throw new Error(`${url} never showed what was expected; last response:\n${last.slice(0, 2000)}`);
}

/** An editor's terminal: without the variables vitest sets (VITEST, NODE_ENV=test, MODE=test...), which change how Astro serves. */
function devEnv(): NodeJS.ProcessEnv {
  const vitestKeys = ['TEST', 'NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL'];
  const skip = (key: string) => key.startsWith('VITEST') || vitestKeys.includes(key);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !skip(key)));
}

interface DevServer {
  url: (path: string) => string;
  /** Everything the server printed so far. */
  log: () => string;
  stop: () => Promise<void>;
}

/** `astro dev` on a temporary copy of the project, as an editor starts it. */
async function startDev(site: TempSite): Promise<DevServer> {
  const port = await freePort();
  const server: ChildProcess = spawn(
    process.execPath,
    [
      join(site.dir, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      cwd: site.dir,
      env: {
        ...devEnv(),
        CONTENT_DIR: '',
        ASTRO_TELEMETRY_DISABLED: '1',
        NEWS_NOW: '2024-03-25T12:00:00+01:00',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  return {
    url: (path) => `http://127.0.0.1:${port}/${path}`,
    log: () => log,
    stop: async () => {
      if (server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    },
  };
}

const copySite = (name: string) =>
  makeTempSite(name, [join(projectRoot, 'content'), join(projectRoot, 'tests/fixtures/editors')]);

describe('npm run dev live preview', () => {
  let site: TempSite;
  let dev: DevServer | undefined;
  let pageUrl: string;
  const log = () => dev?.log() ?? '';

  beforeAll(async () => {
    site = await copySite('dev');
    await writePhotoArticle(site.contentDir);
    dev = await startDev(site);
    pageUrl = dev.url(`${DESK}/`);
    await pollPage(pageUrl, (body) => body.includes('An ordinary update'), 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\n--- astro dev said:\n${log()}`);
    });
  });

  afterAll(async () => {
    await dev?.stop();
    await site?.cleanup();
  });

  it("serves each card: a PNG on the accent colour, a JPEG over the article's photo", async () => {
    const card = async (path: string) => {
      const response = await fetch(dev!.url(path));
      expect(response.status, path).toBe(200);
      const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      return [response.headers.get('content-type'), meta.format, meta.width, meta.height];
    };
    expect(
      await card('articles/moscow-concert-hall-attack/updates/update-2024-03-24-van-ostaeyen/og.png'),
    ).toEqual(['image/png', 'png', 1200, 630]);
    expect(await card(`articles/${PHOTO_SLUG}/updates/update-2024-03-24-photos/og.jpg`)).toEqual([
      'image/jpeg',
      'jpeg',
      1200,
      630,
    ]);
    // The articles' own images, the same way.
    expect(await card('articles/moscow-concert-hall-attack/og.png')).toEqual(['image/png', 'png', 1200, 630]);
    expect(await card(`articles/${PHOTO_SLUG}/og.jpg`)).toEqual(['image/jpeg', 'jpeg', 1200, 630]);
    // Each card at its own name only.
    for (const path of [
      `articles/${PHOTO_SLUG}/updates/update-2024-03-24-photos/og.png`,
      `articles/${PHOTO_SLUG}/og.png`,
      'articles/moscow-concert-hall-attack/og.jpg',
    ])
      expect((await fetch(dev!.url(path))).status, path).toBe(404);
  });

  it('shows drafts and scheduled updates, marked', async () => {
    const page = await pollPage(pageUrl, () => true, 10_000);
    expect(page).toMatch(/<span class="badge badge-draft">Draft<\/span>[\s\S]*A draft update/);
    expect(page).toMatch(/<span class="badge badge-scheduled">Scheduled<\/span>[\s\S]*Scheduled for later/);
    const draftArticle = await pollPage(
      `${pageUrl.replace(DESK, 'articles/draft-story')}`,
      () => true,
      10_000,
    );
    expect(draftArticle).toContain('badge-draft');
  });

  it('shows a new update after it is saved, without a restart', async () => {
    await writeFile(
      join(site.contentDir, DESK, 'updates/2024-03-24-1100-saved-while-running.md'),
      '---\ntime: 2024-03-24T11:00:00+01:00\ntitle: Saved while running\n---\n\nFresh text from the desk.\n',
    );
    const page = await pollPage(pageUrl, (body) => body.includes('Fresh text from the desk.'), 30_000);
    expect(page).toContain('id="update-2024-03-24-1100-saved-while-running"');
  });

  it('shows an edit to an existing update', async () => {
    const file = join(site.contentDir, DESK, 'updates/2024-03-24-0900-published.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Published text.', 'Corrected text.'));
    const page = await pollPage(pageUrl, (body) => body.includes('Corrected text.'), 30_000);
    expect(page).not.toContain('Published text.');
  });

  it('reports a broken file once, keeps the last good page, and recovers when it is fixed', async () => {
    const file = join(site.contentDir, DESK, 'updates/2024-03-24-1200-broken.md');
    const problem = 'updates/2024-03-24-1200-broken.md:2: time:';
    await writeFile(file, '---\ntime: not a time\ntitle: Broken\n---\n\nNever shown.\n');
    const deadline = Date.now() + 30_000;
    while (!log().includes(problem) && Date.now() < deadline) await sleep(250);
    expect(log(), log()).toContain(problem);
    // Every content loader fails on the same problem; the editor is told once, under "content",
    // without the build's "nothing was published" (the preview is not a publish).
    await sleep(1_000);
    expect(log().split(problem).length - 1).toBe(1);
    const said = stripVTControlCharacters(log());
    expect(said).toMatch(/\[content\] content\/ has 1 problem; the preview keeps the last good version/);
    expect(said).not.toContain('nothing was published');
    // The page keeps its last good text, and says what is wrong above it (issue 17).
    const page = await pollPage(pageUrl, (body) => body.includes('class="content-problems"'), 30_000);
    expect(page).toContain('Corrected text.');
    expect(page).toMatch(
      /content\/articles\/editors-desk\/updates\/2024-03-24-1200-broken\.md:2\s*<\/code>\s*time: /,
    );
    await writeFile(file, '---\ntime: 2024-03-24T12:00:00+01:00\ntitle: Mended\n---\n\nShown now.\n');
    await pollPage(
      pageUrl,
      (body) => body.includes('Shown now.') && !body.includes('class="content-problems"'),
      30_000,
    );
  });
});

describe('npm run dev started while a file has a mistake', () => {
  let site: TempSite;
  let dev: DevServer | undefined;
  const broken = `${DESK}/updates/2024-03-24-1200-broken.md`;

  beforeAll(async () => {
    site = await copySite('dev-broken');
    await writeFile(
      join(site.contentDir, broken),
      '---\ntime: not a time\ntitle: Broken\n---\n\nNever shown.\n',
    );
    dev = await startDev(site);
  });

  afterAll(async () => {
    await dev?.stop();
    await site?.cleanup();
  });

  it('starts without the broken file, says why on the page and in the terminal, and takes it in once fixed', async () => {
    const pageUrl = dev!.url(`${DESK}/`);
    const page = await pollPage(pageUrl, (body) => body.includes('An ordinary update'), 90_000).catch(
      (error: Error) => {
        throw new Error(`${error.message}\n--- astro dev said:\n${dev!.log()}`);
      },
    );
    expect(page).toContain('class="content-problems"');
    expect(page).toMatch(/updates\/2024-03-24-1200-broken\.md:2\s*<\/code>\s*time: /);
    expect(page).not.toContain('Never shown.');
    expect(stripVTControlCharacters(dev!.log())).toMatch(
      /\[content\] content\/ has 1 problem; the preview leaves those files out until they are fixed:\n.*2024-03-24-1200-broken\.md:2: time:/,
    );
    await writeFile(
      join(site.contentDir, broken),
      '---\ntime: 2024-03-24T12:00:00+01:00\ntitle: Mended\n---\n\nShown now.\n',
    );
    await pollPage(
      pageUrl,
      (body) => body.includes('Shown now.') && !body.includes('class="content-problems"'),
      30_000,
    );
  });
});
