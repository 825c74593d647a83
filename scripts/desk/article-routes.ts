// The article screen and what its forms send: a new update (publish, draft, preview),
// ending or reopening coverage.
import { basename } from 'node:path';
import { rm } from 'node:fs/promises';
import { readNow } from '../../src/loaders/news-now.ts';
import { formatNewsTime } from '../../src/model/format-time.ts';
import { toNewsTime } from '../../src/model/news-time.ts';
import { createUpdate } from '../../src/scaffold/new-files.ts';
import { site } from '../../src/site.ts';
import { articleScreen, type ArticleScreenView } from './article-screen.ts';
import { authorsOf, permalinkOf, readTree, type DeskContext } from './desk-context.ts';
import { articleFolder, DeskRefusal } from './desk-files.ts';
import type { FieldProblems } from './field-problems.ts';
import type { PhotoFields } from './photo-upload.ts';
import { postPhoto } from './photo-route.ts';
import { previewUpdate } from './update-preview.ts';
import { textWarnings } from './text-warnings.ts';
import { publishChange, warningQuery } from './publish-change.ts';
import { EMPTY_UPDATE, type UpdateValues } from './update-form.ts';
import { valuesFromForm } from './update-values.ts';

export type Reply =
  | { status: number; html: string }
  | { redirect: string }
  /** A file: the preview's photos, the site's stylesheet. */
  | { status: number; type: string; body: string | Buffer };

const NOTICES: Record<string, string> = {
  online: 'Online',
  draft: 'Draft saved (not published)',
  saved: 'Correction online',
  retracted: 'Retracted; readers see the note',
  ended: 'Coverage ended',
  reopened: 'Coverage reopened',
};

export async function showArticle(
  ctx: DeskContext,
  slug: string,
  query: URLSearchParams,
  form: { values: UpdateValues; problems: FieldProblems; preview?: string; photo?: PhotoFields } = {
    values: EMPTY_UPDATE,
    problems: {},
  },
): Promise<string> {
  await articleFolder(ctx.contentDir, slug);
  const tree = await readTree(ctx);
  const article = tree.articles.find((a) => a.slug === slug);
  if (!article) throw new DeskRefusal(404, `The article ${slug} cannot be read; run npm run check:content.`);
  const zone = article.data.timeZone ?? site.timeZone;
  const updates = tree.updates
    .filter((u) => u.article === slug)
    .map((u) => ({ u, time: formatNewsTime(toNewsTime(u.data.time), zone, site.locale, site.clock) }))
    .sort((a, b) => b.time.epochMs - a.time.epochMs)
    .map(({ u, time }) => ({
      name: u.fileName,
      title: u.data.title ?? '',
      time: time.label,
      marks: [
        u.data.draft && 'Draft',
        u.data.pinned && 'Pinned',
        u.data.keyEvent && 'Key event',
        u.data.retracted && 'Retracted',
      ].filter((m): m is string => typeof m === 'string'),
    }));
  return articleScreen({
    slug,
    title: article.data.title,
    coverage: article.data.status ?? 'article',
    zone,
    updates,
    form: {
      ...form,
      preview: form.preview ?? (await previewUpdate(ctx, slug, form.values)),
      warnings: textWarnings(form.values.body),
      authors: authorsOf(tree),
    },
    notice: noticeFrom(slug, query),
  });
}

/** "?notice=online&update=<file>": the notice after a redirect, with the update's permalink. */
export function noticeFrom(slug: string, query: URLSearchParams): ArticleScreenView['notice'] {
  const text = NOTICES[query.get('notice') ?? ''];
  if (!text) return undefined;
  const update = query.get('update');
  const online = ['online', 'saved'].includes(query.get('notice')!);
  return {
    text,
    url: update && online ? permalinkOf(slug, basename(update)) : undefined,
    warnings: query.getAll('warning'),
  };
}

export async function postUpdate(
  ctx: DeskContext,
  slug: string,
  form: URLSearchParams,
  files: Map<string, File> = new Map(),
): Promise<Reply> {
  await articleFolder(ctx.contentDir, slug);
  const values = valuesFromForm(form);
  const action = form.get('action');
  if (action === 'photo') return postPhoto(ctx, slug, form, files);
  if (action === 'preview') {
    const preview = await previewUpdate(ctx, slug, values);
    return {
      status: 200,
      html: await showArticle(ctx, slug, new URLSearchParams(), { values, problems: {}, preview }),
    };
  }
  const draft = action === 'draft';
  let path: string | undefined;
  const result = await publishChange(ctx.publisher, {
    root: ctx.root,
    slug,
    path: () => path,
    write: async () => {
      const options = {
        title: values.title || undefined,
        author: values.author || undefined,
        body: values.body,
      };
      path = (await createUpdate(ctx.contentDir, slug, { ...options, ...flags(values), draft }, readNow()))
        .path;
    },
    undo: async () => {
      if (path) await rm(path, { force: true });
    },
  });
  if (result.ok)
    return {
      redirect: `/articles/${slug}/?notice=${draft ? 'draft' : 'online'}&update=${basename(path!)}${warningQuery(result.warnings)}`,
    };
  return {
    status: result.status,
    html: await showArticle(ctx, slug, new URLSearchParams(), { values, problems: result.problems }),
  };
}

const flags = (v: UpdateValues) => ({ keyEvent: v.keyEvent || undefined, pinned: v.pinned || undefined });

export async function postPreview(ctx: DeskContext, slug: string, form: URLSearchParams): Promise<Reply> {
  const values = valuesFromForm(form);
  const page = await previewUpdate(ctx, slug, values);
  return {
    status: 200,
    type: 'application/json; charset=utf-8',
    body: JSON.stringify({ page, warnings: textWarnings(values.body) }),
  };
}
