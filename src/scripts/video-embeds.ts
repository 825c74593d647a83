import { playerUrl } from '../markdown/video-player.ts';

/**
 * Click-to-load video (src/markdown/embed-card.ts): a video card is a link to the
 * original, and nothing loads from the provider until the reader presses play. Then
 * the link gives way to the privacy-mode player, in the same 16:9 box (no layout shift).
 * One listener on the document also serves updates the live poll inserts later.
 */
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest('a.embed-play') : null;
  if (!(link instanceof HTMLAnchorElement)) return;
  const provider = link.closest('figure[data-embed]')?.getAttribute('data-embed') ?? '';
  const src = playerUrl(provider, link.dataset.embedVideo ?? '');
  if (!src || !framesAllowed(src)) return;
  event.preventDefault();
  const frame = document.createElement('iframe');
  frame.className = 'embed-frame';
  frame.src = src;
  frame.title = link.querySelector('.embed-title')?.textContent ?? 'Video';
  frame.allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture';
  frame.allowFullscreen = true;
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  link.replaceWith(frame);
  frame.focus();
});

/**
 * Only pages that showed a video when they were built let players in. A video that
 * arrived later by the live poll opens on the provider's site instead (a plain link)
 * until the page is reloaded.
 */
function framesAllowed(src: string): boolean {
  const meta = document.querySelector('meta[http-equiv="content-security-policy" i]');
  const policy = meta?.getAttribute('content') ?? '';
  const sources = /(?:^|;)\s*frame-src\s([^;]*)/.exec(policy)?.[1]?.trim().split(/\s+/) ?? [];
  return sources.includes(new URL(src).origin);
}
