// Small helpers the build, the fast publish and the search index share.
import { existsSync, lstatSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { placeholderNotice, siteAddress } from '../src/model/site-address.ts';
import { headerRules, renderHeadersFile } from '../src/security/headers.ts';
import { reuseReplacedSite } from './reused-folders.ts';
import { site } from '../src/site.ts';

/** Every file under `folder`, relative to it with "/" separators; none when it does not exist. */
export async function listFiles(folder: string): Promise<string[]> {
  const dir = folder.replace(/[\\/]+$/, '');
  // A missing folder has no files; a folder vanishing while it is listed is an error, not "empty".
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(dir.length + 1)
        .split(sep)
        .join('/'),
    );
}

/**
 * Replaces a file of a live site: written next to it under a temporary name, then
 * renamed over it (atomic on one file system), so no reader ever gets half a file.
 */
export async function replaceFile(path: string, content: string | Uint8Array): Promise<void> {
  const temp = `${path}.publish-${process.pid}.tmp`;
  await writeFile(temp, content);
  await rename(temp, path);
}

/**
 * `_headers` (Netlify, Cloudflare Pages): security headers and cache rules for the
 * site in `dir`, from its top-level entries. Returns whether the file changed.
 */
export async function writeHostHeaders(dir: string): Promise<boolean> {
  const top = (await readdir(dir, { withFileTypes: true })).map((e) => ({
    name: e.name,
    isDirectory: e.isDirectory(),
  }));
  const text = renderHeadersFile(headerRules(process.env.BASE_PATH || '/', top));
  const file = join(dir, '_headers');
  if ((await readFile(file, 'utf8').catch(() => undefined)) === text) return false;
  await replaceFile(file, text);
  return true;
}

/**
 * The environment of `npm run build` and `npm run publish`. Astro lets variables from the
 * environment override import.meta.env: a stray BASE_URL or SITE (vitest sets BASE_URL=/,
 * so do some CI systems) would break every link under a base path; the deploy's base and
 * site come from BASE_PATH and SITE_URL only (astro.config.mjs). PUBLISH_ARTICLE,
 * PUBLISH_DIST, REPLACED_SITE, BUILD_SHARD and BUILD_REUSE_KEY are set by the publish or build
 * itself, never taken from the shell.
 */
export function resetBuildEnvironment(): void {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  for (const name of [
    'BASE_URL',
    'SITE',
    'PUBLISH_ARTICLE',
    'PUBLISH_DIST',
    'ONLINE_SOURCES_OUT',
    'REPLACED_SITE',
    'BUILD_SHARD',
    'BUILD_REUSE_KEY',
  ])
    delete process.env[name];
}

/**
 * Says in one line when the pages about to be written carry a local address (the
 * placeholder `url` in src/site.ts): no absolute URL in the output is local without it.
 */
export function announceSiteAddress(): void {
  try {
    const address = siteAddress(site.url, process.env.SITE_URL);
    if (address.local) console.warn(placeholderNotice(address.url));
  } catch (error) {
    console.error(`${(error as Error).message}\nNothing was built or published.`);
    process.exit(1);
  }
}

/** Where a build (or a merge of shards) writes before its folder replaces `dist`. */
export function stagingFolder(dist: string): string {
  return join(dirname(dist), `.${basename(dist)}-building-${process.pid}`);
}

const previousFolder = (dist: string) => join(dirname(dist), `.${basename(dist)}-previous`);

/** The removal of the site the last build replaced, begun by clearSiteLeftovers. */
let removing: Promise<void> = Promise.resolve();

/**
 * Before a build: a build killed between the two renames of replaceSiteFolder left `dist`
 * missing and the old copy aside (restored), or its staging folder (removed), and any other
 * folder of a dead process named by `otherPrefixes` (the staged sources: src/loaders/online-sources.ts).
 * Then the site the last build replaced (`.dist-previous`): with `reuseAs`, it becomes that
 * staging folder, its folders kept (scripts/reused-folders.ts; gives them); else it is moved
 * aside and removed in the background, while this build works.
 */
export async function clearSiteLeftovers(
  dist: string,
  otherPrefixes: readonly string[] = [],
  reuseAs?: string,
): Promise<string[]> {
  // OUT_DIR may name a folder inside one that is not there yet: made, as Astro makes its own.
  await mkdir(dirname(dist), { recursive: true });
  const previous = previousFolder(dist);
  if (!existsSync(dist) && existsSync(previous)) await rename(previous, dist);
  const name = basename(dist);
  const prefixes = [`.${name}-building-`, `.${name}-publish-`, `.${name}-removing-`, ...otherPrefixes];
  await removeDeadStaging(dirname(dist), prefixes);
  if (!existsSync(previous)) return [];
  // Only a folder (what replaceSiteFolder leaves) is written into; anything else there goes.
  if (reuseAs && lstatSync(previous).isDirectory()) return reuseReplacedSite(previous, reuseAs);
  const aside = join(dirname(dist), `.${name}-removing-${process.pid}`);
  await rename(previous, aside);
  removing = rm(aside, { recursive: true, force: true }).catch((error: Error) => {
    // The new site does not depend on it; the next build removes what is left (removeDeadStaging).
    console.warn(`Could not remove the replaced site ${aside}: ${error.message}`);
  });
  return [];
}

/**
 * Puts a whole new site (`staging`) in the place of `dist`: two renames, never a half-written
 * folder. The replaced site stays beside it as `.dist-previous` until the next build (a way
 * back: rename it to dist/), which writes into its folders or removes it (clearSiteLeftovers).
 */
export async function replaceSiteFolder(staging: string, dist: string): Promise<void> {
  const previous = previousFolder(dist);
  await rm(previous, { recursive: true, force: true });
  if (existsSync(dist)) await rename(dist, previous);
  await rename(staging, dist);
  await removing;
}

/** Waits for the removal clearSiteLeftovers began: a build that fails waits for it before it exits. */
export function replacedSiteRemoved(): Promise<void> {
  return removing;
}

/**
 * Removes the staging folders (`<prefix><pid>` in `parent`) of builds or publishes that
 * were killed; a folder whose process still runs (a second terminal) is left alone.
 */
export async function removeDeadStaging(parent: string, prefixes: readonly string[]): Promise<void> {
  for (const entry of await readdir(parent)) {
    const prefix = prefixes.find((p) => entry.startsWith(p));
    // `<prefix><pid>`, or `<prefix><pid>-<n>` for the publisher's folders.
    if (prefix && !isRunning(Number.parseInt(entry.slice(prefix.length), 10))) {
      await rm(join(parent, entry), { recursive: true, force: true });
    }
  }
}

/** Whether a process with this id runs (a staging folder's or a publisher's owner). */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
