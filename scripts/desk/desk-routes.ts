// The desk's addresses: each is a method, a pattern and the function that answers it.
import { listDeskArticles } from './article-list.ts';
import { postPreview, postUpdate, showArticle, type Reply } from './article-routes.ts';
import { postCoverage } from './coverage-route.ts';
import { readTree, type DeskContext } from './desk-context.ts';
import { listScreen } from './list-screen.ts';
import { postArticle, showNewArticle } from './new-article.ts';
import { readArticlePhoto } from './photo-file.ts';
import { SITE_STYLE_PATH } from './preview-document.ts';
import { readSiteStyle } from './site-style.ts';
import { postEdit, showUpdate } from './update-routes.ts';

export type Route = [
  method: string,
  pattern: RegExp,
  handle: (
    m: string[],
    form: URLSearchParams,
    query: URLSearchParams,
    files: Map<string, File>,
  ) => Promise<Reply>,
];

export function deskRoutes(ctx: DeskContext): Route[] {
  const show = (html: string): Reply => ({ status: 200, html });
  const name = '([^/]+)';
  return [
    ['GET', /^\/$/, async () => show(listScreen(listDeskArticles(await readTree(ctx))))],
    [
      'GET',
      new RegExp(`^${SITE_STYLE_PATH.replace('.', '\\.')}$`),
      async () => ({
        status: 200,
        type: 'text/css; charset=utf-8',
        body: await readSiteStyle(ctx.publisher.dist),
      }),
    ],
    [
      'GET',
      new RegExp(`^/articles/${name}/photos/(.+)$`),
      async ([slug, file]) => ({ status: 200, ...(await readArticlePhoto(ctx.contentDir, slug!, file!)) }),
    ],
    ['GET', /^\/new-article$/, async () => show(showNewArticle())],
    ['POST', /^\/articles$/, (_, form) => postArticle(ctx, form)],
    ['GET', new RegExp(`^/articles/${name}/$`), ([slug], _, q) => showArticle(ctx, slug!, q).then(show)],
    [
      'POST',
      new RegExp(`^/articles/${name}/updates$`),
      ([slug], form, _, files) => postUpdate(ctx, slug!, form, files),
    ],
    ['POST', new RegExp(`^/articles/${name}/preview$`), ([slug], form) => postPreview(ctx, slug!, form)],
    [
      'POST',
      new RegExp(`^/articles/${name}/(end|reopen)$`),
      ([slug, how]) => postCoverage(ctx, slug!, how as 'end'),
    ],
    [
      'GET',
      new RegExp(`^/articles/${name}/updates/${name}$`),
      ([slug, file], _, q) => showUpdate(ctx, slug!, file!, q).then(show),
    ],
    [
      'POST',
      new RegExp(`^/articles/${name}/updates/${name}$`),
      ([slug, file], form) => postEdit(ctx, slug!, file!, form),
    ],
  ];
}
