import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { contentDirFor } from './content-dir.ts';
import { sortProblems } from './content-problem.ts';
import { readNow } from './news-now.ts';
import { readShared, watchContent } from './shared-read.ts';

/**
 * The dev preview's list of what is wrong in content/ right now, for the banner every
 * page shows (ContentProblems.astro): the other loaders keep the last good content when
 * a saved file has a mistake, so without it the browser would silently show the old page.
 * Empty in builds, which stop on any problem instead.
 */
/** The id of the one entry, which lists every problem. */
export const LIST_ID = 'now';

export const problemsLoader = (): Loader => ({
  name: 'problems',
  load: async (context) => {
    const { store, watcher } = context;
    // One entry, always there: Astro warns on every read of an empty collection.
    const list = (problems: object[]) => store.set({ id: LIST_ID, data: { problems } });
    if (!watcher) return void list([]);
    const root = fileURLToPath(context.config.root);
    const contentDir = contentDirFor(root);
    const sync = async () => {
      const tree = await readShared(root, contentDir, readNow()).tree;
      const listed = [
        ...sortProblems(tree.problems).map((p) => ({ ...p, kind: 'error' })),
        ...sortProblems(tree.warnings).map((p) => ({ ...p, kind: 'warning' })),
      ];
      list(listed);
    };
    await sync();
    watchContent(context, contentDir, sync);
  },
});
