import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { embedFromUrl, MASTODON_HOSTS, type Embed } from './embed-urls.ts';

/**
 * Reads the code a provider's "Embed" button gives (already parsed into elements by
 * rehype-raw) into an Embed: the post's address, and the author, text and date the
 * code carries. Only parsed values are kept; the pasted markup itself never reaches
 * the page. Code whose address is not a recognised https post or video gives nothing.
 */
export function embedFromCode(node: Element): Embed | undefined {
  const classes = classesOf(node);
  const reader = CODE_READERS.find(([tag, cls]) => node.tagName === tag && (!cls || classes.includes(cls)));
  if (!reader) return undefined;
  const read = reader[2](node);
  if (!read) return undefined;
  const embed = embedFromUrl(read.url);
  if (!embed) return undefined;
  const found = Object.entries(read).filter(([key, value]) => key !== 'url' && value);
  return { ...embed, ...Object.fromEntries(found) };
}

/** Provider scripts that only render the code above: dropped silently with it. */
export function isProviderScript(node: Element): boolean {
  if (node.tagName !== 'script') return false;
  const src = String(node.properties.src ?? '');
  return PROVIDER_SCRIPTS.some((pattern) => pattern.test(src));
}

/** The empty `<div id="fb-root">` Facebook's code puts before its script. */
export function isProviderLeftover(node: Element): boolean {
  return node.tagName === 'div' && node.properties.id === 'fb-root' && node.children.length === 0;
}

type Read = Partial<Embed> & { url: string };

const PROVIDER_SCRIPTS = [
  /^https:\/\/platform\.twitter\.com\/widgets\.js/,
  /^(https:)?\/\/(www\.)?instagram\.com\/embed\.js/,
  /^https:\/\/www\.tiktok\.com\/embed\.js/,
  /^https:\/\/embed\.bsky\.app\/static\/embed\.js/,
  /^https:\/\/connect\.facebook\.net\/[a-zA-Z_]+\/sdk\.js/,
  /^https:\/\/player\.vimeo\.com\/api\/player\.js/,
  ...MASTODON_HOSTS.map((host) => new RegExp(`^https://${host.replace(/\./g, '\\.')}/embed\\.js$`)),
];

const CODE_READERS: [tag: string, cls: string | undefined, read: (node: Element) => Read | undefined][] = [
  ['blockquote', 'twitter-tweet', readSignedQuote],
  ['blockquote', 'twitter-video', readSignedQuote],
  ['blockquote', 'bluesky-embed', readSignedQuote],
  ['blockquote', 'instagram-media', readInstagram],
  ['blockquote', 'tiktok-embed', readTikTok],
  ['blockquote', 'mastodon-embed', (node) => ({ url: attr(node, 'dataEmbedUrl') ?? firstLink(node) ?? '' })],
  ['iframe', undefined, readIframe],
  ['div', 'fb-post', readFacebook],
  ['div', 'fb-video', readFacebook],
  ['script', undefined, readTelegram],
];

/** X and Bluesky: `<p>text</p> — Name (@handle) <a href="post">date</a>`. */
function readSignedQuote(node: Element): Read | undefined {
  const links = elements(node).filter((el) => el.tagName === 'a');
  const post = [...links].reverse().find((a) => embedFromUrl(String(a.properties.href ?? '')));
  if (!post) return undefined;
  const paragraph = elements(node).find((el) => el.tagName === 'p');
  const after = node.children.slice(paragraph ? node.children.indexOf(paragraph) + 1 : 0);
  const signature = after
    .filter((child) => child !== post)
    .map(textOf)
    .join('');
  return {
    url: String(post.properties.href),
    text: paragraph && cleanText(textOf(paragraph).replace(/\[image or embed\]/g, '')),
    author: cleanText(signature.replace(/^[\s\u2014\u2013-]+/, '')),
    date: cleanText(textOf(post)),
  };
}

function readInstagram(node: Element): Read | undefined {
  const paragraphs = elements(node, true).filter((el) => el.tagName === 'p');
  const shared = paragraphs.find((p) => /A post shared by/i.test(textOf(p)));
  const caption = paragraphs.find((p) => p !== shared && !/View this post on Instagram/i.test(textOf(p)));
  const time = elements(node, true).find((el) => el.tagName === 'time');
  return {
    url: attr(node, 'dataInstgrmPermalink') ?? firstLink(node) ?? '',
    author:
      shared &&
      cleanText(
        textOf(shared)
          .replace(/^.*?A post shared by\s*/is, '')
          .replace(/\son\s.*$/s, ''),
      ),
    text: caption && cleanText(textOf(caption)),
    date: time && cleanText(textOf(time)),
  };
}

function readTikTok(node: Element): Read | undefined {
  const section = elements(node).find((el) => el.tagName === 'section');
  const parts = (section?.children ?? []).filter(
    (child) => !(child.type === 'element' && child.tagName === 'a' && /^(@|♬)/.test(textOf(child).trim())),
  );
  return { url: attr(node, 'cite') ?? '', text: cleanText(parts.map(textOf).join('')) };
}

function readIframe(node: Element): Read | undefined {
  const src = attr(node, 'src') ?? '';
  const title = attr(node, 'title');
  // Facebook's plugin iframes name the post in their `href` parameter.
  const plugin = /^https:\/\/www\.facebook\.com\/plugins\/(?:post|video)\.php\?/.test(src)
    ? new URL(src).searchParams.get('href')
    : undefined;
  const generic = !title || /^(YouTube video player|vimeo-player|Embedded content)$/i.test(title);
  return { url: plugin ?? src, title: generic ? undefined : cleanText(title) };
}

function readFacebook(node: Element): Read | undefined {
  const quote = elements(node, true).find((el) => el.tagName === 'blockquote');
  const paragraph = quote && elements(quote).find((el) => el.tagName === 'p');
  const links = quote ? elements(quote).filter((el) => el.tagName === 'a') : [];
  return {
    url: attr(node, 'dataHref') ?? '',
    text: paragraph && cleanText(textOf(paragraph)),
    author: links.length >= 2 ? cleanText(textOf(links[0]!)) : undefined,
    date: links.length >= 2 ? cleanText(textOf(links.at(-1)!)) : undefined,
  };
}

/** `<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="channel/42">`. */
function readTelegram(node: Element): Read | undefined {
  const post = attr(node, 'dataTelegramPost');
  if (!post || !/^https:\/\/telegram\.org\/js\/telegram-widget\.js/.test(attr(node, 'src') ?? ''))
    return undefined;
  return { url: `https://t.me/${post}` };
}

function attr(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  return typeof value === 'string' ? value : undefined;
}

function classesOf(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function elements(node: Element, deep = false): Element[] {
  const own = node.children.filter((child): child is Element => child.type === 'element');
  return deep ? own.flatMap((el) => [el, ...elements(el, true)]) : own;
}

function firstLink(node: Element): string | undefined {
  const link = elements(node, true).find(
    (el) => el.tagName === 'a' && embedFromUrl(String(el.properties.href)),
  );
  return link && String(link.properties.href);
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? toText(node) : '';
}

/** Runs of spaces become one; paragraphs and line breaks the post had stay. */
function cleanText(text: string): string | undefined {
  const lines = text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  const joined = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return joined === '' ? undefined : joined.slice(0, 5000);
}
