import { PLAYER_ORIGINS } from '../markdown/video-player.ts';

/**
 * The site's Content-Security-Policy, in one place. Astro writes it into every
 * page as a `<meta http-equiv>` (adding hashes of the scripts and styles it
 * bundles); the build writes the same policy into `_headers`, and
 * deploy/nginx.conf repeats it, for hosts that can send headers.
 *
 * Nothing comes from another origin: no CDN, fonts, analytics or third-party scripts.
 * The one exception is FRAME_DIRECTIVE, on pages that show a video card only.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // No <object>/<embed> plugins, ever.
  "object-src 'none'",
  // A stray <base href> from content could otherwise redirect every relative URL.
  "base-uri 'self'",
  "form-action 'self'",
  // The offline-reading service worker, /sw.js (docs/reading.md). default-src already allows
  // it; said outright so that a host added to script-src one day never becomes a worker.
  "worker-src 'self'",
] as const;

/**
 * Scripts: only files the site ships. No 'unsafe-inline', no 'unsafe-eval'.
 * 'wasm-unsafe-eval' lets the search index (Pagefind) compile its WebAssembly:
 * it allows WebAssembly compilation only, not eval() or new Function().
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** Styles: the one stylesheet the site ships (and Astro's hashes); no inline styles. */
export const STYLE_SOURCES = ["'self'"];

/**
 * The privacy-mode video players (youtube-nocookie.com, player.vimeo.com), which
 * load only when a reader presses play. The pages that show a video card add it to
 * their meta policy (src/data/video-pages.ts); every other page has none, so
 * `default-src 'self'` keeps frames to the site itself ('self' stays allowed here too).
 */
export const FRAME_DIRECTIVE = `frame-src 'self' ${PLAYER_ORIGINS.join(' ')}`;

/** `frame-ancestors` is ignored in a meta tag: headers only. Nobody may frame the site (clickjacking). */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/**
 * The policy for HTTP headers. It is the meta policy minus its hashes: every
 * hashed script and stylesheet is an external file that 'self' already allows
 * (tests check no page has an inline script or style), so one header fits every page.
 * It names the video players' frames for every page, because static hosts join the
 * values of rules that match one path (a second policy would only narrow it): a
 * browser enforces header and meta policy both, so the players load only where a
 * page's own meta policy allows them too.
 */
export function headerPolicy(): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    FRAME_DIRECTIVE,
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}
