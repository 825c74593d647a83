/**
 * Only video cards (src/markdown/embed-card.ts) carry this attribute: rehype-embeds
 * removes it from anything an editor wrote, and the sanitizer keeps it on links only.
 */
const VIDEO_MARK = 'data-embed-video="';

/** True when rendered body HTML holds a video card, whose player the page's CSP must allow. */
export function holdsVideo(html: string | undefined): boolean {
  return html?.includes(VIDEO_MARK) ?? false;
}
