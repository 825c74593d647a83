// Keeps what Astro's build leaves in memory, so the long-lived publisher can render
// pages again after the build returned: the prerenderer (and its app: the page bundle,
// the content store inlined into it), the resolved config and routes, and the function
// astro:assets uses to name optimized photos. Reaches into Astro's build internals
// (astro/dist/...): the pinned Astro version is the one this was written against, and
// tests/build/publisher.test.ts fails if an upgrade changes them.
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroPrerenderer, IntegrationResolvedRoute } from 'astro';

/** The part of Astro's BuildApp (core/build/app.js) the publisher uses. */
interface BuildApp {
  routeCache: {
    clearAll(): void;
    get(
      route: StaticPath['route'],
    ): { staticPaths?: { keyed: Map<string, { props?: unknown }> } } | undefined;
  };
  getOptions(): BuildOptions;
  getSettings(): BuildOptions['settings'];
}

/** The part of Astro's StaticBuildOptions that renderPath and the output paths read. */
interface BuildOptions {
  settings: { config: AstroConfig };
  logger: unknown;
}

type DefaultPrerenderer = AstroPrerenderer & { app?: BuildApp };

/** A page or endpoint as Astro's prerenderer lists it. */
export interface StaticPath {
  pathname: string;
  route: { type: string; component: string; route: string; distURL?: URL[] };
}

interface AssetGlobals {
  astroAsset?: {
    addStaticImage?: unknown;
    staticImages?: Map<string, { transforms: Map<string, { finalPath: string }> }>;
  };
}

export interface KeptBuild {
  /** The page bundle's folder, and the copy of it made before Astro deleted it. */
  bundle: string;
  keptCopy: string;
  config: AstroConfig;
  routes: IntegrationResolvedRoute[];
  /** Clears the app's cache of getStaticPaths results: the next listing runs them again. */
  forgetPaths(): void;
  paths(): Promise<StaticPath[]>;
  /** The props getStaticPaths gave a path the last time `paths()` listed it. */
  props(path: StaticPath): unknown;
  /** One path rendered as the build renders it: the file (relative to the site folder) and its bytes. */
  render(path: StaticPath): Promise<{ file: string; body: Buffer | string } | undefined>;
  /**
   * Calls `work` with astro:assets able to name photos again; gives the files (paths
   * from the site folder's root, with a leading "/") of the photos it showed. Undefined
   * (and `work` not called) when this Astro build did not leave what naming them takes.
   */
  withImages<T>(work: () => Promise<T>): Promise<{ result: T; images: string[] } | undefined>;
}

const astroDir = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
const internal = <T>(path: string): Promise<T> =>
  import(pathToFileURL(join(astroDir, 'dist', path)).href) as Promise<T>;

/** Astro's build step that renders one path and names its file, loaded on first use. */
let generate: Promise<{ renderPath(input: unknown): Promise<RenderedPath | null> }> | undefined;

/**
 * An integration for the publisher's build, and the kept build once that build ended.
 * The page bundle imports some chunks only when first needed (the image service, for
 * one), and Astro deletes the bundle's folder when the build ends: at the prerenderer's
 * teardown (every page written) the folder is copied to `keptCopy`, and the publisher
 * puts it back in place after the build (restoreBundle) for as long as it keeps the build.
 */
export function keepBuild(keptCopy: string): { integration: AstroIntegration; kept: () => KeptBuild } {
  let standard: DefaultPrerenderer | undefined;
  let config: AstroConfig | undefined;
  let routes: IntegrationResolvedRoute[] = [];
  let addStaticImage: unknown;
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
        setPrerenderer((prerenderer): AstroPrerenderer => {
          standard = prerenderer as DefaultPrerenderer;
          return {
            ...prerenderer,
            name: 'live-news:keep-build',
            async teardown() {
              await prerenderer.teardown?.();
              addStaticImage = (globalThis as AssetGlobals).astroAsset?.addStaticImage;
              bundle = await prerenderFolder(standard!.app!);
              await cp(bundle, keptCopy, { recursive: true });
            },
          };
        });
      },
    },
  };
  const kept = (): KeptBuild => {
    const app = standard?.app;
    if (!standard || !app || !config)
      throw new Error('The publisher build rendered no page; nothing was kept.');
    return { ...makeKept(standard, app, config, routes, addStaticImage), bundle, keptCopy };
  };
  return { integration, kept };
}

/** Where Astro wrote the page bundle (and will delete it). */
async function prerenderFolder(app: BuildApp): Promise<string> {
  const { getPrerenderOutputDirectory } = await internal<{
    getPrerenderOutputDirectory(settings: unknown): URL;
  }>('prerender/utils.js');
  return fileURLToPath(getPrerenderOutputDirectory(app.getSettings()));
}

/** Puts the copy of the page bundle back where the kept build imports it from. */
export async function restoreBundle(kept: KeptBuild): Promise<void> {
  await rm(kept.bundle, { recursive: true, force: true });
  await mkdir(dirname(kept.bundle), { recursive: true });
  await rename(kept.keptCopy, kept.bundle);
}

function makeKept(
  standard: DefaultPrerenderer,
  app: BuildApp,
  config: AstroConfig,
  routes: IntegrationResolvedRoute[],
  addStaticImage: unknown,
): Omit<KeptBuild, 'bundle' | 'keptCopy'> {
  const outDir = config.outDir.href;
  return {
    config,
    routes,
    forgetPaths: () => app.routeCache.clearAll(),
    paths: () => standard.getStaticPaths() as Promise<StaticPath[]>,
    // Astro keys a route's cached paths by the same string as the pathname it lists (route-cache.js).
    props: (path) => app.routeCache.get(path.route)?.staticPaths?.keyed.get(path.pathname)?.props,
    async render(path) {
      const { renderPath } = await (generate ??= internal('core/build/generate.js'));
      const options = app.getOptions();
      const result = await renderPath({ prerenderer: standard, ...path, options, logger: options.logger });
      // renderPath lists each file on its route; the publisher renders the same paths again and again.
      path.route.distURL = undefined;
      if (!result) return undefined;
      return { file: decodeURI(result.outFile.href.slice(outDir.length)), body: result.body };
    },
    async withImages(work) {
      const assets = (globalThis as AssetGlobals).astroAsset;
      // Without Astro's function, photos would get URLs the build never uses: ask for a build.
      if (!assets || typeof addStaticImage !== 'function') return undefined;
      // Astro's list of the images pages asked for, emptied: afterwards it holds this render's.
      assets.staticImages = new Map();
      assets.addStaticImage = addStaticImage;
      try {
        const result = await work();
        const images = [...assets.staticImages.values()].flatMap((image) =>
          [...image.transforms.values()].map((transform) => transform.finalPath),
        );
        return { result, images };
      } finally {
        delete assets.addStaticImage;
        assets.staticImages.clear();
      }
    },
  };
}

interface RenderedPath {
  body: Buffer | string;
  outFile: URL;
}
