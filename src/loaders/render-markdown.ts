import { parseFrontmatter, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';

export type RenderedContent = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/**
 * What the content layer's `renderMarkdown` returns for `text` (Astro's
 * content-layer.js, #processMarkdown): front matter parsed off, the body rendered,
 * local and remote image paths listed together. The render workers use it.
 */
export async function renderLikeContentLayer(
  renderer: MarkdownRenderer,
  text: string,
  fileURL?: URL,
): Promise<RenderedContent> {
  const { frontmatter, content } = parseFrontmatter(text);
  const { code, metadata } = await renderer.render(content, { frontmatter, fileURL });
  return {
    html: code,
    metadata: {
      ...metadata,
      imagePaths: (metadata.localImagePaths ?? []).concat(metadata.remoteImagePaths ?? []),
    },
  };
}
