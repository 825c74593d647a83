import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempSite, projectRoot, type TempSite } from './temp-site.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export const POLL_SLUG = 'poll-test';
const UPDATES = `articles/${POLL_SLUG}/updates`;
const FRAGMENT = `articles/${POLL_SLUG}/live/index.html`;

/** Content edits applied one after another; each step is built and its polled page kept. */
export const POLL_STEPS: Record<string, (content: string) => Promise<void>> = {
  added: (content) =>
    writeFile(
      join(content, UPDATES, 'u4.md'),
      '---\ntime: 2024-05-01T12:00:00+02:00\ntitle: Update 4\n---\n\nThe new update.\n',
    ),
  edited: (content) =>
    writeFile(
      join(content, UPDATES, 'u2.md'),
      '---\ntime: 2024-05-01T10:00:00+02:00\ntitle: Update 2\nmodified: 2024-05-01T12:30:00+02:00\n' +
        'correction: An earlier version misspelt the name.\n---\n\nThe corrected text of update 2.\n',
    ),
  removed: (content) => rm(join(content, UPDATES, 'u3.md')),
  // What `npm run retract -- poll-test u1 --reason "..."` writes, at 12:40.
  retracted: async (content) => {
    const file = join(content, UPDATES, 'u1.md');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace(
        '\n---\n',
        '\nretracted: 2024-05-01T12:40:00+02:00\nretractionReason: It named a person protected by a court order.\n---\n',
      ),
    );
  },
  ended: async (content) => {
    const index = join(content, 'articles', POLL_SLUG, 'index.md');
    const text = await readFile(index, 'utf8');
    await writeFile(index, text.replace('status: live', 'status: ended\nended: 2024-05-01T13:00:00+02:00'));
  },
};

/** Steps whose whole build is kept, not only the polled page: tests visit their pages and feeds. */
export const WHOLE_SITES = ['retracted'] as const;

export interface LiveSite {
  url: string;
  /** The article's main page. */
  pageUrl: string;
  /** Serves the polled page as it was after `step` ("initial" = first build). */
  publish(step: 'initial' | keyof typeof POLL_STEPS): Promise<void>;
  /** Serves the whole site as built after `step` (one of WHOLE_SITES), on a server of its own: its URL. */
  serveBuild(step: (typeof WHOLE_SITES)[number]): Promise<string>;
  close(): Promise<void>;
}

/**
 * Builds tests/fixtures/live-poll once, then again after each POLL_STEPS edit, and
 * serves the first build; `publish` swaps in a later build's polled page, as a
 * deploy would, while the browser keeps the page open.
 */
export async function startLiveSite(): Promise<LiveSite> {
  const site: TempSite = await makeTempSite('live-poll', [join(projectRoot, 'tests/fixtures/live-poll')]);
  const fragments = new Map<string, string>();
  const build = async (name: string) => {
    const result = await site.build();
    if (result.code !== 0) throw new Error(`live-poll site (${name}) did not build:\n${result.output}`);
    fragments.set(name, await readFile(join(site.distDir, FRAGMENT), 'utf8'));
    if ((WHOLE_SITES as readonly string[]).includes(name))
      await cp(site.distDir, join(site.dir, `built-${name}`), { recursive: true });
  };
  await build('initial');
  const served = join(site.dir, 'served');
  await cp(site.distDir, served, { recursive: true });
  for (const [name, edit] of Object.entries(POLL_STEPS)) {
    await edit(site.contentDir);
    await build(name);
  }
  const server: StaticServer = await startStaticServer(served);
  const others: StaticServer[] = [];
  return {
    url: server.url,
    pageUrl: `${server.url}articles/${POLL_SLUG}/`,
    publish: (step) => writeFile(join(served, FRAGMENT), fragments.get(step)!),
    serveBuild: async (step) => {
      const other = await startStaticServer(join(site.dir, `built-${step}`));
      others.push(other);
      return other.url;
    },
    close: async () => {
      await server.close();
      for (const other of others) await other.close();
      await site.cleanup();
    },
  };
}
