// The content check's problems, placed next to the desk's form fields they concern.
import { formatProblem, type ContentProblem } from '../../src/loaders/content-problem.ts';

/** Form field -> messages; `form` holds what no single field explains. */
export type FieldProblems = Record<string, string[]>;

/** Front-matter fields (and `body`) as the update form names them. */
const FORM_FIELDS: Record<string, string> = {
  title: 'title',
  author: 'author',
  keyEvent: 'keyEvent',
  pinned: 'pinned',
  body: 'body',
  correction: 'correction',
  modified: 'correction',
  retractionReason: 'reason',
  retracted: 'reason',
};

/**
 * `file`: the written file as problems name it ("content/articles/x/updates/y.md"). Its
 * problems go to their field ("is required for a key event..."); problems of other files
 * keep their whole "path:line: field: message" line.
 */
export function placeProblems(problems: readonly ContentProblem[], file: string): FieldProblems {
  const placed: FieldProblems = {};
  for (const problem of problems) {
    const field = problem.file === file ? (FORM_FIELDS[problem.field] ?? 'form') : 'form';
    const text =
      problem.file === file && field !== 'form'
        ? `${problem.field === 'body' ? 'In the text:' : problem.field} ${problem.message}`
        : formatProblem(problem);
    (placed[field] ??= []).push(text);
  }
  return placed;
}
