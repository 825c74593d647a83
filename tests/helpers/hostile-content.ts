import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { projectRoot } from './temp-site.ts';

export interface Payload {
  category: string;
  payload: string;
  /** Text a reader must see where the payload is written as a code span, code block or escaped text. */
  showsAs?: string;
}

export interface HostileUpdate {
  article: string;
  /** The HTML id the page gives the update. */
  id: string;
  file: string;
  title: string;
  body: Payload;
}

export interface HostileManifest {
  articles: { slug: string; title: string; file: string }[];
  updates: HostileUpdate[];
  /** Every payload placed in a front-matter text field. */
  frontMatter: string[];
}

export const PAYLOADS_FILE = join(projectRoot, 'tests/fixtures/hostile/xss-payloads.json');

export async function readPayloads(): Promise<Payload[]> {
  return JSON.parse(await readFile(PAYLOADS_FILE, 'utf8')) as Payload[];
}

const ARTICLES = 6;
const TAGS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "' onfocus='alert(1)",
];

const file = (data: Record<string, unknown>, body: string) =>
  `---\n${stringify(data, { lineWidth: 0 })}---\n${body}\n`;

/**
 * Writes a content folder in which every payload is the whole body of one
 * update and also a front-matter value (titles, summaries, bylines, source
 * names, key points, corrections, author names). Articles get a few in their
 * introduction too. Returns where each payload went.
 */
export async function writeHostileContent(contentDir: string, payloads: Payload[]): Promise<HostileManifest> {
  const texts = payloads.map((p) => p.payload);
  const pick = (i: number) => texts[i % texts.length]!;
  const manifest: HostileManifest = { articles: [], updates: [], frontMatter: [] };
  // Introductions hold payloads no content check refuses (no images), so every article builds.
  const textLike = payloads.filter((p) => /text|breakout/.test(p.category)).map((p) => p.payload);
  const fm = (i: number) => {
    manifest.frontMatter.push(pick(i));
    return pick(i);
  };
  await mkdir(join(contentDir, 'authors'), { recursive: true });
  for (const id of ['hostile-a', 'hostile-b']) {
    const i = id === 'hostile-a' ? 7 : 8;
    await writeFile(
      join(contentDir, 'authors', `${id}.md`),
      file({ name: fm(i), role: fm(i + 40) }, pick(i + 80)),
    );
  }
  for (let a = 0; a < ARTICLES; a++) {
    const slug = `hostile-${a + 1}`;
    const dir = join(contentDir, 'articles', slug);
    await mkdir(join(dir, 'updates'), { recursive: true });
    const title = fm(a * 5);
    const data: Record<string, unknown> = {
      title,
      published: '2024-03-24T08:00:00+01:00',
      status: 'live',
      summary: fm(a * 5 + 1),
      byline: fm(a * 5 + 2),
      photoCredit: fm(a * 5 + 3),
      source: { name: fm(a * 5 + 4), url: 'https://example.com/source' },
      keyPoints: [fm(a * 5 + 30), fm(a * 5 + 31)],
      tags: [TAGS[a % TAGS.length]],
    };
    const intro = [0, 1, 2].map((k) => textLike[(a * 3 + k) % textLike.length]!).join('\n\n');
    await writeFile(join(dir, 'index.md'), file(data, intro));
    manifest.articles.push({ slug, title: title.trim(), file: `content/articles/${slug}/index.md` });
  }
  for (const [i, body] of payloads.entries()) {
    const article = `hostile-${(i % ARTICLES) + 1}`;
    const stem = `u-${String(i).padStart(3, '0')}`;
    const minute = Math.floor(i / ARTICLES);
    const title = fm(i + 1);
    const data: Record<string, unknown> = {
      time: `2024-03-24T${String(9 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00+01:00`,
      title,
      author: i % 2 ? 'hostile-a' : 'hostile-b',
    };
    if (i % 3 === 0) Object.assign(data, { correction: fm(i + 2), modified: '2024-03-24T23:00:00+01:00' });
    if (i % 10 === 0) data.keyEvent = true;
    if (i < ARTICLES) data.pinned = true;
    const path = join(contentDir, 'articles', article, 'updates', `${stem}.md`);
    await writeFile(path, file(data, body.payload));
    manifest.updates.push({
      article,
      id: `update-${stem}`,
      file: `content/articles/${article}/updates/${stem}.md`,
      title: title.trim(),
      body,
    });
  }
  return manifest;
}
