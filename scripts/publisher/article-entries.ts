// The content-store entries of one article, made the way the content loaders make
// them (src/loaders/content-loader.ts), for the publisher's overlay.
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../src/markdown/pipeline.ts';
import { articleFiles, updateFiles, type StoredFile } from '../../src/loaders/content-loader.ts';
import { articlesOf, type ContentTree } from '../../src/loaders/read-content.ts';
import { renderLikeContentLayer, type RenderedContent } from '../../src/loaders/render-markdown.ts';
import type { RendererSettings } from '../../src/loaders/render-pool.ts';
import type { ArticleEntries, OverlayEntry } from '../../src/model/content-overlay.ts';

/**
 * Makes one article's entries from a content tree: the article and its updates as a
 * production build publishes them, bodies rendered by the renderer the content layer
 * builds. A body is rendered again only when its file changed.
 */
export class ArticleEntryMaker {
  readonly #renderer: Promise<MarkdownRenderer>;
  readonly #root: string;
  /** Rendered bodies by file, with the text they were rendered from. */
  readonly #rendered = new Map<string, { text: string; rendered: RenderedContent }>();

  constructor(root: string, settings: RendererSettings) {
    this.#root = root;
    this.#renderer = unified(markdownOptions).createRenderer(settings);
  }

  async entries(tree: ContentTree, slug: string, now: number): Promise<ArticleEntries> {
    const visibility = { preview: false, now };
    // What is published of one article depends on that article alone.
    const own = { ...tree, ...articlesOf(tree, new Set([slug])) };
    const [article] = articleFiles(own, visibility);
    const updates = updateFiles(own, visibility);
    return {
      article: article && (await this.#entry(article)),
      updates: await Promise.all(updates.map((file) => this.#entry(file))),
    };
  }

  async #entry(file: StoredFile): Promise<OverlayEntry> {
    const filePath = relative(this.#root, file.path).split(sep).join('/');
    return { id: file.id, data: file.data, rendered: await this.#render(file), filePath };
  }

  async #render({ path, text }: StoredFile): Promise<RenderedContent> {
    const known = this.#rendered.get(path);
    if (known?.text === text) return known.rendered;
    const rendered = await renderLikeContentLayer(await this.#renderer, text, pathToFileURL(path));
    this.#rendered.set(path, { text, rendered });
    return rendered;
  }
}
