// The search index of a full build, started as soon as Astro has written its last page.
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { buildSearchIndex, SearchIndexError, type PreviousBundle, type SearchIndex } from './search-index.ts';

/**
 * An integration for scripts/build.ts: when Astro has rendered and written every page
 * (its prerenderer's teardown), the search index starts on them, while Astro still
 * encodes photos and the integrations write the permalink pages and sitemaps.
 * Pagefind indexes in its own process, on a core those steps leave partly idle. The
 * pages are final by then (nothing after rewrites an article page), and they are read
 * in path order as before, so the index is the one a later start would give.
 * `index()` gives the bundle, written into `into` (outside `dir`, which Astro still
 * writes to), or the error; an error also fails the build. `previous` is the last
 * build's bundle, taken when the pages give Pagefind what they gave it then; `partRecords`
 * the size of the index's parts (PART_RECORDS when not given).
 */
export function searchDuringBuild(
  dir: string,
  into: string,
  language: string,
  previous?: PreviousBundle,
  partRecords?: number,
) {
  let started: Promise<SearchIndex> | undefined;
  const index = (): Promise<SearchIndex> =>
    started ?? Promise.reject(new SearchIndexError('Search index: Astro rendered no page.'));
  const integration: AstroIntegration = {
    name: 'live-news:search-during-build',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((standard): AstroPrerenderer => ({
          ...standard,
          name: 'live-news:search-during-build',
          async teardown() {
            await standard.teardown?.();
            started = buildSearchIndex(dir, language, { into, previous, partRecords });
            // Awaited in astro:build:done and by the caller; never left unhandled meanwhile.
            started.catch(() => undefined);
          },
        }));
      },
      'astro:build:done': async () => {
        await index();
      },
    },
  };
  return { integration, index };
}
