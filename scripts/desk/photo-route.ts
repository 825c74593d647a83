// "Add photo to the text": the photo is saved (photo-upload.ts) and its Markdown line
// added to the text being written; the form comes back with the preview.
import { showArticle, type Reply } from './article-routes.ts';
import type { DeskContext } from './desk-context.ts';
import { articleFolder } from './desk-files.ts';
import { savePhoto } from './photo-upload.ts';
import { previewUpdate } from './update-preview.ts';
import { valuesFromForm } from './update-values.ts';

export async function postPhoto(
  ctx: DeskContext,
  slug: string,
  form: URLSearchParams,
  files: Map<string, File>,
): Promise<Reply> {
  const folder = await articleFolder(ctx.contentDir, slug);
  const values = valuesFromForm(form);
  const photo = {
    file: files.get('photo'),
    alt: form.get('photoAlt') ?? '',
    caption: form.get('photoCaption') ?? '',
    credit: form.get('photoCredit') ?? '',
  };
  const saved = await savePhoto(folder, photo);
  const body = saved.ok ? `${values.body.trimEnd()}\n\n${saved.markdown}\n`.trimStart() : values.body;
  const shown = {
    values: { ...values, body },
    problems: saved.ok ? {} : saved.problems,
    photo: saved.ok ? undefined : photo,
  };
  const preview = await previewUpdate(ctx, slug, shown.values);
  return {
    status: saved.ok ? 200 : 422,
    html: await showArticle(ctx, slug, new URLSearchParams(), { ...shown, preview }),
  };
}
