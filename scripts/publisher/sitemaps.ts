import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { sitemapWithLastmod } from '../../src/integrations/sitemap.ts';
import type { KeptBuild } from './kept-build.ts';

type Hooks = AstroIntegration['hooks'];

/**
 * The sitemaps of a publish, written into `staging` by the same integrations a build
 * runs (src/integrations/sitemap.ts, around @astrojs/sitemap), given what Astro gives
 * them: the config and routes of the kept build, and the pages just rendered.
 */
export async function writeSitemaps(
  kept: KeptBuild,
  staging: string,
  pages: readonly string[],
): Promise<void> {
  const integrations = sitemapWithLastmod();
  const logger = quietLogger();
  const dir = pathToFileURL(`${staging}/`);
  const call = async (name: keyof Hooks, input: object) => {
    for (const integration of integrations) {
      const hook = integration.hooks[name] as ((input: object) => unknown) | undefined;
      await hook?.({ logger, ...input });
    }
  };
  await call('astro:routes:resolved', { routes: kept.routes });
  await call('astro:config:done', { config: kept.config });
  // @astrojs/sitemap rewrites the pathnames it is given: each call gets its own copies.
  await call('astro:build:done', { dir, pages: pages.map((pathname) => ({ pathname })) });
}

/** Warnings and errors go to the console, as in a build run with logLevel "warn". */
function quietLogger(): AstroIntegrationLogger {
  const logger = {
    label: 'sitemap',
    options: {},
    info: () => undefined,
    debug: () => undefined,
    warn: (message: string) => console.warn(message),
    error: (message: string) => console.error(message),
    fork: () => logger,
  };
  return logger as unknown as AstroIntegrationLogger;
}
