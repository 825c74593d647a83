// The publisher's terminal says what each publish did, so an editor watching it sees
// every story go out (or be refused) without switching to the other terminal.
import type { PublishReport } from './publisher.ts';

const clock = (at: Date) => at.toTimeString().slice(0, 8);
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "14:05:07 moscow online: 2 updates new or changed (update-a, update-b); 14 files written, 0.8 s." */
export function describePublish(report: PublishReport, at = new Date()): string {
  // An update's permalink page changes when it is new, edited or moved to an older page.
  const permalink = new RegExp(`^articles/${report.slug}/updates/([^/]+)/index\\.html$`);
  const updates = report.written.flatMap((path) => permalink.exec(path.replace(/^\/+/, ''))?.[1] ?? []);
  const how = report.how === 'kept' ? '' : ` (a new build: ${report.why})`;
  const what = updates.length
    ? `${count(updates.length, 'update')} new or changed (${updates.join(', ')})`
    : 'no update new or changed';
  return (
    `${clock(at)} ${report.slug} online${how}: ${what}; ${count(report.written.length, 'file')} written, ` +
    `${report.removed.length} removed, ${report.seconds.toFixed(1)} s.`
  );
}

/** "14:05:07 moscow refused: <the problems>" (the client prints the same). */
export function describeRefusal(slug: string, message: string, at = new Date()): string {
  return `${clock(at)} ${slug} not published: ${message}`;
}
