/**
 * schema.org structured data for an article page: `LiveBlogPosting` for live
 * coverage (one `BlogPosting` per update shown on the page), `NewsArticle` otherwise.
 * Pure: every URL and time arrives ready-made, so nothing here reads the clock.
 */

/** Who wrote something: a person, or an organisation such as a news agency. */
export interface JsonLdAuthor {
  type: 'Person' | 'Organization';
  name: string;
  url?: string;
}

export interface JsonLdPublisher {
  name: string;
  url: string;
  logo: { url: string; width: number; height: number };
}

export interface JsonLdUpdate {
  /** The update's HTML id; its permalink is the article URL + `#id`. */
  id: string;
  headline?: string;
  published: string;
  /** Last edit of the update, when it was edited after publication. */
  modified?: string;
  /** Plain text of the update's body. */
  body: string;
  authors: readonly JsonLdAuthor[];
  /** The posts and videos its body embeds (src/model/shared-content.ts). */
  sharedContent?: readonly Record<string, unknown>[];
}

export interface JsonLdArticle {
  /** Absolute canonical URL of the page. */
  url: string;
  headline: string;
  description?: string;
  status?: 'live' | 'ended';
  published: string;
  /** The latest real change (publication, update, edit, end of coverage): never the build time. */
  modified: string;
  /** When live coverage ended; only used once status is ended. */
  ended?: string;
  /** Absolute image URLs (at least one: the social image or the site's default). */
  images: readonly string[];
  authors: readonly JsonLdAuthor[];
  keywords: readonly string[];
  /** Plain text of the article's own body (introduction), if any. */
  body?: string;
  /** The posts and videos the introduction embeds. */
  sharedContent?: readonly Record<string, unknown>[];
  /** The updates rendered on this page, in page order. */
  updates: readonly JsonLdUpdate[];
  inLanguage: string;
}

/** Google truncates longer headlines; a BlogPosting without a title gets the start of its text. */
export const MAX_HEADLINE = 110;

export function buildArticleJsonLd(
  article: JsonLdArticle,
  publisher: JsonLdPublisher,
): Record<string, unknown> {
  const publisherNode = organization(publisher);
  const authors = article.authors.length > 0 ? article.authors.map(authorNode) : [publisherNode];
  const common = {
    '@context': 'https://schema.org',
    '@type': article.status ? 'LiveBlogPosting' : 'NewsArticle',
    '@id': article.url,
    url: article.url,
    mainEntityOfPage: article.url,
    headline: shorten(article.headline),
    ...(article.description && { description: article.description }),
    datePublished: article.published,
    dateModified: article.modified,
    image: [...article.images],
    author: authors,
    publisher: publisherNode,
    inLanguage: article.inLanguage,
    ...(article.keywords.length > 0 && { keywords: [...article.keywords] }),
    ...(article.body && { articleBody: article.body }),
    ...(article.sharedContent?.length && { sharedContent: [...article.sharedContent] }),
  };
  if (!article.status) return common;
  return {
    ...common,
    coverageStartTime: article.published,
    ...(article.status === 'ended' && article.ended && { coverageEndTime: article.ended }),
    liveBlogUpdate: article.updates.map((update) => ({
      '@type': 'BlogPosting',
      '@id': `${article.url}#${update.id}`,
      url: `${article.url}#${update.id}`,
      headline: shorten(update.headline ?? (update.body || article.headline)),
      datePublished: update.published,
      dateModified: update.modified ?? update.published,
      articleBody: update.body,
      ...(update.sharedContent?.length && { sharedContent: [...update.sharedContent] }),
      author: update.authors.length > 0 ? update.authors.map(authorNode) : authors,
      image: [...article.images],
      publisher: publisherNode,
      isPartOf: { '@id': article.url },
    })),
  };
}

function organization(publisher: JsonLdPublisher) {
  return {
    '@type': 'Organization',
    name: publisher.name,
    url: publisher.url,
    logo: { '@type': 'ImageObject', ...publisher.logo },
  };
}

function authorNode(author: JsonLdAuthor) {
  return { '@type': author.type, name: author.name, ...(author.url && { url: author.url }) };
}

/** Collapses white space and cuts at a word boundary with an ellipsis. */
export function shorten(text: string, max = MAX_HEADLINE): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/**
 * JSON for inside `<script type="application/ld+json">`: `<`, `>` and `&` become
 * \u escapes so no value can close the element or open a comment, and U+2028/2029
 * are escaped for older JavaScript parsers. The result is still the same JSON.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
