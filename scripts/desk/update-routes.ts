// The edit screen of one update and what its forms send: save (a correction once it is
// online), publish a draft, retract. Each is refused when the file changed since it was
// opened (its hash), so two editors never overwrite each other.
import { basename } from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { readNow } from '../../src/loaders/news-now.ts';
import { removeField } from '../../src/scaffold/front-matter-edit.ts';
import { correctUpdate, replaceFile, retractUpdate } from '../../src/scaffold/edit-files.ts';
import type { Reply } from './article-routes.ts';
import { authorsOf, readTree, type DeskContext } from './desk-context.ts';
import { DeskRefusal, hashText, readForEdit, updateFile } from './desk-files.ts';
import { editScreen } from './edit-screen.ts';
import type { FieldProblems } from './field-problems.ts';
import { previewUpdate } from './update-preview.ts';
import { textWarnings } from './text-warnings.ts';
import { publishChange, warningQuery } from './publish-change.ts';
import type { UpdateValues } from './update-form.ts';
import { applyValues, valuesFromFile, valuesFromForm } from './update-values.ts';
import { noticeFrom } from './article-routes.ts';

export const STALE =
  'This update was changed since you opened it (by someone else, or in another tab); nothing was saved. Open it again to see the changes.';

interface Shown {
  values?: UpdateValues;
  problems?: FieldProblems;
  retractProblems?: FieldProblems;
  preview?: string;
}

export async function showUpdate(
  ctx: DeskContext,
  slug: string,
  name: string,
  query: URLSearchParams,
  shown: Shown = {},
) {
  const path = await updateFile(ctx.contentDir, slug, name);
  const { text, hash } = await readForEdit(path);
  const file = valuesFromFile(text, hash);
  const tree = await readTree(ctx);
  return editScreen({
    slug,
    name,
    articleTitle: tree.articles.find((a) => a.slug === slug)?.data.title ?? slug,
    draft: file.draft,
    retracted: file.retracted,
    form: {
      values: shown.values ?? file,
      problems: shown.problems ?? {},
      preview: shown.preview ?? (await previewUpdate(ctx, slug, shown.values ?? file, path)),
      warnings: textWarnings((shown.values ?? file).body),
      authors: authorsOf(tree),
    },
    retractProblems: shown.retractProblems ?? {},
    notice: noticeFrom(slug, query),
  });
}

export async function postEdit(
  ctx: DeskContext,
  slug: string,
  name: string,
  form: URLSearchParams,
): Promise<Reply> {
  const path = await updateFile(ctx.contentDir, slug, name);
  const values = valuesFromForm(form);
  const action = form.get('action');
  const again = async (status: number, shown: Shown) => ({
    status,
    html: await showUpdate(ctx, slug, name, new URLSearchParams(), shown),
  });
  if (action === 'preview')
    return again(200, { values, preview: await previewUpdate(ctx, slug, values, path) });
  const before = await readFile(path, 'utf8');
  if (form.get('hash') !== hashText(before))
    return again(
      409,
      action === 'retract'
        ? { retractProblems: { reason: [STALE] } }
        : { values, problems: { form: [STALE] } },
    );
  const file = valuesFromFile(before, hashText(before));
  const write = async () => {
    if (action === 'retract') {
      await retractUpdate(ctx.contentDir, slug, name, { reason: form.get('reason') ?? '' }, readNow());
      return;
    }
    let after = applyValues(before, values);
    if (action === 'publish-draft') after = removeField(after, 'draft');
    await replaceFile(path, before, after);
    // An edit readers may have read is a correction: `modified` now, and the note if given.
    const changed = values.title !== file.title || values.body.trim() !== file.body;
    if (!file.draft && (changed || values.correction?.trim()))
      await correctUpdate(
        ctx.contentDir,
        slug,
        name,
        { note: values.correction?.trim() || undefined },
        readNow(),
      );
  };
  if (!['retract', 'save', 'publish-draft'].includes(action ?? ''))
    throw new DeskRefusal(400, 'Unknown action.');
  const result = await publishChange(ctx.publisher, {
    root: ctx.root,
    slug,
    path: () => path,
    write,
    undo: () => writeFile(path, before),
  });
  if (result.ok) {
    const notice =
      action === 'retract' ? 'retracted' : action === 'publish-draft' || !file.draft ? 'online' : 'draft';
    const base = action === 'retract' ? `/articles/${slug}/` : `/articles/${slug}/updates/${name}`;
    return {
      redirect: `${base}?notice=${notice === 'online' && !file.draft ? 'saved' : notice}&update=${basename(path)}${warningQuery(result.warnings)}`,
    };
  }
  return again(
    result.status,
    action === 'retract' ? { retractProblems: result.problems } : { values, problems: result.problems },
  );
}
