// The site's own stylesheet, as the last build wrote it: the one file every page links
// (astro.config.mjs: inlineStylesheets 'never'), found through the front page's <link>.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The built stylesheet's text; empty (the preview then looks plain) if the build has none. */
export async function readSiteStyle(dist: string): Promise<string> {
  const front = await readFile(join(dist, 'index.html'), 'utf8').catch(() => '');
  // Astro's assets folder (_astro) after the base path, if any; a hashed name, never a path.
  const name = /<link rel="stylesheet" href="[^"]*\/_astro\/([\w.-]+\.css)"/.exec(front)?.[1];
  return name ? readFile(join(dist, '_astro', name), 'utf8').catch(() => '') : '';
}
