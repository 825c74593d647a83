// Scheduled updates (`scheduled: true`, a time to come) go online at their time with no one
// at the keyboard: the long-lived publisher looks at content/ every few seconds and publishes
// an article as soon as one of its scheduled updates is due. `npm run publish` also names
// the updates still waiting (describeWaiting).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFrontMatter } from '../../src/loaders/front-matter.ts';
import { formatNewsTime } from '../../src/model/format-time.ts';
import { parseNewsTime, toNewsTime } from '../../src/model/news-time.ts';
import { timeBounds } from '../../src/model/time-bounds.ts';
import { isTimeZone } from '../../src/model/time-zone.ts';
import { formatZonedDateTime } from '../../src/model/zoned-now.ts';
import { site } from '../../src/site.ts';

/** One scheduled update not yet due when it was first seen. */
export interface ScheduledUpdate {
  slug: string;
  /** File name in the article's updates/ folder. */
  file: string;
  /** The time as written, and the instant it means in the article's zone. */
  time: string;
  epochMs: number;
  zone: string;
}

interface Parsed {
  stamp: string;
  data: Record<string, unknown> | undefined;
}

/** Front matter by path, read again only when the file's size or time changed: content/ is read often. */
const cache = new Map<string, Parsed>();

async function frontMatter(path: string): Promise<Record<string, unknown> | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return undefined;
  const stamp = `${info.mtimeMs}:${info.size}`;
  const known = cache.get(path);
  if (known?.stamp === stamp) return known.data;
  const parsed = parseFrontMatter(await readFile(path, 'utf8').catch(() => ''));
  const data = parsed.ok ? parsed.value.data : undefined;
  cache.set(path, { stamp, data });
  return data;
}

/** The scheduled updates of one article (none in a draft article), in time order. */
export async function listScheduled(contentDir: string, slug: string): Promise<ScheduledUpdate[]> {
  const articleDir = join(contentDir, 'articles', slug);
  const article = await frontMatter(join(articleDir, 'index.md'));
  if (!article || article.draft === true) return [];
  const zone =
    typeof article.timeZone === 'string' && isTimeZone(article.timeZone) ? article.timeZone : site.timeZone;
  const files = await readdir(join(articleDir, 'updates')).catch(() => [] as string[]);
  const found: ScheduledUpdate[] = [];
  for (const file of files.filter((name) => name.endsWith('.md'))) {
    const data = await frontMatter(join(articleDir, 'updates', file));
    if (!data || data.scheduled !== true || data.draft === true || data.retracted !== undefined) continue;
    const time = data.time;
    if (typeof time !== 'string' || !parseNewsTime(time).ok) continue;
    found.push({ slug, file, time, epochMs: timeBounds(time, zone).earliest, zone });
  }
  return found.sort((a, b) => a.epochMs - b.epochMs || a.file.localeCompare(b.file));
}

/** "1 update scheduled for 14:00 CET" (the date too when it is not today), or nothing. */
export async function describeWaiting(
  contentDir: string,
  slug: string,
  now: number,
): Promise<string | undefined> {
  const waiting = (await listScheduled(contentDir, slug)).filter((u) => u.epochMs > now);
  if (waiting.length === 0) return undefined;
  const when = waiting.map((u) => {
    const time = formatNewsTime(toNewsTime(u.time), u.zone, site.locale);
    const today = formatZonedDateTime(now, u.zone).slice(0, 10);
    return time.day === today ? time.short : time.label;
  });
  const count = waiting.length === 1 ? '1 update' : `${waiting.length} updates`;
  return `Waiting: ${count} of ${slug} scheduled for ${[...new Set(when)].join(', ')} (${waiting.map((u) => u.file).join(', ')}).`;
}

export interface ScheduleOptions {
  contentDir: string;
  /** Publishes one article, as `npm run publish -- <slug>` does through the publisher. */
  publish: (slug: string) => Promise<unknown>;
  log: (line: string) => void;
  now?: () => number;
  /** How often content/ is looked at for new or changed scheduled updates. */
  intervalMs?: number;
}

export interface ScheduleWatch {
  /** Looks at content/ now and publishes what is due; resolves when those publishes are done. */
  check(): Promise<void>;
  stop(): void;
}

/**
 * Publishes each article when one of its scheduled updates comes due. Updates already due
 * when the watch starts are online (the publisher's build included them); each due update
 * is published once, whether or not the publish succeeds (its error is logged instead).
 */
export function watchSchedule(options: ScheduleOptions): ScheduleWatch {
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 10_000;
  const done = new Set<string>();
  const key = (u: ScheduledUpdate) => `${u.slug}/${u.file}@${u.epochMs}`;
  let first = true;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;

  async function scan(): Promise<void> {
    // The time the look began: what was due then is what this look publishes.
    const at = now();
    const slugs = await readdir(join(options.contentDir, 'articles')).catch(() => [] as string[]);
    const all = (await Promise.all(slugs.map((slug) => listScheduled(options.contentDir, slug)))).flat();
    const due = all.filter((u) => u.epochMs <= at && !done.has(key(u)));
    for (const u of due) done.add(key(u));
    if (!first) {
      for (const slug of new Set(due.map((u) => u.slug))) {
        const files = due.filter((u) => u.slug === slug).map((u) => u.file);
        options.log(`Scheduled update due (${files.join(', ')}): publishing ${slug}...`);
        try {
          await options.publish(slug);
          options.log(`Online: ${slug}, with its scheduled update.`);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          options.log(
            `Publishing ${slug} at its scheduled time failed:\n${reason}\nFix it, then: npm run publish -- ${slug}`,
          );
        }
      }
    }
    first = false;
    const next = Math.min(...all.filter((u) => u.epochMs > now()).map((u) => u.epochMs));
    // On time to the second for updates already seen; new files are noticed within the interval.
    arm(Math.max(0, Math.min(interval, next - now() + 50)));
  }

  function arm(delay: number) {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void check(), delay);
  }

  function check(): Promise<void> {
    running ??= scan().finally(() => (running = undefined));
    return running;
  }

  void check();
  return {
    check,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
