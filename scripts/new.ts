// `npm run new -- article "Title"`, `npm run new -- update <article-slug>` and
// `npm run new -- author <id>`: start a correctly named, correctly timed Markdown file
// so editors only write the text.
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirFor } from '../src/loaders/content-dir.ts';
import { NowError, parseNow, readNow } from '../src/loaders/news-now.ts';
import { createAuthor } from '../src/scaffold/new-author.ts';
import { createArticle, createUpdate, ScaffoldError } from '../src/scaffold/new-files.ts';
import { describeOptionError, describeSwallowed, swallowedOptions } from './cli/option-errors.ts';

const HELP = `Start a new article, a new live update or a new author in content/.

Usage:
  npm run new -- article "Headline" [--live] [--summary "..."] [--author id]... [--slug address] [--draft]
  npm run new -- update <article-slug> [--title "..."] [--author id] [--key-event] [--pin] [--draft]
  npm run new -- author <id> --name "Anna Peeters" --role "Brussels correspondent" [--url https://...]

article   creates content/articles/<slug>/index.md; the slug (the web address) comes from the
          headline, e.g. "Flooding in Liège" -> flooding-in-liege. An existing slug is refused.
update    creates content/articles/<slug>/updates/<date>-<hhmm>-<headline>.md, timed now in the
          article's time zone with its offset, e.g. time: 2024-03-31T14:15:07+02:00.
author    creates content/authors/<id>.md; the id (lowercase, hyphens) is what bylines use.

Options:
  --title "..."     headline of the update (also names the file)
  --author id       author id from content/authors/<id>.md (an article may list several)
  --key-event       list the update under "Key events" (needs --title)
  --pin             pin the update above the others
  --draft           keep it out of the published site (npm run dev shows it marked DRAFT)
  --live            (article) start live coverage: status: live
  --summary "..."   (article) the standfirst
  --slug address    (article) choose the web address instead of deriving it
  --name "..."      (author) the name printed in bylines
  --role "..."      (author) the job title shown on the author page
  --url address     (author) the author's own page elsewhere (optional)
  --now time        pretend the time is this date-time with offset (also NEWS_NOW=...)
  -h, --help        show this help

Nothing is ever overwritten. Then write the text below the front matter, and check with
npm run check:content (or watch npm run dev).`;

const options = {
  title: { type: 'string' },
  author: { type: 'string', multiple: true },
  'key-event': { type: 'boolean' },
  pin: { type: 'boolean' },
  draft: { type: 'boolean' },
  live: { type: 'boolean' },
  summary: { type: 'string' },
  slug: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  url: { type: 'string' },
  now: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function fail(message: string, code: number): never {
  console.error(`npm run new: ${message}`);
  process.exit(code);
}

const optionNames = Object.keys(options);
const swallowed = swallowedOptions(optionNames);
if (swallowed.length > 0) fail(describeSwallowed('new', swallowed), 2);
let parsed;
try {
  parsed = parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true });
} catch (error) {
  fail(
    `${describeOptionError(error as Error, optionNames)}\nRun "npm run new -- --help" for the options.`,
    2,
  );
}
const { values, positionals } = parsed;
const [command, subject, ...extra] = positionals;
if (values.help || !command) {
  console.log(HELP);
  process.exit(command || values.help ? 0 : 2);
}

const root = resolve(import.meta.dirname, '..');
const contentDir = contentDirFor(root);
const show = (path: string) => relative(process.cwd(), path) || path;

try {
  const now = values.now === undefined ? readNow() : parseNow(values.now, '--now');
  if (extra.length > 0) fail(`unexpected "${extra.join(' ')}"; put a title with spaces in quotes`, 2);
  const authors = values.author ?? [];
  if (command === 'article') {
    if (!subject) fail('give the headline: npm run new -- article "Headline"', 2);
    const { path } = await createArticle(
      contentDir,
      subject,
      { slug: values.slug, live: values.live, summary: values.summary, authors, draft: values.draft },
      now,
    );
    console.log(`Created ${show(path)}\nWrite the introduction below the front matter (optional).`);
  } else if (command === 'update') {
    if (!subject) fail('give the article: npm run new -- update <article-slug> --title "..."', 2);
    if (authors.length > 1) fail('an update has one --author', 2);
    const { path, time } = await createUpdate(
      contentDir,
      subject,
      {
        title: values.title,
        author: authors[0],
        keyEvent: values['key-event'],
        pinned: values.pin,
        draft: values.draft,
      },
      now,
    );
    console.log(`Created ${show(path)} (time: ${time})\nWrite the update below the front matter and save.`);
  } else if (command === 'author') {
    if (!subject) fail('give the author id: npm run new -- author anna-peeters --name "..." --role "..."', 2);
    const { path } = await createAuthor(contentDir, subject, values);
    console.log(`Created ${show(path)}\nAdd a short biography below the front matter (optional).`);
  } else {
    fail(`unknown command "${command}"; use article, update or author (see --help)`, 2);
  }
} catch (error) {
  if (error instanceof ScaffoldError || error instanceof NowError) {
    fail(error.message, 1);
  }
  throw error;
}
