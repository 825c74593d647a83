/**
 * The props of every listing page (front pages, month archives, topics, authors) as their
 * getStaticPaths last gave them, by the page's address. The long-lived publisher
 * (scripts/publisher/listing-pages.ts) renders a listing page again only when its props
 * changed; Astro has no public way to read the props of a path, so the pages leave them
 * here. On `globalThis` because the pages run in Astro's bundle and the publisher in
 * plain Node: they share no module.
 */
interface ListingStore {
  /** How many times a listing getStaticPaths ran: the publisher checks they ran again. */
  runs: number;
  props: Map<string, unknown>;
}

interface ListingPath {
  props: { page: { url: { current: string } } };
}

const KEY = Symbol.for('live-news.listing-props');
type WithStore = typeof globalThis & { [KEY]?: ListingStore };

function store(): ListingStore {
  return ((globalThis as WithStore)[KEY] ??= { runs: 0, props: new Map() });
}

/** A page's key: its address without the base path and slashes ("", "2", "tags/x/2"). */
export const listingKey = (address: string, base: string): string =>
  decodeURI(address.startsWith(base) ? address.slice(base.length) : address).replace(/^\/+|\/+$/g, '');

/** Keeps the props of paginated paths (getStaticPaths' result, returned as it is). */
export function rememberListings<T extends ListingPath>(paths: T[]): T[] {
  const listings = store();
  listings.runs++;
  const base = import.meta.env.BASE_URL;
  for (const path of paths) listings.props.set(listingKey(path.props.page.url.current, base), path.props);
  return paths;
}

/** The props a listing page was last listed with, by its key (listingKey). */
export const listingProps = (key: string): unknown => store().props.get(key);

/** How many times a listing page's getStaticPaths has run in this process. */
export const listingRuns = (): number => store().runs;
