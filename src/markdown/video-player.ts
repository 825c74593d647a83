/**
 * YouTube and Vimeo players, loaded only when a reader presses play on a video card
 * (src/scripts/video-embeds.ts). Kept apart from the URL readers so the page script
 * carries nothing else. A video is "ID" (YouTube) or "ID" / "ID:HASH" (Vimeo).
 */
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_VIDEO = /^(\d{1,12})(?::([0-9a-f]{6,20}))?$/;

/** The player that loads only when the reader presses play: privacy-enhanced mode, no tracking cookie. */
export function playerUrl(provider: string, video: string): string | undefined {
  if (provider === 'youtube' && YOUTUBE_ID.test(video))
    return `https://www.youtube-nocookie.com/embed/${video}?autoplay=1`;
  const m = VIMEO_VIDEO.exec(video);
  if (provider === 'vimeo' && m)
    return `https://player.vimeo.com/video/${m[1]}?${m[2] ? `h=${m[2]}&` : ''}dnt=1&autoplay=1`;
  return undefined;
}

/** The hosts players come from: the only ones `frame-src` ever allows. */
export const PLAYER_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const;
