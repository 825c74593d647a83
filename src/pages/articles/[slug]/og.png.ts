import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRenderedArticles } from '../../../data/articles.ts';
import { loadPhotoImage } from '../../../data/photos.ts';
import { socialImage, startSocialImages, type SocialImageInput } from '../../../images/social-image.ts';
import type { ArticleView } from '../../../model/article-view.ts';
import { site } from '../../../site.ts';

// The article's 1200 x 630 Open Graph image (ArticleView.socialImage points here).
// A build lists every route's paths before it renders any page: the images start then,
// in the background (see startSocialImages); the dev server makes each on request.
export const getStaticPaths = (async () => {
  const articles = await loadRenderedArticles();
  if (import.meta.env.MODE !== 'development')
    startSocialImages(articles.map((article) => () => inputOf(article)));
  return articles.map((article) => ({ params: { slug: article.slug }, props: { article } }));
}) satisfies GetStaticPaths;

async function inputOf(article: ArticleView): Promise<SocialImageInput> {
  const photoPath = article.photo ? (await loadPhotoImage(article.photo.id)).sourcePath : undefined;
  return { title: article.title, siteName: site.name, photoPath };
}

export const GET: APIRoute = async ({ props }) => {
  const { article } = props as { article: ArticleView };
  const png = await socialImage(await inputOf(article));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
