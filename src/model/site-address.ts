/**
 * The site's public address: `url` in src/site.ts, or SITE_URL for one build (a preview or
 * staging deploy). Gives the address Astro takes as `site`, and whether it is a local one
 * (the placeholder), which the build then says in one line (placeholderNotice).
 */
export function siteAddress(
  configured: string,
  override: string | undefined,
): { url: string; local: boolean } {
  const source = override ? 'SITE_URL' : 'url in src/site.ts';
  const value = override || configured;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`${source}: "${value}" is not an address; write it as https://news.example.org`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`${source}: "${value}" must start with https:// (or http://)`);
  }
  if (parsed.pathname !== '/' || parsed.search || parsed.hash) {
    throw new Error(
      `${source}: "${value}" must be the host only, e.g. ${parsed.origin}; a sub-folder goes in BASE_PATH`,
    );
  }
  const host = parsed.hostname;
  const local =
    host === 'localhost' || host.endsWith('.localhost') || host.startsWith('127.') || host === '[::1]';
  return { url: parsed.origin, local };
}

/** The one line a build with a local address prints: every absolute link points at this computer. */
export function placeholderNotice(url: string): string {
  return (
    `Site address: ${url} is a local address, so canonical links, feeds, sitemaps and social cards ` +
    'point at this computer. Before deploying, set url in src/site.ts (or SITE_URL) to the public address.'
  );
}
