// Which article `npm run publish` was asked for: a slug, or a tab-completed folder
// path (content/articles/<slug>/, or a file inside it), with "did you mean" for a typo.
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { closestMatches } from '../../src/model/closest.ts';
import { SLUG_PATTERN } from '../../src/model/update-id.ts';

export type PublishArgs = { ok: true; slug: string } | { ok: false; message: string };

const USAGE = 'Usage: npm run publish -- <article-slug>  (the folder name under content/articles/)';

/**
 * `args` as given after "npm run publish --"; `folders` lists content/articles/, read
 * only when a slug is wrong. Paths are read from `cwd`, as the shell completed them.
 */
export function readPublishArgs(
  args: readonly string[],
  contentDir: string,
  folders: () => string[],
  cwd = process.cwd(),
): PublishArgs {
  if (args.length === 0) return { ok: false, message: USAGE };
  if (args.length > 1) {
    return {
      ok: false,
      message:
        `npm run publish publishes one article at a time; nothing was published. Run it once for each: ` +
        args.map((a) => `npm run publish -- ${a}`).join(', then ') +
        ' (or npm run build for the whole site).',
    };
  }
  const slug = slugOf(args[0]!, contentDir, cwd);
  if (
    slug !== undefined &&
    SLUG_PATTERN.test(slug) &&
    existsSync(join(contentDir, 'articles', slug, 'index.md'))
  )
    return { ok: true, slug };
  const written = slug ?? args[0]!;
  const close = closestMatches(
    written,
    folders().filter((name) => SLUG_PATTERN.test(name)),
  );
  const hint = close.length
    ? `did you mean ${close.map((c) => `"${c}"`).join(' or ')}?`
    : 'the slug is the folder name under content/articles/';
  return { ok: false, message: `There is no article "${written}" in content/articles/; ${hint}` };
}

/** The slug a path inside content/articles/ names, or the argument itself when it is not a path. */
function slugOf(arg: string, contentDir: string, cwd: string): string | undefined {
  if (!/[/\\]/.test(arg)) return arg;
  const inside = relative(join(contentDir, 'articles'), resolve(cwd, arg));
  if (inside === '' || inside.startsWith('..')) return undefined;
  return inside.split(sep)[0];
}
