import type { RSSFeedItem } from '@astrojs/rss';
import { loadBodyHtml } from './body-html.ts';
import { absolutizeHtml } from '../model/absolute-html.ts';
import type { ArticleView, UpdateView } from '../model/article-view.ts';
import { buildJsonFeed, toRfc3339, type JsonFeed, type JsonFeedItem } from '../model/json-feed.ts';
import { updatePermalink } from '../model/live-urls.ts';
import { absoluteUrl, paths } from '../model/site-url.ts';
import { newestArticles } from '../model/order-articles.ts';
import { site } from '../site.ts';
import { fillWords } from '../i18n/fill-words.ts';
import type { Deploy } from './structured-data.ts';

/** One feed entry, written out as RSS and as JSON Feed from the same data. */
export interface FeedEntry {
  id: string;
  url: string;
  title: string;
  /** Sanitized HTML with absolute links. */
  html: string;
  summary?: string;
  published: Date;
  /** RFC 3339, in the article's zone. */
  publishedText: string;
  modifiedText?: string;
  authors: string[];
  tags: string[];
  /** The entry's language when it differs from the feed's (site feed: an article with its own `lang`). */
  language?: string;
}

export interface FeedData {
  title: string;
  description: string;
  /** Absolute URLs of the page the feed follows and of the feed itself. */
  homeUrl: string;
  feedUrl: string;
  /** The feed's language: the site's, or a live article's own. */
  language: string;
  entries: FeedEntry[];
}

const names = (article: ArticleView) => [
  ...article.authors.map((a) => a.name),
  ...(article.byline ? [article.byline] : []),
];

async function buildSiteFeed(articles: readonly ArticleView[], deploy: Deploy): Promise<FeedData> {
  const url = (path: string) => absoluteUrl(deploy.site, deploy.base, path);
  const entries = await Promise.all(
    newestArticles(articles, site.feedSize).map(async (article): Promise<FeedEntry> => {
      const link = url(paths.article(article.slug));
      const intro = await loadBodyHtml('articles', article.slug, article.language);
      const html = intro.trim()
        ? absolutizeHtml(intro, link)
        : `<p>${escapeHtml(article.summary ?? article.title)}</p>`;
      return {
        id: link,
        url: link,
        title: article.title,
        html,
        ...(article.summary && { summary: article.summary }),
        published: new Date(article.published.epochMs),
        publishedText: toRfc3339(article.published, article.timeZone),
        modifiedText: toRfc3339(article.lastModified, article.timeZone),
        authors: names(article),
        tags: article.tags,
        ...(article.language.lang !== site.lang && { language: article.language.lang }),
      };
    }),
  );
  return {
    title: site.name,
    description: site.description,
    homeUrl: url(''),
    feedUrl: url(paths.rss()),
    language: site.lang,
    entries,
  };
}

/**
 * Each feed is written twice, as RSS and as JSON Feed: computed once per build (the articles
 * are loaded once per build, and the deploy's site and base do not change within one).
 */
function once<K extends object>(build: (key: K, deploy: Deploy) => Promise<FeedData>) {
  const computed = new WeakMap<K, Promise<FeedData>>();
  return (key: K, deploy: Deploy): Promise<FeedData> => {
    let feed = computed.get(key);
    if (!feed) computed.set(key, (feed = build(key, deploy)));
    return feed;
  };
}

/** The site-wide feed: the newest articles (site.feedSize), newest first, each with its introduction. */
export const siteFeed = once(buildSiteFeed);

/** A live article's own feed: one entry per update, newest first, linking to the update's permalink. */
export const updatesFeed = once(buildUpdatesFeed);

async function buildUpdatesFeed(article: ArticleView, deploy: Deploy): Promise<FeedData> {
  const url = (path: string) => absoluteUrl(deploy.site, deploy.base, path);
  const articleUrl = url(paths.article(article.slug));
  const { words } = article.language;
  const entries = await Promise.all(
    // A retracted update leaves the feed: readers' feed apps must not keep what it said.
    article.updates
      .filter((update) => !update.retraction)
      .map(async (update: UpdateView): Promise<FeedEntry> => {
        const link = new URL(updatePermalink(deploy.base, article.slug, update.id), articleUrl).href;
        const rendered = await loadBodyHtml('updates', update.entryId, article.language);
        return {
          id: link,
          url: link,
          title: update.title ?? fillWords(words.feedUpdateTitle, { time: update.time.label }),
          html: absolutizeHtml(rendered, articleUrl),
          published: new Date(update.time.epochMs),
          publishedText: toRfc3339(update.time, article.timeZone),
          ...(update.edit && { modifiedText: toRfc3339(update.edit.time, article.timeZone) }),
          authors: update.author ? [update.author.name] : names(article),
          tags: article.tags,
        };
      }),
  );
  return {
    title: fillWords(words.feedTitle, { title: article.title }),
    description: article.summary ?? fillWords(words.feedDescription, { title: article.title }),
    homeUrl: articleUrl,
    feedUrl: url(paths.articleRss(article.slug)),
    language: article.language.lang,
    entries,
  };
}

/** @astrojs/rss options: the library writes and escapes the XML. */
export function rssOptions(feed: FeedData) {
  return {
    title: feed.title,
    description: feed.description,
    site: feed.homeUrl,
    customData: `<language>${escapeHtml(feed.language)}</language>`,
    // RSS 2.0 has one language per channel: an item in another says so in Dublin Core.
    ...(feed.entries.some((entry) => entry.language) && {
      xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    }),
    items: feed.entries.map((entry): RSSFeedItem => ({
      title: entry.title,
      link: entry.url,
      pubDate: entry.published,
      content: entry.html,
      // Readers render an item's description as HTML: the plain-text summary is escaped for it.
      ...(entry.summary && { description: escapeHtml(entry.summary) }),
      categories: entry.tags,
      ...(entry.language && { customData: `<dc:language>${escapeHtml(entry.language)}</dc:language>` }),
    })),
  };
}

export function jsonFeed(feed: FeedData, jsonFeedUrl: string): JsonFeed {
  return buildJsonFeed({
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: jsonFeedUrl,
    description: feed.description,
    language: feed.language,
    items: feed.entries.map((entry): JsonFeedItem => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      content_html: entry.html,
      ...(entry.summary && { summary: entry.summary }),
      date_published: entry.publishedText,
      ...(entry.modifiedText && { date_modified: entry.modifiedText }),
      ...(entry.authors.length > 0 && { authors: entry.authors.map((name) => ({ name })) }),
      ...(entry.tags.length > 0 && { tags: entry.tags }),
      ...(entry.language && { language: entry.language }),
    })),
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
}
