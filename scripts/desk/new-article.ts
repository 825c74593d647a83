// Starting a new article: a headline and a summary; live coverage by default.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { readNow } from '../../src/loaders/news-now.ts';
import { createArticle } from '../../src/scaffold/new-files.ts';
import type { Reply } from './article-routes.ts';
import type { DeskContext } from './desk-context.ts';
import type { FieldProblems } from './field-problems.ts';
import { checkbox, formErrors, textField } from './form-fields.ts';
import { html, page } from './html.ts';
import { publishChange } from './publish-change.ts';

export function showNewArticle(
  values = { title: '', summary: '', live: true },
  problems: FieldProblems = {},
): string {
  return page(
    'New article',
    html`<h1>New article</h1>
      <form method="post" action="/articles" class="update" data-publish-form>
        ${formErrors(problems)} ${textField('Headline', 'title', values.title, problems)}
        ${textField('Summary (one or two sentences)', 'summary', values.summary, problems)}
        ${checkbox('Live coverage', 'live', values.live, problems)}
        <div class="buttons"><button>Publish article</button></div>
      </form>`,
  );
}

export async function postArticle(ctx: DeskContext, form: URLSearchParams): Promise<Reply> {
  const values = {
    title: form.get('title') ?? '',
    summary: form.get('summary') ?? '',
    live: form.get('live') === 'true',
  };
  let slug = '';
  const result = await publishChange(ctx.publisher, {
    root: ctx.root,
    get slug() {
      return slug;
    },
    path: () => join(ctx.contentDir, 'articles', slug, 'index.md'),
    write: async () => {
      ({ slug } = await createArticle(
        ctx.contentDir,
        values.title,
        { live: values.live, summary: values.summary },
        readNow(),
      ));
    },
    undo: () => rm(join(ctx.contentDir, 'articles', slug), { recursive: true, force: true }),
  });
  if (result.ok) return { redirect: `/articles/${slug}/?notice=online` };
  return { status: result.status, html: showNewArticle(values, result.problems) };
}
