import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import {
  currentOverlay,
  ownerOf,
  type ArticleEntries,
  type ContentOverlay,
  type OverlayEntry,
} from '../model/content-overlay.ts';
import { isEmptyMarker } from '../model/empty-collection.ts';

/**
 * The content store as the pages read it: astro:content, with the entries of any
 * article the long-lived publisher has replaced since the build (see
 * src/model/content-overlay.ts). Every page and data module reads through here.
 */
export async function loadCollection<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  const stored = (await getCollection(name)).filter((entry) => !isEmptyMarker(entry));
  const overlay = currentOverlay();
  if (!overlay || (name !== 'articles' && name !== 'updates')) return stored;
  const kept = stored.filter((entry) => !overlay.articles.has(ownerOf(name, entry.id)));
  return [...kept, ...replaced(overlay, name).map((entry) => asEntry(name, entry))];
}

/** One entry, or undefined when there is none. */
export async function loadEntry<C extends CollectionKey>(
  name: C,
  id: string,
): Promise<CollectionEntry<C> | undefined> {
  const overlay = currentOverlay();
  if (overlay && (name === 'articles' || name === 'updates') && overlay.articles.has(ownerOf(name, id))) {
    const entry = byId(overlay, name).get(id);
    return entry && asEntry(name, entry);
  }
  return getEntry(name, id) as Promise<CollectionEntry<C> | undefined>;
}

/** The updates of an article the publisher replaced, in the order loadCollection gives them. */
export function loadReplacedUpdates(slug: string): CollectionEntry<'updates'>[] {
  return (currentOverlay()?.articles.get(slug)?.updates ?? []).map((entry) => asEntry('updates', entry));
}

/**
 * The articles whose entries the publisher replaced (none in a build), with their entries:
 * an article's entries stay the same object from one publish to the next until it changes.
 */
export function replacedArticles(): ReadonlyMap<string, ArticleEntries> {
  return currentOverlay()?.articles ?? new Map<string, ArticleEntries>();
}

/** Changes whenever the publisher replaces entries: what is computed from the content is keyed by it. */
export function contentVersion(): number {
  return currentOverlay()?.version ?? 0;
}

function replaced(overlay: ContentOverlay, name: 'articles' | 'updates'): OverlayEntry[] {
  return [...overlay.articles.values()].flatMap((entries) =>
    name === 'articles' ? (entries.article ? [entries.article] : []) : entries.updates,
  );
}

/** The replaced entries by id, worked out once per overlay (a page asks for each of its updates). */
const indexes = new WeakMap<ContentOverlay, Record<'articles' | 'updates', Map<string, OverlayEntry>>>();

function byId(overlay: ContentOverlay, name: 'articles' | 'updates'): Map<string, OverlayEntry> {
  let index = indexes.get(overlay);
  if (!index) {
    const map = (kind: 'articles' | 'updates') =>
      new Map(replaced(overlay, kind).map((entry) => [entry.id, entry]));
    index = { articles: map('articles'), updates: map('updates') };
    indexes.set(overlay, index);
  }
  return index[name];
}

function asEntry<C extends CollectionKey>(name: C, entry: OverlayEntry): CollectionEntry<C> {
  return { ...entry, collection: name } as unknown as CollectionEntry<C>;
}
