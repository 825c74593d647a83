// The preview of an update being written: the article's language and the author's name
// read from their own files (not the whole content, which a keystroke should not wait for),
// the body from the site's pipeline, photos from the desk's photo address (photo-file.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pageLanguage } from '../../src/i18n/language.ts';
import { parseFrontMatter } from '../../src/loaders/front-matter.ts';
import { SLUG_PATTERN } from '../../src/model/update-id.ts';
import { site } from '../../src/site.ts';
import type { DeskContext } from './desk-context.ts';
import { articleFolder } from './desk-files.ts';
import { photoAddress } from './photo-file.ts';
import { previewDocument } from './preview-document.ts';
import { renderPreview } from './preview.ts';
import type { UpdateValues } from './update-form.ts';

/**
 * The whole preview page of `values` as an update of `slug`; `path` is the update's file
 * when it has one (its ids are scoped by the file name, as on the site).
 */
export async function previewUpdate(
  ctx: DeskContext,
  slug: string,
  values: UpdateValues,
  path?: string,
): Promise<string> {
  const folder = await articleFolder(ctx.contentDir, slug);
  const language = pageLanguage(stringField(await frontMatter(join(folder, 'index.md')), 'lang'), site);
  const author = SLUG_PATTERN.test(values.author)
    ? stringField(await frontMatter(join(ctx.contentDir, 'authors', `${values.author}.md`)), 'name')
    : undefined;
  const body = await renderPreview(
    values.body,
    path ?? join(folder, 'updates', 'preview.md'),
    language.words,
    (file) => photoAddress(slug, file),
  );
  return previewDocument({ ...values, language, author, body });
}

async function frontMatter(path: string): Promise<Record<string, unknown>> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const parsed = parseFrontMatter(text);
  return parsed.ok ? parsed.value.data : {};
}

const stringField = (data: Record<string, unknown>, key: string) =>
  typeof data[key] === 'string' ? data[key] : undefined;
