/** One thing wrong in `content/`, located precisely enough for an editor to fix it. */
export interface ContentProblem {
  /** Path relative to the project, e.g. "content/articles/x/updates/y.md". */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  /** The front-matter field, or "file" for problems with the file itself. */
  field: string;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}: ${p.field}: ${p.message}`;
}

/** A warning reads like an error, marked, so the editor can tell which ones stop a publish. */
export function formatWarning(p: ContentProblem): string {
  return `${p.file}:${p.line}: warning: ${p.field}: ${p.message}`;
}

/** By file, then line: the order an editor fixes them in. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/** "content/ has 2 problems; <outcome>:" then one line per problem, in the order to fix them. */
export function describeProblems(problems: readonly ContentProblem[], outcome: string): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `content/ has ${count}; ${outcome}:\n${sortProblems(problems).map(formatProblem).join('\n')}`;
}

/** Thrown by the build when content has problems; its message lists every one of them. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(describeProblems(problems, 'nothing was published'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
