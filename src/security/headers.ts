import { headerPolicy } from './csp.ts';

/**
 * Headers every response gets, on every host that can send headers
 * (`_headers` for Netlify and Cloudflare Pages, deploy/nginx.conf, CloudFront).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerPolicy(),
  // Two years, the preload list's minimum; `preload` itself is left to the operator (hard to undo).
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // Older browsers ignore frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Powerful features the site never uses; sharing (web-share) and copying links stay allowed.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  // No window the site opens, nor any that opens it, gets a handle on the other.
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Link previews are fetched by servers, which CORP does not affect; other sites cannot hotlink.
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Files under /_astro/ have a content hash in their name: a new version is a new URL. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * Pages, feeds and the live-update files change while coverage runs. Browsers
 * revalidate every time (a 304 when nothing changed); a CDN may answer from its
 * copy for 5 seconds, so a million readers polling cost the origin one request
 * per edge every 5 seconds, and no reader sees news more than 5 seconds late.
 */
export const REVALIDATE_CACHE = 'public, max-age=0, s-maxage=5, must-revalidate';

export interface HeaderRule {
  /** URL pattern: an exact path, or a prefix ending in `*`. */
  path: string;
  headers: Record<string, string>;
}

/** A file or folder at the top of the built site. */
export interface TopEntry {
  name: string;
  isDirectory: boolean;
}

/**
 * Rules for `_headers`. Netlify and Cloudflare join the values of a header
 * that several matching rules set, so each header is set by exactly one rule
 * for any URL: security headers by `/*`, Cache-Control by disjoint rules
 * (the hashed assets, and every other top-level file or folder).
 */
export function headerRules(base: string, top: TopEntry[]): HeaderRule[] {
  const prefix = base.replace(/\/+$/, '');
  const cache = (path: string, value: string): HeaderRule => ({
    path: prefix + path,
    headers: { 'Cache-Control': value },
  });
  const others = top
    .filter((entry) => entry.name !== '_astro' && entry.name !== '_headers' && !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((entry) => cache(entry.isDirectory ? `/${entry.name}/*` : `/${entry.name}`, REVALIDATE_CACHE));
  return [
    { path: `${prefix}/*`, headers: { ...SECURITY_HEADERS } },
    cache('/_astro/*', IMMUTABLE_CACHE),
    cache('/', REVALIDATE_CACHE),
    ...others,
  ];
}

/** The `_headers` file: a path on its own line, then indented `Name: value` lines. */
export function renderHeadersFile(rules: HeaderRule[]): string {
  const blocks = rules.map((rule) =>
    [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Written by scripts/build.ts from src/security/headers.ts; see docs/deploying.md.\n${blocks.join('\n\n')}\n`;
}
