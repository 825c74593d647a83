import { closestMatches } from '../../model/closest.ts';
import type { CheckOptions } from '../check-content.ts';
import type { ContentProblem } from '../content-problem.ts';
import { selectPublished } from '../published.ts';
import type { ContentTree } from '../read-content.ts';
import { bodyLinks } from './body-links.ts';

/** `#update-x` (same article) and `/articles/<slug>/#update-x` must lead to an update that exists. */
const ARTICLE_LINK = /^\/articles\/([^/?#]+)\/?(?:index\.html)?(?:#(.*))?$/;

export function checkUpdateLinks(tree: ContentTree, { now }: CheckOptions): ContentProblem[] {
  const slugs = tree.articles.map((a) => a.slug);
  const ids = new Map<string, string[]>(slugs.map((slug) => [slug, []]));
  for (const update of tree.updates) ids.get(update.article)?.push(update.htmlId);
  // What a build made now would publish: a published page must not link to a draft.
  const published = selectPublished(tree, { preview: false, now });
  const live = new Set<unknown>([...published.articles, ...published.updates]);
  const liveTargets = new Set([
    ...published.articles.map((a) => a.slug),
    ...published.updates.map((u) => `${u.article}#${u.htmlId}`),
  ]);
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
      const target = linkTarget(ref.url, slug);
      if (!target) continue;
      const message =
        describeBrokenLink(ref.url, target, slugs, ids) ??
        (live.has(source) ? describeUnpublishedTarget(ref.url, target, liveTargets) : undefined);
      if (message) problems.push({ file: source.file, line: ref.line, field: 'body', message });
    }
  }
  return problems;
}

interface LinkTarget {
  slug: string;
  /** The update id linked to, when the link points at an update. */
  fragment?: string;
}

/** The article and update a link points at, or undefined for links this check ignores. */
function linkTarget(url: string, ownSlug: string): LinkTarget | undefined {
  if (url.startsWith('#')) {
    const fragment = url.slice(1);
    return fragment.startsWith('update-') ? { slug: ownSlug, fragment } : undefined;
  }
  const match = ARTICLE_LINK.exec(url);
  if (!match) return undefined;
  return { slug: match[1]!, ...(match[2]?.startsWith('update-') && { fragment: match[2] }) };
}

function describeUnpublishedTarget(url: string, { slug, fragment }: LinkTarget, live: Set<string>) {
  if (!live.has(slug)) {
    return `the link "${url}" leads to the draft article ${slug}, which readers cannot see yet; publish it first, or remove the link`;
  }
  if (fragment && !live.has(`${slug}#${fragment}`)) {
    return `the link "${url}" leads to an update that is not published yet (a draft, or scheduled for later); publish it first, or remove the link`;
  }
  return undefined;
}

function describeBrokenLink(
  url: string,
  { slug, fragment }: LinkTarget,
  slugs: string[],
  ids: Map<string, string[]>,
): string | undefined {
  if (!url.startsWith('#')) {
    if (!slugs.includes(slug)) {
      const close = closestMatches(slug, slugs);
      const hint = close.length ? `did you mean /articles/${close[0]}/?` : 'check the article folder name';
      return `the link "${url}" leads to no article: there is no content/articles/${slug}/; ${hint}`;
    }
  }
  if (!fragment) return undefined;
  const known = ids.get(slug) ?? [];
  if (known.includes(fragment)) return undefined;
  const close = closestMatches(fragment, known);
  const hint = close.length
    ? `did you mean ${url.slice(0, url.lastIndexOf('#'))}#${close[0]}?`
    : 'an update id is "update-" followed by its file name without .md';
  return `the link "${url}" leads to no update: ${slug} has no update "${fragment}"; ${hint}`;
}
