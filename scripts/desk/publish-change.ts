// Every change the desk makes ends the same way: the article is published through the
// publisher, which runs the content checks first. When they refuse, the change is undone
// (the file removed or its old text put back), so nothing is left that breaks a build.
import { relative, sep } from 'node:path';
import { ContentError } from '../../src/loaders/content-problem.ts';
import { ScaffoldError } from '../../src/scaffold/new-files.ts';
import type { Publisher } from '../publisher/publisher.ts';
import { DeskRefusal } from './desk-files.ts';
import { placeProblems, type FieldProblems } from './field-problems.ts';
import { placeScaffoldError } from './scaffold-words.ts';
import { warningsOf } from './text-warnings.ts';

export type ChangeResult =
  /** `warnings`: what the build would warn about in the written file, in the desk's words. */
  { ok: true; warnings: string[] } | { ok: false; status: number; problems: FieldProblems };

export interface Change {
  root: string;
  slug: string;
  /** The file the change writes, for placing the check's problems at the form's fields. */
  path?: () => string | undefined;
  /** Makes the change on disk. */
  write: () => Promise<void>;
  /** Undoes it after a refusal (nothing to undo when the write itself failed). */
  undo: () => Promise<void>;
}

export async function publishChange(publisher: Publisher, change: Change): Promise<ChangeResult> {
  try {
    await change.write();
  } catch (error) {
    return refused(error);
  }
  try {
    const report = await publisher.publish(change.slug);
    return { ok: true, warnings: warningsOf(report.warnings, fileOf(change)) };
  } catch (error) {
    // The checks run before anything is published: undone, the site is as it was.
    await change.undo();
    if (!(error instanceof ContentError)) throw error;
    return { ok: false, status: 422, problems: placeProblems(error.problems, fileOf(change)) };
  }
}

/** The written file as the checks name it ("content/articles/x/updates/y.md"). */
function fileOf(change: Change): string {
  const path = change.path?.();
  return path ? relative(change.root, path).split(sep).join('/') : '';
}

/** The redirect's query for the warnings of a publish (noticeFrom shows them). */
export const warningQuery = (warnings: readonly string[]) =>
  warnings.map((w) => `&warning=${encodeURIComponent(w)}`).join('');

/** A scaffold refusal ("a key event needs a headline") goes to the field it names. */
function refused(error: unknown): ChangeResult {
  if (error instanceof DeskRefusal)
    return { ok: false, status: error.status, problems: { form: [error.message] } };
  if (!(error instanceof ScaffoldError)) throw error;
  return { ok: false, status: 422, problems: placeScaffoldError(error) };
}
