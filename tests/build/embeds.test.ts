import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectUpdateRecords } from '../../scripts/search-pages.ts';
import { makeTempSite, projectRoot, type TempSite, type BuildResult } from '../helpers/temp-site.ts';
import { writeFiles } from '../helpers/content-files.ts';
import { findUnsafeMarkup } from '../helpers/output-safety.ts';

const NOW = '2024-03-25T12:00:00+01:00';
const SEED = 'content/articles/moscow-concert-hall-attack';
const UPDATE = `${SEED}/updates/2024-03-24-embeds.md`;
const TWEET =
  '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Rescue teams are at the hall.<script>alert(1)</script></p>&mdash; City Police (@citypolice) <a href="https://twitter.com/citypolice/status/1771943431342383347?ref_src=twsrc%5Etfw">March 24, 2024</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>';

const BODY = [
  'Posts from the scene.',
  '',
  TWEET,
  '',
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  'title: Firefighters at the hall',
  '',
  '<iframe src="https://maps.example.com/embed?q=hall"></iframe>',
  '',
  '<iframe src="https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ"></iframe>',
].join('\n');

const WARNING = (line: number) =>
  `${UPDATE}:${line}: warning: body: <iframe> removed: only embeds from X, YouTube, Vimeo, Instagram, TikTok, Telegram, Bluesky, Mastodon and Facebook are kept, see docs/editing.md#embeds`;

describe('embeds in a built site', () => {
  let site: TempSite;
  let build: BuildResult;
  const read = (path: string) => readFileSync(join(site.distDir, path), 'utf8');

  beforeAll(async () => {
    site = await makeTempSite('embeds', [join(projectRoot, 'content')]);
    await writeFiles(site.dir, {
      [UPDATE]: `---\ntime: 2024-03-24T21:30:00+01:00\ntitle: Posts from the scene\n---\n\n${BODY}\n`,
    });
    build = await site.build({ NEWS_NOW: NOW });
  }, 240_000);

  afterAll(() => site?.cleanup());

  it('npm run check:content warns with path and line about removed HTML, and passes', () => {
    const result = spawnSync(process.execPath, ['scripts/check-content.ts'], {
      cwd: site.dir,
      env: { ...process.env, CONTENT_DIR: '', NEWS_NOW: NOW },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([WARNING(13), WARNING(15)]);
  });

  it('the build prints the same warnings and publishes', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain(WARNING(13));
    expect(build.output).toContain(WARNING(15));
  });

  it('the page shows the cards, nothing pasted, and lets in only the privacy-mode players', () => {
    const page = read('articles/moscow-concert-hall-attack/index.html');
    const start = page.indexOf('<article class="update" id="update-2024-03-24-embeds"');
    const update = page.slice(start, page.indexOf('</article>', start));
    expect(update).toContain('href="https://x.com/citypolice/status/1771943431342383347">View on X</a>');
    expect(update).toContain('<p>Rescue teams are at the hall.</p>');
    expect(update).toContain('data-embed-video="dQw4w9WgXcQ"');
    expect(update).not.toMatch(/<script|<iframe|maps\.example|evil\.example|platform\.twitter/);
    expect(findUnsafeMarkup(update)).toEqual([]);
    expect(page).toMatch(
      /<meta http-equiv="content-security-policy" content="[^"]*frame-src 'self' https:\/\/www\.youtube-nocookie\.com https:\/\/player\.vimeo\.com/,
    );
  });

  it('JSON-LD carries the post as sharedContent and the video as a VideoObject', () => {
    const page = read('articles/moscow-concert-hall-attack/index.html');
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!;
    const update = (JSON.parse(json).liveBlogUpdate as Record<string, unknown>[]).find((u) =>
      String(u['@id']).endsWith('#update-2024-03-24-embeds'),
    )!;
    expect(update.sharedContent).toEqual([
      expect.objectContaining({
        '@type': 'SocialMediaPosting',
        url: 'https://x.com/citypolice/status/1771943431342383347',
        text: 'Rescue teams are at the hall.',
      }),
      expect.objectContaining({
        '@type': 'VideoObject',
        name: 'Firefighters at the hall',
        embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      }),
    ]);
  });

  it('feeds carry each card as a link to the original with its text', () => {
    const rss = read('articles/moscow-concert-hall-attack/rss.xml');
    expect(rss).toContain(
      'href=&quot;https://x.com/citypolice/status/1771943431342383347&quot;&gt;View on X&lt;/a&gt;',
    );
    expect(rss).toContain('Rescue teams are at the hall.');
    expect(rss).toContain('href=&quot;https://www.youtube.com/watch?v=dQw4w9WgXcQ&quot;');
    const feed = JSON.parse(read('articles/moscow-concert-hall-attack/feed.json')) as {
      items: { id: string; content_html: string }[];
    };
    const item = feed.items.find((i) => i.id.includes('2024-03-24-embeds'))!;
    expect(item.content_html).toContain(
      'href="https://x.com/citypolice/status/1771943431342383347">View on X</a>',
    );
  });

  it('search indexes the card text', async () => {
    const records = await collectUpdateRecords(site.distDir);
    const record = records.find((r) => r.url.endsWith('#update-2024-03-24-embeds'))!;
    expect(record.content).toContain('Rescue teams are at the hall.');
    expect(record.content).toContain('Firefighters at the hall');
  });

  it('pages without a video have no frame-src', () => {
    expect(read('index.html')).not.toContain('frame-src');
  });
});
