import { slugify } from './slugify.ts';

/** The URL part of a topic page: "Middle East" -> "middle-east". */
export function tagSlug(name: string): string {
  return slugify(name, 80);
}

export interface TagGroup<T> {
  slug: string;
  /** The topic as first written by an editor (spellings differing only in case share a page). */
  name: string;
  articles: T[];
}

/** Groups articles by topic, topics sorted by name; articles keep the order they came in. */
export function groupByTag<T extends { tags: readonly string[] }>(articles: readonly T[]): TagGroup<T>[] {
  const groups = new Map<string, TagGroup<T>>();
  for (const article of articles) {
    for (const slug of new Set(article.tags.map(tagSlug))) {
      const name = article.tags.find((t) => tagSlug(t) === slug) ?? slug;
      const group = groups.get(slug) ?? { slug, name, articles: [] };
      group.articles.push(article);
      groups.set(slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || compare(a.slug, b.slug));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
