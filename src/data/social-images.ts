import { loadRenderedArticles } from './articles.ts';
import { loadPhotoImage } from './photos.ts';
import { socialImage, startSocialImages, type SocialImageInput } from '../images/social-image.ts';
import type { ArticleView } from '../model/article-view.ts';
import { cardExtension } from '../model/social-image.ts';
import { site } from '../site.ts';

/**
 * The paths of the articles whose 1200 x 630 image is an `extension` file: og.jpg from the
 * lead photo, og.png a headline card (ArticleView.socialImage points at it). A build lists
 * every route's paths before it renders any page: the images start then, in the background
 * (see startSocialImages); the dev server makes each on request.
 */
export async function socialImagePaths(extension: 'jpg' | 'png') {
  const articles = (await loadRenderedArticles()).filter((article) =>
    article.socialImage.src.endsWith(`/og.${extension}`),
  );
  if (import.meta.env.MODE !== 'development')
    startSocialImages(articles.map((article) => () => inputOf(article)));
  return articles.map((article) => ({ params: { slug: article.slug }, props: { article } }));
}

async function inputOf(article: ArticleView): Promise<SocialImageInput> {
  const photoPath = article.photo ? (await loadPhotoImage(article.photo.id)).sourcePath : undefined;
  return { title: article.title, siteName: site.name, photoPath };
}

/** The article's image, as its route (og.jpg or og.png) answers it. */
export async function socialImageResponse(article: ArticleView): Promise<Response> {
  const input = await inputOf(article);
  const extension = cardExtension(input.photoPath !== undefined);
  if (!article.socialImage.src.endsWith(`/og.${extension}`))
    throw new Error(
      `The social image of article "${article.slug}" is ${article.socialImage.src}, but its lead photo ` +
        `${input.photoPath ? 'was found' : 'was not'}: check the photo named in its index.md.`,
    );
  const image = await socialImage(input);
  const type = extension === 'jpg' ? 'image/jpeg' : 'image/png';
  return new Response(new Uint8Array(image), { headers: { 'content-type': type } });
}
