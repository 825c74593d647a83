// What every desk route needs: the project, the publisher, and the content as it is now.
import { join } from 'node:path';
import { readContent, type ContentTree } from '../../src/loaders/read-content.ts';
import { updateIdFromFileName } from '../../src/model/update-id.ts';
import { updatePermalink } from '../../src/model/live-urls.ts';
import { siteAddress } from '../../src/model/site-address.ts';
import { site } from '../../src/site.ts';
import type { Publisher } from '../publisher/publisher.ts';

export interface DeskContext {
  root: string;
  contentDir: string;
  publisher: Publisher;
}

/** The content read afresh (the CLI and other editors change it too); never written. */
export const readTree = (ctx: DeskContext): Promise<ContentTree> => readContent(ctx.root, ctx.contentDir);

export function authorsOf(tree: ContentTree): { id: string; name: string }[] {
  return tree.authors
    .map((a) => ({ id: a.id, name: a.data.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Where readers find the update: its lasting permalink on the public site. */
export function permalinkOf(slug: string, fileName: string): string {
  const origin = siteAddress(site.url, process.env.SITE_URL).url;
  return `${origin}${updatePermalink(process.env.BASE_PATH || '/', slug, updateIdFromFileName(fileName))}`;
}

export const updatesDir = (ctx: DeskContext, slug: string) =>
  join(ctx.contentDir, 'articles', slug, 'updates');
