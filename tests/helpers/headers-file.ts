import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface ParsedRule {
  path: string;
  headers: [string, string][];
}

/** Reads a `_headers` file the way Netlify and Cloudflare Pages document it. */
export function parseHeadersFile(text: string): ParsedRule[] {
  const rules: ParsedRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`Not a header line: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** True when a `_headers` pattern (exact, or a prefix ending in `*`) matches a URL path. */
export function matchesPattern(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/**
 * The headers a host sends for `path`: like Cloudflare Pages, a header set by
 * several matching rules gets their values joined with ", " (which would break
 * Cache-Control or a CSP, so tests can see it). Names are lower-cased.
 */
export function headersFor(rules: ParsedRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules.filter((r) => matchesPattern(r.path, path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

/** Every file under `dir` with one of the extensions, as paths relative to it with forward slashes. */
export function listFiles(dir: string, extensions: string[]): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (extensions.some((ext) => entry.name.endsWith(ext)))
        out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path (below the site root) that serves a built HTML file: "a/index.html" -> "a/". */
export function pagePathOf(file: string): string {
  return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}
