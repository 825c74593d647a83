import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import type { ContentProblem } from './content-problem.ts';

/** Markdown saved under another extension (a word processor's or another tool's habit). */
const OTHER_MARKDOWN = /\.(?:markdown|mdown|mkdn?|md\.txt|txt\.md)$/i;
const UPDATES = 'updates';

/**
 * Files the reader would pass over in an article folder: the editor meant them to be
 * published, so each is an error rather than a silent gap. Photos and other files the
 * article uses are left alone.
 */
export async function findIgnoredFiles(
  folder: string,
  slug: string,
  rel: (path: string) => string,
): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const problem = (path: string, message: string) =>
    problems.push({ file: rel(path), line: 1, field: 'file', message });
  const updates = `content/articles/${slug}/updates/`;
  for (const entry of await entries(folder)) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === UPDATES) {
        for (const inner of await entries(path)) {
          const innerPath = join(path, inner.name);
          if (inner.isFile() && OTHER_MARKDOWN.test(inner.name))
            problem(innerPath, `is not read: only .md files are; rename it to ${asMd(inner.name)}`);
          else if (inner.isDirectory() && (await holdsMarkdown(innerPath)))
            problem(
              innerPath,
              `holds Markdown files that are not read; put each update directly in ${updates}`,
            );
        }
      } else if (distance(entry.name.toLowerCase(), UPDATES) <= 2) {
        problem(
          path,
          `is not read: the updates folder must be named exactly "updates"; rename it to ${updates}`,
        );
      } else if (await holdsMarkdown(path)) {
        problem(path, `holds Markdown files that are not read; put updates in ${updates}`);
      }
      continue;
    }
    if (!entry.isFile() || entry.name === 'index.md') continue;
    if (/^index\./i.test(entry.name) && isMarkdown(entry.name)) {
      problem(path, `is not read: the article must be in index.md (lowercase, .md); rename it to index.md`);
    } else if (isMarkdown(entry.name)) {
      problem(path, `is not read: an update must be in ${updates}; move it there (as ${asMd(entry.name)})`);
    }
  }
  return problems;
}

const holdsMarkdown = async (dir: string) =>
  (await entries(dir)).some((inner) => inner.isFile() && isMarkdown(inner.name));
const isMarkdown = (name: string) => /\.md$/i.test(name) || OTHER_MARKDOWN.test(name);
const asMd = (name: string) => name.replace(OTHER_MARKDOWN, '.md');

async function entries(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch {
    return [];
  }
}
