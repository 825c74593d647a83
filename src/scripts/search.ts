/**
 * The search page's client: Pagefind's own API (pagefind.js from the index the
 * build wrote), results drawn with DOM methods only (no innerHTML, no eval).
 * Pagefind compiles WebAssembly: the CSP needs 'wasm-unsafe-eval' in script-src
 * and 'self' for script-src and connect-src (it fetches its index files).
 */
import { excerptParts } from './search-excerpt.ts';
import { resultStatus } from './search-status.ts';
import type { SearchWords } from '../i18n/script-words.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** `article` is set on live-update records: the coverage the update belongs to. */
  meta: { title?: string; article?: string };
}

interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  mergeIndex(path: string, options: { baseUrl: string; mergeFilter: Record<string, string> }): Promise<void>;
  search(
    query: string,
    options: { filters?: object },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

interface LoadedSearch {
  pagefind: Pagefind;
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
      const { pagefind, filters } = await load();
      const search = await pagefind.search(query, { filters });
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
 * Pagefind and the index: the main one of the last full build, merged with the index of
 * the articles published since (scripts/search-recent.ts) when there are any; the main
 * index's records of those articles are left out by their `article` filter.
 */
async function loadSearch(bundle: string, baseUrl: string): Promise<LoadedSearch> {
  const [pagefind, recent] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
    fetch(`${bundle}recent.json`).then((response) => (response.ok ? response.json() : {})),
  ]);
  await pagefind.options({ baseUrl });
  const articles: unknown = (recent as { articles?: unknown }).articles;
  if (!Array.isArray(articles) || articles.length === 0) return { pagefind };
  await pagefind.mergeIndex(`${bundle}recent/`, { baseUrl, mergeFilter: { index: 'recent' } });
  return { pagefind, filters: { any: [{ index: 'recent' }, { article: { none: articles } }] } };
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
