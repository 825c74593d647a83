import { loadBodyHtml } from './body-html.ts';
import type { ArticleView, UpdateView } from '../model/article-view.ts';
import { buildArticleJsonLd, type JsonLdAuthor, type JsonLdUpdate } from '../model/json-ld.ts';
import type { PageMeta } from '../model/page-meta.ts';
import { readEmbedCards } from '../model/embed-cards.ts';
import { htmlToPlainText } from '../model/plain-text.ts';
import { sharedContentOf } from '../model/shared-content.ts';
import { absoluteUrl, paths } from '../model/site-url.ts';
import { site } from '../site.ts';
import { fillWords } from '../i18n/fill-words.ts';

/** Where the deploy lives: Astro.site and import.meta.env.BASE_URL. */
export interface Deploy {
  site: URL | string;
  base: string;
}

/** Head tags of an article page: times, topics, its own update feeds when it is live coverage. */
export function articleMeta(article: ArticleView): PageMeta {
  const feedTitle = (format: string) =>
    fillWords(article.language.words.feedLink, { title: article.title, format });
  return {
    type: 'article',
    image: article.socialImage,
    published: article.published.datetime,
    modified: article.lastModified.datetime,
    tags: article.tags,
    feeds: article.status
      ? [
          {
            title: feedTitle('RSS'),
            path: paths.articleRss(article.slug),
            type: 'application/rss+xml',
          },
          {
            title: feedTitle('JSON Feed'),
            path: paths.articleJsonFeed(article.slug),
            type: 'application/feed+json',
          },
        ]
      : [],
  };
}

/**
 * JSON-LD for one page of an article. `updates` are the updates rendered on THAT
 * page (the main page or an older page), `pageUrl` its absolute URL.
 */
export async function articleJsonLd(
  article: ArticleView,
  updates: readonly UpdateView[],
  pageUrl: string,
  deploy: Deploy,
): Promise<Record<string, unknown>> {
  const url = (path: string) =>
    /^https?:\/\//.test(path) ? path : absoluteUrl(deploy.site, deploy.base, path);
  const person = (author: { id: string; name: string }): JsonLdAuthor => ({
    type: 'Person',
    name: author.name,
    url: url(`authors/${author.id}/`),
  });
  // A free-text byline naming the source is an organisation (an agency); otherwise a person.
  const bylineType = article.byline === article.source?.name ? 'Organization' : 'Person';
  const authors: JsonLdAuthor[] = [
    ...article.authors.map(person),
    ...(article.byline ? [{ type: bylineType, name: article.byline } as const] : []),
  ];
  const intro = await loadBodyHtml('articles', article.slug, article.language);
  const body = htmlToPlainText(intro);
  const sharedContent = sharedContentOf(readEmbedCards(intro));
  const items = await Promise.all(
    // A retracted update is left out: search engines must not keep what it said.
    updates
      .filter((update) => !update.retraction)
      .map(async (update): Promise<JsonLdUpdate> => {
        const rendered = await loadBodyHtml('updates', update.entryId, article.language);
        return {
          id: update.id,
          ...(update.title && { headline: update.title }),
          published: update.time.datetime,
          ...(update.edit && { modified: update.edit.time.datetime }),
          body: htmlToPlainText(rendered),
          authors: update.author ? [person(update.author)] : [],
          sharedContent: sharedContentOf(readEmbedCards(rendered)),
        };
      }),
  );
  return buildArticleJsonLd(
    {
      url: pageUrl,
      headline: article.title,
      ...(article.summary && { description: article.summary }),
      ...(article.status && { status: article.status }),
      published: article.published.datetime,
      modified: article.lastModified.datetime,
      ...(article.ended && { ended: article.ended.datetime }),
      images: [url(article.socialImage.src)],
      authors,
      keywords: article.tags,
      ...(body && { body }),
      sharedContent,
      updates: items,
      inLanguage: article.language.lang,
    },
    {
      name: site.publisher.name,
      url: url(''),
      logo: {
        url: url(site.publisher.logo.path),
        width: site.publisher.logo.width,
        height: site.publisher.logo.height,
      },
    },
  );
}
