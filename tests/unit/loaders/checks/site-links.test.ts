import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblem, sortProblems } from '../../../../src/loaders/content-problem.ts';
import { readContent } from '../../../../src/loaders/read-content.ts';
import { makeTempContent, md } from '../../../helpers/content-files.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const A = 'content/articles/a';

/** Problems for article "a" with `intro`, an update with `body`, article "b" tagged Middle East, author anna. */
async function problemsFor(intro: string, body = 'Text.'): Promise<string[]> {
  const site = await makeTempContent({
    [`${A}/index.md`]: md('title: A\npublished: 2024-03-24T08:00:00+01:00\nstatus: live', intro),
    [`${A}/updates/one.md`]: md('time: 2024-03-24T10:00:00+01:00\ntitle: One', body),
    'content/articles/b/index.md': md('title: B\npublished: 2024-03-24\ntags: [Middle East]'),
    'content/authors/anna.md': md('name: Anna\nrole: Reporter'),
    'public/logo.png': 'png',
    'public/docs/guide.pdf': 'pdf',
  });
  cleanups.push(site.cleanup);
  const tree = await readContent(site.root, site.contentDir, { now: Date.parse('2024-03-25T12:00:00Z') });
  return sortProblems(tree.problems).map(formatProblem);
}

describe('links inside the site lead to pages it has (issue 17)', () => {
  it('accepts links to every kind of page, written from the root or relative in an introduction', async () => {
    const intro = [
      '[home](/) [archive](/archive) [month](/archive/2024/03/) [older month page](/archive/2024/03/2/)',
      '[topics](/tags/) [topic](/tags/middle-east/) [author](/authors/anna/) [search](/search/?q=x)',
      '[feed](/rss.xml) [logo](/logo.png) [guide](/docs/guide.pdf) [page 2](/2/)',
      '[b](../b/) [own feed](feed.json) [older](older/1/) [permalink](updates/update-one/)',
      '[live](/articles/a/live/) [b permalink](/articles/a/updates/update-one/) [card](/articles/b/og.png)',
      '[mail](mailto:desk@example.com) [web](https://example.com/x) [top](#top) [other host](//example.com/)',
      '<a href="&#47;archive&#47;">encoded</a> <a href="java&#x0D;script:alert(1)">not a page</a>',
    ].join('\n\n');
    expect(
      await problemsFor(intro, 'See [the archive](/archive/) and [topic](/tags/middle-east/2/).'),
    ).toEqual([]);
  });

  it('refuses site links and relative links to pages that do not exist, with the nearest page', async () => {
    const intro = [
      '[a](/archve/)', // line 7
      '',
      '[b](/tags/middle-eats/)',
      '',
      '[c](other-article/)',
      '',
      '[d](/articles/a/updates/update-none/)',
      '',
      '<a href="/authors/bob/">Bob</a>',
      '',
      '[e](/articles/b/og.jpg)', // b has no lead photo: its image is og.png
    ].join('\n');
    expect(await problemsFor(intro)).toEqual([
      `${A}/index.md:7: body: the link "/archve/" leads to /archve/, a page the site does not have; did you mean /archive/?`,
      `${A}/index.md:9: body: the link "/tags/middle-eats/" leads to /tags/middle-eats/, a page the site does not have; did you mean /tags/middle-east/?`,
      `${A}/index.md:11: body: the relative link "other-article/" leads from this article's page to /articles/a/other-article/, a page the site does not have; write it from the site root, e.g. /archive/`,
      `${A}/index.md:13: body: the link "/articles/a/updates/update-none/" leads to /articles/a/updates/update-none/, a page the site does not have; check the address on the published site`,
      `${A}/index.md:15: body: the link "/authors/bob/" leads to /authors/bob/, a page the site does not have; did you mean /authors/anna/?`,
      `${A}/index.md:17: body: the link "/articles/b/og.jpg" leads to /articles/b/og.jpg, a page the site does not have; did you mean /articles/b/og.png?`,
    ]);
  });

  it('refuses relative links in updates, which lead elsewhere from their permalink page', async () => {
    expect(await problemsFor('', 'See [B](../b/).\n\nAnd [this](../other).')).toEqual([
      `${A}/updates/one.md:6: body: the relative link "../b/" leads to different pages from the article's page and from the update's own page; write it from the site root: write "/articles/b/"`,
      `${A}/updates/one.md:8: body: the relative link "../other" leads to different pages from the article's page and from the update's own page; write it from the site root: e.g. /articles/<slug>/ or /archive/`,
    ]);
  });

  it('reads site links from the base path of a deploy under a folder (BASE_PATH)', async () => {
    vi.stubEnv('BASE_PATH', '/news');
    try {
      const intro = '[ok](/news/archive/) [relative](../b/)\n\n[outside](/archive/)\n\n[typo](/news/archve/)';
      expect(await problemsFor(intro)).toEqual([
        `${A}/index.md:9: body: the link "/archive/" leads outside the site, which is published under /news/; write /news/archive/`,
        `${A}/index.md:11: body: the link "/news/archve/" leads to /news/archve/, a page the site does not have; did you mean /news/archive/?`,
      ]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
