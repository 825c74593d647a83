import type { APIRoute } from 'astro';
import { loadArticles } from '../data/articles.ts';
import { readNow } from '../loaders/news-now.ts';
import { renderNewsSitemap, selectRecent } from '../model/news-sitemap.ts';
import { absoluteUrl, paths } from '../model/site-url.ts';
import { site } from '../site.ts';
import { primaryLanguage } from '../i18n/words.ts';

/**
 * Google News sitemap: articles published in the two days before the build. Not a
 * page, so it may read the build's "now": NEWS_NOW (a date-time with offset) pins it,
 * as it does for scheduled updates. With nothing recent it lists the front page alone (see
 * renderNewsSitemap): the protocol's schema allows no empty urlset.
 */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const recent = selectRecent(await loadArticles(), readNow());
  const xml = renderNewsSitemap(
    recent.map((article) => ({
      url: absoluteUrl(siteUrl!, import.meta.env.BASE_URL, paths.article(article.slug)),
      title: article.title,
      published: article.published.datetime,
      // Google News wants the ISO 639 code: "nl" for nl-BE.
      language: primaryLanguage(article.language.lang),
    })),
    { name: site.publisher.name, language: primaryLanguage(site.lang) },
    absoluteUrl(siteUrl!, import.meta.env.BASE_URL),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
