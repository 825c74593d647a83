// Ending and reopening live coverage from the article screen.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readNow } from '../../src/loaders/news-now.ts';
import { endCoverage, reopenCoverage } from '../../src/scaffold/edit-files.ts';
import { showArticle, type Reply } from './article-routes.ts';
import type { DeskContext } from './desk-context.ts';
import { articleFolder } from './desk-files.ts';
import { publishChange } from './publish-change.ts';
import { EMPTY_UPDATE } from './update-form.ts';

export async function postCoverage(ctx: DeskContext, slug: string, change: 'end' | 'reopen'): Promise<Reply> {
  const path = join(await articleFolder(ctx.contentDir, slug), 'index.md');
  const before = await readFile(path, 'utf8');
  const result = await publishChange(ctx.publisher, {
    root: ctx.root,
    slug,
    path: () => path,
    write: async () => {
      if (change === 'end') await endCoverage(ctx.contentDir, slug, readNow());
      else await reopenCoverage(ctx.contentDir, slug);
    },
    undo: () => writeFile(path, before),
  });
  if (result.ok) return { redirect: `/articles/${slug}/?notice=${change === 'end' ? 'ended' : 'reopened'}` };
  return {
    status: result.status,
    html: await showArticle(ctx, slug, new URLSearchParams(), {
      values: EMPTY_UPDATE,
      problems: result.problems,
    }),
  };
}
