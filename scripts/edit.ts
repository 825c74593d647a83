// npm run correct | retract | end | reopen: the newsroom's edits of a published article,
// each one command that changes the front matter exactly as an editor would by hand.
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirFor } from '../src/loaders/content-dir.ts';
import { NowError, parseNow, readNow } from '../src/loaders/news-now.ts';
import {
  correctUpdate,
  endCoverage,
  reopenCoverage,
  retractUpdate,
  type EditResult,
} from '../src/scaffold/edit-files.ts';
import { ScaffoldError } from '../src/scaffold/new-files.ts';

const HELP = `Edit published live coverage; then publish: npm run publish -- <article>.

Usage:
  npm run correct -- <article> <update> [--note "An earlier version gave the wrong toll."]
  npm run retract -- <article> <update> --reason "It named a person protected by a court order."
  npm run end -- <article>
  npm run reopen -- <article>

<update> is the update's file name in updates/ (with or without .md) or its id (update-...),
as in its link. Tab completion works: content/articles/<article>/updates/<file>.md alone is enough.

correct   sets modified to now ("Updated 16:05 CET"); --note adds the correction note.
retract   replaces the update for readers with "This update was removed at 16:05: <reason>";
          its link keeps working, feeds and search engines drop it.
end       status: ended and ended: now; open pages stop checking for updates.
reopen    status: live again, ended removed.

Options:
  --note "..."      (correct) the correction note readers see under the update
  --reason "..."    (retract) why it was removed, shown to readers
  --now time        pretend the time is this date-time with offset (also NEWS_NOW=...)
  -h, --help        show this help

Times are written in the article's time zone, with its offset. Only the fields named above
change: your comments, quotes and the text stay as they are.`;

const options = {
  note: { type: 'string' },
  reason: { type: 'string' },
  now: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function fail(message: string, code: number): never {
  console.error(`npm run ${process.argv[2] ?? 'edit'}: ${message}`);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({ args: process.argv.slice(3), options, allowPositionals: true, strict: true });
} catch (error) {
  fail(`${(error as Error).message}\nRun "npm run ${process.argv[2]} -- --help" for the options.`, 2);
}
const action = process.argv[2] ?? '';
const { values, positionals } = parsed;
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const root = resolve(import.meta.dirname, '..');
const contentDir = contentDirFor(root);
const show = (path: string) => relative(process.cwd(), path) || path;
const PATH = /(?:^|\/)articles\/([^/]+)\/(?:updates\/([^/]+))?\/?$/;

/** `<article> <update>`, or one path to the file (tab completion) or to the article folder. */
function target(wantUpdate: boolean): [string, string] {
  const [first = '', second, ...extra] = positionals;
  const fromPath = positionals.length === 1 ? PATH.exec(first.replace(/\/index\.md$/, '')) : null;
  const slug = fromPath?.[1] ?? first;
  const update = fromPath?.[2] ?? second ?? '';
  const usage = wantUpdate ? `npm run ${action} -- <article> <update>` : `npm run ${action} -- <article>`;
  if (!slug || (wantUpdate && !update))
    fail(`give the ${wantUpdate ? 'article and the update' : 'article'}: ${usage}`, 2);
  if (extra.length > 0 || (!wantUpdate && second !== undefined))
    fail(
      `unexpected "${positionals.slice(wantUpdate ? 2 : 1).join(' ')}"; put a note with spaces in quotes`,
      2,
    );
  return [slug, update];
}

try {
  const now = values.now === undefined ? readNow() : parseNow(values.now, '--now');
  let result: EditResult;
  let done: string;
  if (action === 'correct') {
    const [slug, update] = target(true);
    result = await correctUpdate(contentDir, slug, update, { note: values.note }, now);
    done = `modified: ${result.time}${values.note ? ' and the correction note' : ''}`;
  } else if (action === 'retract') {
    const [slug, update] = target(true);
    result = await retractUpdate(contentDir, slug, update, { reason: values.reason }, now);
    done = `retracted: ${result.time}; readers will see only the removal note`;
  } else if (action === 'end') {
    result = await endCoverage(contentDir, target(false)[0], now);
    done = `status: ended, ended: ${result.time}`;
  } else if (action === 'reopen') {
    result = await reopenCoverage(contentDir, target(false)[0]);
    done = 'status: live, ended removed';
  } else {
    fail(`unknown action "${action}"; use correct, retract, end or reopen`, 2);
  }
  const slug = show(result.path).split('/articles/')[1]?.split('/')[0] ?? '<article>';
  console.log(`Changed ${show(result.path)}: ${done}.\nPut it online: npm run publish -- ${slug}`);
} catch (error) {
  if (error instanceof ScaffoldError || error instanceof NowError) fail(error.message, 1);
  throw error;
}
