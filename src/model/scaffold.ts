import { stringify } from 'yaml';
import { slugify } from './slugify.ts';
import { formatFileStamp } from './zoned-now.ts';

/** Front-matter values the `new update` command writes; unset flags are left out of the file. */
export interface NewUpdateFields {
  time: string;
  title?: string;
  author?: string;
  keyEvent?: boolean;
  pinned?: boolean;
  draft?: boolean;
}

/** Front-matter values the `new article` command writes. */
export interface NewArticleFields {
  title: string;
  published: string;
  status?: 'live';
  summary?: string;
  authors?: string[];
  draft?: boolean;
}

/** "2024-03-31-1415-rescue-teams-arrive.md": the minute in the article's zone, then the headline. */
export function updateFileName(epochMs: number, zone: string, title?: string): string {
  const slug = title ? slugify(title) : '';
  return `${formatFileStamp(epochMs, zone)}${slug ? `-${slug}` : ''}.md`;
}

/** A Markdown file with the given front matter and an empty body, ready for the editor to write in. */
export function markdownWithFrontMatter(fields: object): string {
  const present = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined && value !== false),
  );
  // The core schema keeps dates as the text written, as the content reader does.
  return `---\n${stringify(present, { schema: 'core', lineWidth: 0 })}---\n\n`;
}

export function updateFileText(fields: NewUpdateFields): string {
  return markdownWithFrontMatter(fields);
}

export function articleFileText(fields: NewArticleFields): string {
  const { authors, ...rest } = fields;
  return markdownWithFrontMatter({ ...rest, authors: authors?.length ? authors : undefined });
}

/** Front-matter values the `new author` command writes. */
export interface NewAuthorFields {
  name: string;
  role: string;
  url?: string;
}

export function authorFileText(fields: NewAuthorFields): string {
  return markdownWithFrontMatter(fields);
}
