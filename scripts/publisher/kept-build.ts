// Keeps Astro's prerenderer after a build, so the long-lived publisher can render pages
// again without a new build. Public APIs only: the `astro:build:start` hook's
// `setPrerenderer` factory (the default prerenderer and its output folders), the
// AstroPrerenderer interface (setup, getStaticPaths, render with its image metadata) and
// the config and route hooks. Where Astro has no public hook, the workaround is here and
// nowhere else (docs/architecture.md lists them); when one fails, the publisher publishes
// by a scoped build instead (KeptBuildUnusable).
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  AstroConfig,
  AstroIntegration,
  AstroPrerenderer,
  IntegrationResolvedRoute,
  PathWithRoute,
  PrerenderResult,
} from 'astro';
import { listingKey, listingProps, listingRuns } from '../../src/data/listing-props.ts';

/** A page or endpoint as Astro's prerenderer lists it. */
export type StaticPath = PathWithRoute;

/** The kept build cannot render as a build would: publish by a new build instead. */
export class KeptBuildUnusable extends Error {}

export interface KeptBuild {
  /** The page bundle's folder, and the copy of it made before Astro deleted it. */
  bundle: string;
  keptCopy: string;
  config: AstroConfig;
  routes: IntegrationResolvedRoute[];
  /** Every path, from every getStaticPaths run again now (with the content as it now is). */
  paths(): Promise<StaticPath[]>;
  /** The props a listing page had the last time `paths()` listed it (src/data/listing-props.ts). */
  props(path: StaticPath): unknown;
  /**
   * One path rendered as the build renders it: its file (from the site folder's root), its
   * bytes and the optimized photos it shows (paths from the root, with a leading "/").
   */
  render(path: StaticPath): Promise<{ file: string; body: Buffer; images: string[] } | undefined>;
}

/**
 * An integration for the publisher's build, and the kept build once that build ended.
 * The page bundle imports some chunks only when first needed (the image service, for
 * one), and Astro deletes the bundle's folder when the build ends (there is no hook to
 * keep it): at the prerenderer's teardown it is copied to `keptCopy`, and restoreBundle
 * puts it back for as long as the publisher keeps the build.
 */
export function keepBuild(keptCopy: string): { integration: AstroIntegration; kept: () => KeptBuild } {
  let prerenderer: AstroPrerenderer | undefined;
  let config: AstroConfig | undefined;
  let routes: IntegrationResolvedRoute[] = [];
  let bundle = '';
  const integration: AstroIntegration = {
    name: 'live-news:keep-build',
    hooks: {
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:routes:resolved': ({ routes: resolved }) => {
        routes = resolved;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((standard, { outputDirectories }) => {
          prerenderer = standard;
          bundle = fileURLToPath(outputDirectories.prerender);
          return {
            ...standard,
            name: 'live-news:keep-build',
            async teardown() {
              await standard.teardown?.();
              await cp(bundle, keptCopy, { recursive: true });
            },
          };
        });
      },
    },
  };
  const kept = (): KeptBuild => {
    if (!prerenderer || !config || !bundle) throw new KeptBuildUnusable('the build rendered no page');
    if (config.build.format !== 'directory')
      throw new KeptBuildUnusable(`it names files for build.format "directory" only`);
    return { ...keepPrerenderer(prerenderer, config), routes, bundle, keptCopy };
  };
  return { integration, kept };
}

/** Puts the copy of the page bundle back where the kept prerenderer imports it from. */
export async function restoreBundle(kept: KeptBuild): Promise<void> {
  await rm(kept.bundle, { recursive: true, force: true });
  await mkdir(dirname(kept.bundle), { recursive: true });
  await rename(kept.keptCopy, kept.bundle);
}

function keepPrerenderer(
  prerenderer: AstroPrerenderer,
  config: AstroConfig,
): Pick<KeptBuild, 'config' | 'paths' | 'props' | 'render'> {
  const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
  const origin = new URL(config.site ?? 'http://localhost/').origin;
  return {
    config,
    async paths() {
      const runs = listingRuns();
      // Astro caches what getStaticPaths gave; the default prerenderer's setup starts
      // without that cache (its source says so: "rebuilds in one process reuse the
      // cached module, and its stale static paths"). No public call says it.
      await prerenderer.setup?.();
      const result = await prerenderer.getStaticPaths();
      if (listingRuns() === runs)
        throw new KeptBuildUnusable('Astro listed the pages it had cached instead of listing them again');
      return Array.isArray(result) ? result : result.paths;
    },
    props: (path) => listingProps(listingKey(path.pathname, '')),
    async render({ pathname, route }) {
      const url = new URL(requestPath(pathname, route.type, base), origin);
      const result = await prerenderer.render(new Request(url), { routeData: route, collectMetadata: true });
      const { response, metadata } = (
        result instanceof Response ? { response: result } : result
      ) as PrerenderResult;
      // Without it, photos could be named with sizes that dist/ lacks, unnoticed.
      if (!metadata) throw new KeptBuildUnusable('Astro did not say which photos a page shows');
      if (!response.body) return undefined;
      const body = Buffer.from(await response.arrayBuffer());
      const images = metadata.staticImages.map((image) => image.finalPath);
      return { file: outputFile(pathname, route.type), body, images };
    },
  };
}

const trimSlashes = (pathname: string) => pathname.replace(/^\/+|\/+$/g, '');

/** The address Astro's build requests a path at (build.format "directory"). */
export function requestPath(pathname: string, type: string, base: string): string {
  const path = trimSlashes(pathname);
  if (type === 'endpoint') return `${base}${path}${/\.[^/]+$/.test(path) || !path ? '' : '/'}`;
  return `${base}${path}${path ? '/' : ''}`;
}

/** The file Astro's build writes a path to (build.format "directory"). */
export function outputFile(pathname: string, type: string): string {
  const path = trimSlashes(pathname);
  if (type === 'endpoint') return path;
  if (path === '404' || path === '500') return `${path}.html`;
  return path ? `${path}/index.html` : 'index.html';
}
