/** The providers whose posts and videos an editor may embed (docs/editing.md#embeds). */
export type ProviderId =
  'x' | 'youtube' | 'vimeo' | 'instagram' | 'tiktok' | 'telegram' | 'bluesky' | 'mastodon' | 'facebook';

/** What an embed shows, read from the URL and whatever the pasted code holds. */
export interface Embed {
  provider: ProviderId;
  /** The original post or video, rebuilt from the parts of the URL that name it (https). */
  url: string;
  /** YouTube and Vimeo: the video's id, for the click-to-load player. */
  video?: string;
  author?: string;
  text?: string;
  date?: string;
  title?: string;
}

/** Provider names as readers see them ("View on X"). */
export const PROVIDER_NAMES: Readonly<Record<ProviderId, string>> = {
  x: 'X',
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  telegram: 'Telegram',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  facebook: 'Facebook',
};

/**
 * Mastodon is run on many servers; only these are recognised (a post on another
 * server stays a plain link). Add a server here to recognise its posts.
 */
export const MASTODON_HOSTS = [
  'mastodon.social',
  'mastodon.online',
  'mastodon.world',
  'mstdn.social',
  'journa.host',
  'newsie.social',
  'social.vivaldi.net',
];

type Match = Pick<Embed, 'url' | 'video' | 'author'>;
type Reader = (url: URL) => Match | null | undefined;

const X_POST = /^\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d{1,20})\/?$/;
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_PATH = /^\/(?:embed|shorts|live|v)\/([A-Za-z0-9_-]{11})\/?$/;
const VIMEO_PATH = /^\/(?:video\/)?(\d{1,12})(?:\/([0-9a-f]{6,20}))?\/?$/;
const VIMEO_HASH = /^[0-9a-f]{6,20}$/;
const INSTAGRAM_PATH = /^\/(?:[A-Za-z0-9_.]{1,30}\/)?(p|reel|tv)\/([A-Za-z0-9_-]{5,40})\/?$/;
const TIKTOK_PATH = /^\/@([A-Za-z0-9_.]{1,30})\/video\/(\d{1,25})\/?$/;
const TELEGRAM_PATH = /^\/(?:s\/)?([A-Za-z][A-Za-z0-9_]{3,31})\/(\d{1,10})\/?$/;
const BLUESKY_PATH = /^\/profile\/([A-Za-z0-9.:_-]{1,253})\/post\/([a-z0-9]{6,20})\/?$/;
const MASTODON_PATH = /^\/@([A-Za-z0-9_]{1,30})\/(\d{1,20})(?:\/embed)?\/?$/;
const FACEBOOK_PATH =
  /^\/(?:[A-Za-z0-9.]{1,80}\/(?:posts|videos)\/[A-Za-z0-9.]{1,80}|reel\/\d{1,25}|watch|permalink\.php|story\.php)\/?$/;
const FACEBOOK_PARAMS = ['story_fbid', 'id', 'v'];

function youtube(url: URL): Match | undefined {
  const id =
    url.hostname === 'youtu.be'
      ? url.pathname.slice(1).replace(/\/$/, '')
      : url.pathname === '/watch'
        ? (url.searchParams.get('v') ?? '')
        : (YOUTUBE_PATH.exec(url.pathname)?.[1] ?? '');
  if (!YOUTUBE_ID.test(id)) return undefined;
  return { url: `https://www.youtube.com/watch?v=${id}`, video: id };
}

function vimeo(url: URL): Match | undefined {
  const m = VIMEO_PATH.exec(url.pathname);
  if (!m || (url.hostname === 'player.vimeo.com') !== url.pathname.startsWith('/video/')) return undefined;
  // An unlisted video needs its hash (".../76979871/8272103f6e" or "?h=8272103f6e").
  const hash = m[2] ?? url.searchParams.get('h') ?? undefined;
  const video = hash && VIMEO_HASH.test(hash) ? `${m[1]}:${hash}` : m[1]!;
  return { url: `https://vimeo.com/${m[1]}${hash && VIMEO_HASH.test(hash) ? `/${hash}` : ''}`, video };
}

function facebook(url: URL): Match | undefined {
  if (!FACEBOOK_PATH.test(url.pathname)) return undefined;
  const kept = new URL(url.pathname, 'https://www.facebook.com');
  for (const name of FACEBOOK_PARAMS) {
    const value = url.searchParams.get(name);
    if (value && /^[A-Za-z0-9]{1,40}$/.test(value)) kept.searchParams.set(name, value);
  }
  if (!/^\/[^/]+\/(?:posts|videos)\/|^\/reel\//.test(kept.pathname) && kept.search === '') return undefined;
  return { url: kept.href };
}

/** Which provider serves which hosts, and how its URLs name a post or video. */
const READERS: [ProviderId, readonly string[], Reader][] = [
  [
    'x',
    ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com', 'mobile.x.com'],
    (url) => {
      const m = X_POST.exec(url.pathname);
      return m && { url: `https://x.com/${m[1]}/status/${m[2]}`, author: `@${m[1]}` };
    },
  ],
  [
    'youtube',
    ['www.youtube.com', 'youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com'],
    youtube,
  ],
  ['vimeo', ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'], vimeo],
  [
    'instagram',
    ['www.instagram.com', 'instagram.com'],
    (url) => {
      const m = INSTAGRAM_PATH.exec(url.pathname);
      return m && { url: `https://www.instagram.com/${m[1]}/${m[2]}/` };
    },
  ],
  [
    'tiktok',
    ['www.tiktok.com', 'tiktok.com', 'm.tiktok.com'],
    (url) => {
      const m = TIKTOK_PATH.exec(url.pathname);
      return m && { url: `https://www.tiktok.com/@${m[1]}/video/${m[2]}`, author: `@${m[1]}` };
    },
  ],
  [
    'telegram',
    ['t.me', 'telegram.me'],
    (url) => {
      const m = TELEGRAM_PATH.exec(url.pathname);
      return m && { url: `https://t.me/${m[1]}/${m[2]}`, author: `@${m[1]}` };
    },
  ],
  [
    'bluesky',
    ['bsky.app'],
    (url) => {
      const m = BLUESKY_PATH.exec(url.pathname);
      return m && { url: `https://bsky.app/profile/${m[1]}/post/${m[2]}` };
    },
  ],
  [
    'mastodon',
    MASTODON_HOSTS,
    (url) => {
      const m = MASTODON_PATH.exec(url.pathname);
      return m && { url: `https://${url.hostname}/@${m[1]}/${m[2]}`, author: `@${m[1]}@${url.hostname}` };
    },
  ],
  ['facebook', ['www.facebook.com', 'facebook.com', 'm.facebook.com', 'web.facebook.com'], facebook],
];

/**
 * The embed a URL names, or undefined: it must be https, on one of the provider's own
 * hosts (exactly: "youtube.com.example.net" is not YouTube), without user, password or
 * port, and shaped like a post or video address of that provider.
 */
export function embedFromUrl(href: string): Embed | undefined {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined;
  for (const [provider, hosts, read] of READERS) {
    if (!hosts.includes(url.hostname)) continue;
    const match = read(url);
    return match ? { provider, ...match } : undefined;
  }
  return undefined;
}
