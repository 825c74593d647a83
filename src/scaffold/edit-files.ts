// The newsroom's edits as commands: correct, retract, end, reopen. Each changes only the
// front-matter fields a careful editor would change by hand (front-matter-edit.ts keeps
// every other byte), times written now in the article's zone with its offset.
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseFrontMatter } from '../loaders/front-matter.ts';
import { closestMatches } from '../model/closest.ts';
import { parseNewsTime } from '../model/news-time.ts';
import { timeBounds } from '../model/time-bounds.ts';
import { updateIdFromFileName } from '../model/update-id.ts';
import { formatZonedDateTime } from '../model/zoned-now.ts';
import { removeField, setField } from './front-matter-edit.ts';
import { articleZone, requireArticle, ScaffoldError } from './new-files.ts';

export interface EditResult {
  path: string;
  /** The time written (modified, retracted or ended), in the article's zone. */
  time?: string;
}

/** Marks an update as edited now (`modified`) and, with a note, explains the correction. */
export async function correctUpdate(
  contentDir: string,
  slug: string,
  update: string,
  options: { note?: string },
  now: number,
): Promise<EditResult> {
  const note = options.note?.trim();
  if (options.note !== undefined && !note)
    throw new ScaffoldError('--note is empty; write the correction note');
  return editUpdate(contentDir, slug, update, now, (text, time) => {
    const edited = setField(text, 'modified', time);
    return note ? setField(edited, 'correction', note, 'modified') : edited;
  });
}

/** Retracts an update: readers see "This update was removed at HH:MM: <reason>" instead of it. */
export async function retractUpdate(
  contentDir: string,
  slug: string,
  update: string,
  options: { reason?: string },
  now: number,
): Promise<EditResult> {
  const reason = options.reason?.trim();
  if (!reason) throw new ScaffoldError('give the reason readers will see: --reason "..."');
  return editUpdate(contentDir, slug, update, now, (text, time) =>
    setField(setField(text, 'retracted', time), 'retractionReason', reason, 'retracted'),
  );
}

/** Ends live coverage now: `status: ended` and `ended`. */
export async function endCoverage(contentDir: string, slug: string, now: number): Promise<EditResult> {
  const path = join(await requireArticle(contentDir, slug), 'index.md');
  const text = await readFile(path, 'utf8');
  const status = frontMatterOf(text, `articles/${slug}/index.md`).status;
  if (status === 'ended')
    throw new ScaffoldError(`${slug} has already ended; to reopen it: npm run reopen -- ${slug}`);
  if (status !== 'live')
    throw new ScaffoldError(`${slug} is not live coverage (no status: live); nothing to end`);
  const time = formatZonedDateTime(now, await articleZone(path));
  await replaceFile(path, text, setField(setField(text, 'status', 'ended'), 'ended', time, 'status'));
  return { path, time };
}

/** Reopens ended coverage: `status: live` again, `ended` removed. */
export async function reopenCoverage(contentDir: string, slug: string): Promise<EditResult> {
  const path = join(await requireArticle(contentDir, slug), 'index.md');
  const text = await readFile(path, 'utf8');
  if (frontMatterOf(text, `articles/${slug}/index.md`).status !== 'ended') {
    throw new ScaffoldError(`${slug} has not ended (no status: ended); nothing to reopen`);
  }
  await replaceFile(path, text, removeField(setField(text, 'status', 'live'), 'ended'));
  return { path };
}

async function editUpdate(
  contentDir: string,
  slug: string,
  update: string,
  now: number,
  change: (text: string, time: string) => string,
): Promise<EditResult> {
  const articleDir = await requireArticle(contentDir, slug);
  const path = await findUpdate(articleDir, slug, update);
  const text = await readFile(path, 'utf8');
  const shown = `updates/${basename(path)}`;
  const data = frontMatterOf(text, `articles/${slug}/${shown}`);
  const zone = await articleZone(join(articleDir, 'index.md'));
  if (data.retracted !== undefined) throw new ScaffoldError(`${shown} was already removed (retracted)`);
  const published = typeof data.time === 'string' && parseNewsTime(data.time).ok ? data.time : undefined;
  if (published && timeBounds(published, zone).earliest > now) {
    throw new ScaffoldError(
      `${shown} is timed ${published}, later than now: it is not online yet, so edit the file itself`,
    );
  }
  const time = formatZonedDateTime(now, zone);
  await replaceFile(path, text, change(text, time));
  return { path, time };
}

/** The update file an editor named: its file name (with or without .md) or its id ("update-..."). */
async function findUpdate(articleDir: string, slug: string, wanted: string): Promise<string> {
  const dir = join(articleDir, 'updates');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.md'));
  const name = wanted.replace(/^#/, '').replace(/\.md$/, '');
  const found = files.find((file) => file === `${name}.md` || updateIdFromFileName(file) === name);
  if (found) return join(dir, found);
  const stems = files.map((file) => file.slice(0, -3));
  const close = closestMatches(name.replace(/^update-/, ''), stems);
  const hint = close.length
    ? `did you mean ${close.join(', ')}?`
    : `its updates are: ${stems.slice(-5).join(', ') || '(none yet)'}`;
  throw new ScaffoldError(`${slug} has no update "${wanted}" in updates/; ${hint}`);
}

/** The file's fields; `shown` is its path under content/, for the message. */
function frontMatterOf(text: string, shown: string): Record<string, unknown> {
  const parsed = parseFrontMatter(text);
  if (!parsed.ok)
    throw new ScaffoldError(`content/${shown}:${parsed.line}: ${parsed.message}; fix it, then try again`);
  return parsed.value.data;
}

/**
 * Writes through a temporary file and a rename, so nobody ever reads half a file; refuses
 * when someone saved the file since it was read (two editors at once), so no change is lost.
 */
export async function replaceFile(path: string, before: string, after: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(temporary, after, { flag: 'wx' });
  try {
    if ((await readFile(path, 'utf8')) !== before) {
      throw new ScaffoldError(
        `${basename(path)} was saved by someone else meanwhile; nothing was changed, run the command again`,
      );
    }
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}
