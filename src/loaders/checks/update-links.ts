import { closestMatches } from '../../model/closest.ts';
import type { ContentProblem } from '../content-problem.ts';
import type { ContentTree } from '../read-content.ts';
import { bodyLinks } from './body-links.ts';

/** `#update-x` (same article) and `/articles/<slug>/#update-x` must lead to an update that exists. */
const ARTICLE_LINK = /^\/articles\/([^/?#]+)\/?(?:index\.html)?(?:#(.*))?$/;

export function checkUpdateLinks(tree: ContentTree): ContentProblem[] {
  const slugs = tree.articles.map((a) => a.slug);
  const ids = new Map<string, string[]>(slugs.map((slug) => [slug, []]));
  for (const update of tree.updates) ids.get(update.article)?.push(update.htmlId);
  const problems: ContentProblem[] = [];
  const sources = [
    ...tree.articles.map((a) => ({ source: a, slug: a.slug })),
    ...tree.updates.map((u) => ({ source: u, slug: u.article })),
  ];
  for (const { source, slug } of sources) {
    // Only links to "#..." or "/articles/..." are checked; a body with neither (nor a
    // character reference that could spell them) needs no Markdown parse: most do not.
    if (!/[#&]|\/articles\//.test(source.body)) continue;
    for (const ref of bodyLinks(source)) {
      const message = describeBrokenLink(ref.url, slug, slugs, ids);
      if (message) problems.push({ file: source.file, line: ref.line, field: 'body', message });
    }
  }
  return problems;
}

function describeBrokenLink(
  url: string,
  ownSlug: string,
  slugs: string[],
  ids: Map<string, string[]>,
): string | undefined {
  let slug = ownSlug;
  let fragment: string | undefined;
  if (url.startsWith('#')) {
    fragment = url.slice(1);
  } else {
    const match = ARTICLE_LINK.exec(url);
    if (!match) return undefined;
    slug = match[1]!;
    fragment = match[2];
    if (!slugs.includes(slug)) {
      const close = closestMatches(slug, slugs);
      const hint = close.length ? `did you mean /articles/${close[0]}/?` : 'check the article folder name';
      return `the link "${url}" leads to no article: there is no content/articles/${slug}/; ${hint}`;
    }
  }
  if (!fragment?.startsWith('update-')) return undefined;
  const known = ids.get(slug) ?? [];
  if (known.includes(fragment)) return undefined;
  const close = closestMatches(fragment, known);
  const hint = close.length
    ? `did you mean ${url.slice(0, url.lastIndexOf('#'))}#${close[0]}?`
    : 'an update id is "update-" followed by its file name without .md';
  return `the link "${url}" leads to no update: ${slug} has no update "${fragment}"; ${hint}`;
}
