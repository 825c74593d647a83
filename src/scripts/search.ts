/**
 * The search page's client: Pagefind's own API (pagefind.js from the index the
 * build wrote), results drawn with DOM methods only (no innerHTML, no eval).
 * Pagefind compiles WebAssembly: the CSP needs 'wasm-unsafe-eval' in script-src
 * and 'self' for script-src and connect-src (it fetches its index files).
 */
import { isPartEntry } from '../model/search-parts.ts';
import { excerptParts } from './search-excerpt.ts';
import { INDEX_FILTER, searchMerged, type SearchResponse } from './search-merged.ts';
import { resultStatus } from './search-status.ts';
import type { SearchWords } from '../i18n/script-words.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** `article` is set on live-update records: the coverage the update belongs to. */
  meta: { title?: string; article?: string };
}

interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

interface Pagefind {
  options(options: { baseUrl: string; mergeFilter?: Record<string, string> }): Promise<void>;
  mergeIndex(path: string, options: { baseUrl: string; mergeFilter: Record<string, string> }): Promise<void>;
  search(query: string, options: { filters?: object }): Promise<SearchResponse<PagefindResult> | null>;
}

interface LoadedSearch {
  pagefind: Pagefind;
  /** The merged indexes' names (scripts/search-merged.ts); one when nothing is merged. */
  indexes: string[];
  filters?: object;
}

const MAX_RESULTS = 20;

export function startSearch(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  const words = JSON.parse(root.dataset.words ?? '{}') as SearchWords;
  const locale = root.dataset.locale;
  form.hidden = false;
  root.querySelector<HTMLElement>('[data-search-fallback]')?.setAttribute('hidden', '');

  let loaded: Promise<LoadedSearch> | undefined;
  const load = () => (loaded ??= loadSearch(root.dataset.bundle ?? '/pagefind/', root.dataset.base ?? '/'));

  let latest = 0;
  const run = async (query: string) => {
    const ticket = ++latest;
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    history.replaceState(null, '', url);
    status.textContent = words.searching;
    try {
      const { pagefind, indexes, filters } = await load();
      const search = await searchMerged(pagefind, query, indexes, filters);
      const found = await Promise.all((search?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...found.map(renderResult));
      const count = search?.results.length ?? 0;
      status.textContent = resultStatus(words, count, query, MAX_RESULTS, locale);
    } catch {
      if (ticket === latest) status.textContent = words.searchUnavailable;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (query) void run(query);
  });
  const initial = new URL(location.href).searchParams.get('q')?.trim();
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

/**
 * Pagefind and the index: the main one of the last full build, in parts on a large
 * archive (the first part is the bundle itself, the others are merged in: parts.json),
 * merged with the index of the articles published since (scripts/search-recent.ts) when
 * there are any; the main index's records of those articles are left out by their
 * `article` filter. The merged parts share the first one's WebAssembly. With more than
 * one index, each is named by its `index` filter and searched as one (search-merged.ts).
 */
async function loadSearch(bundle: string, baseUrl: string): Promise<LoadedSearch> {
  const [pagefind, recent, parts] = await Promise.all([
    importModule(`${bundle}pagefind.js`) as Promise<Pagefind>,
    listIn(`${bundle}recent.json`, 'articles', (slug) => /^[a-z0-9-]+$/.test(slug)),
    listIn(`${bundle}parts.json`, 'parts', isPartEntry),
  ]);
  const merged = [
    ...parts.map((part) => ({ path: part, name: part.slice('part-'.length, -1) })),
    ...(recent.length > 0 ? [{ path: 'recent/', name: 'recent' }] : []),
  ];
  if (merged.length === 0) {
    await pagefind.options({ baseUrl });
    return { pagefind, indexes: ['1'] };
  }
  await pagefind.options({ baseUrl, mergeFilter: { [INDEX_FILTER]: '1' } });
  await Promise.all(
    merged.map(({ path, name }) =>
      pagefind.mergeIndex(`${bundle}${path}`, { baseUrl, mergeFilter: { [INDEX_FILTER]: name } }),
    ),
  );
  const indexes = ['1', ...merged.map(({ name }) => name)];
  if (recent.length === 0) return { pagefind, indexes };
  return {
    pagefind,
    indexes,
    filters: { any: [{ [INDEX_FILTER]: 'recent' }, { article: { none: recent } }] },
  };
}

/**
 * The strings listed under `key` in the JSON file at `url` that `accepts` takes; none
 * when the file is missing (a site built before it) or lists none.
 */
async function listIn(url: string, key: string, accepts: (item: string) => boolean): Promise<string[]> {
  const response = await fetch(url);
  const list: unknown = response.ok ? ((await response.json()) as Record<string, unknown>)[key] : [];
  return Array.isArray(list)
    ? list.filter((item): item is string => typeof item === 'string' && accepts(item))
    : [];
}

/** Pagefind's own module, from the site (not bundled: Vite leaves the specifier alone). */
function importModule(url: string): Promise<unknown> {
  return import(/* @vite-ignore */ url);
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  for (const part of excerptParts(result.excerpt)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(heading);
  if (result.meta.article) {
    const context = document.createElement('p');
    context.className = 'meta';
    context.textContent = `Live update in “${result.meta.article}”`;
    item.append(context);
  }
  item.append(excerpt);
  return item;
}
