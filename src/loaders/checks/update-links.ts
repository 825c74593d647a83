import { closestMatches } from '../../model/closest.ts';
import type { CheckOptions } from '../check-content.ts';
import type { ContentProblem } from '../content-problem.ts';
import { selectPublished } from '../published.ts';
import type { ContentTree } from '../read-content.ts';
import { bodyLinks } from './body-links.ts';

/** `#update-x` (same article) and `/articles/<slug>/#update-x` must lead to an update that exists. */
const ARTICLE_LINK = /^\/articles\/([^/?#]+)\/?(?:index\.html)?(?:#(.*))?$/;

export function checkUpdateLinks(part: ContentTree, { now, scope }: CheckOptions): ContentProblem[] {
  // Targets are looked up in the whole tree; the links checked are those of `part`, and
  // (when it is part of a tree) those elsewhere that point into its articles.
  const tree = scope?.whole ?? part;
  const slugs = tree.articles.map((a) => a.slug);
  const articles = new Map(tree.articles.map((a) => [a.slug, a]));
  // Grouped only when a link needs it: most publishes of one article check no link.
  let grouped: Map<string, ContentTree['updates']> | undefined;
  const updatesOf = (slug: string) =>
    (grouped ??= Map.groupBy(tree.updates, (u) => u.article)).get(slug) ?? [];
  const ids = memo((slug: string) => updatesOf(slug).map((u) => u.htmlId));
  // What a build made now would publish (a published page must not link to a draft),
  // worked out only for the articles links come from or lead to: it depends on each alone.
  const publishedOf = memo((slug: string) => {
    const article = articles.get(slug);
    const own = { ...tree, articles: article ? [article] : [], updates: updatesOf(slug) };
    const published = selectPublished(own, { preview: false, now });
    return {
      files: new Set<unknown>([...published.articles, ...published.updates]),
      targets: new Set([
        ...published.articles.map((a) => a.slug),
        ...published.updates.map((u) => `${u.article}#${u.htmlId}`),
      ]),
    };
  });
  const problems: ContentProblem[] = [];
  const sources = [
    ...part.articles.map((a) => ({ source: a, slug: a.slug })),
    ...part.updates.map((u) => ({ source: u, slug: u.article })),
    ...(scope ? linksInto(scope.whole, scope.slugs) : []),
  ];
  for (const { source, slug } of sources) {
    // Only links to "#..." or "/articles/..." are checked; a body with neither (nor a
    // character reference that could spell them) needs no Markdown parse: most do not.
    if (!mayLink(source)) continue;
    for (const ref of bodyLinks(source)) {
      const target = linkTarget(ref.url, slug);
      if (!target) continue;
      const message =
        describeBrokenLink(ref.url, target, { articles, slugs }, ids) ??
        (publishedOf(slug).files.has(source)
          ? describeUnpublishedTarget(ref.url, target, publishedOf(target.slug).targets)
          : undefined);
      if (message) problems.push({ file: source.file, line: ref.line, field: 'body', message });
    }
  }
  return problems;
}

/**
 * Whether a body may hold a checked link: one to "#..." or "/articles/...", or a character
 * reference that could spell one. Remembered per file read: the long-lived publisher asks
 * again for every file of the archive on each publish (linksInto).
 */
const mayLinkOf = new WeakMap<object, boolean>();
function mayLink(source: { body: string }): boolean {
  let may = mayLinkOf.get(source);
  if (may === undefined) mayLinkOf.set(source, (may = /[#&]|\/articles\//.test(source.body)));
  return may;
}

function memo<T>(work: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (!known.has(key)) known.set(key, work(key));
    return known.get(key)!;
  };
}

/** The files outside `slugs` whose text names one of their articles' paths. */
function linksInto(whole: ContentTree, slugs: ReadonlySet<string>) {
  const paths = [...slugs].map((slug) => `/articles/${slug}`);
  const names = (source: { body: string }) =>
    mayLink(source) && paths.some((path) => source.body.includes(path));
  return [
    ...whole.articles.filter((a) => !slugs.has(a.slug) && names(a)).map((a) => ({ source: a, slug: a.slug })),
    ...whole.updates
      .filter((u) => !slugs.has(u.article) && names(u))
      .map((u) => ({ source: u, slug: u.article })),
  ];
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
  // The articles by slug (looked up for every link), and their slugs for the hint.
  { articles, slugs }: { articles: ReadonlyMap<string, unknown>; slugs: string[] },
  ids: (slug: string) => string[],
): string | undefined {
  if (!url.startsWith('#')) {
    if (!articles.has(slug)) {
      const close = closestMatches(slug, slugs);
      const hint = close.length ? `did you mean /articles/${close[0]}/?` : 'check the article folder name';
      return `the link "${url}" leads to no article: there is no content/articles/${slug}/; ${hint}`;
    }
  }
  if (!fragment) return undefined;
  const known = ids(slug);
  if (known.includes(fragment)) return undefined;
  const close = closestMatches(fragment, known);
  const hint = close.length
    ? `did you mean ${url.slice(0, url.lastIndexOf('#'))}#${close[0]}?`
    : 'an update id is "update-" followed by its file name without .md';
  return `the link "${url}" leads to no update: ${slug} has no update "${fragment}"; ${hint}`;
}
