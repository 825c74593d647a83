import type { RehypePlugins, RemarkPlugins, UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { rehypeEmbeds } from './rehype-embeds.ts';
import { rehypeDemoteHeadings } from './rehype-demote-headings.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeLocalImages } from './rehype-local-images.ts';
import { rehypeScopeIds } from './rehype-scope-ids.ts';
import { remarkPhotos } from './remark-photos.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/**
 * The rehype plugins for every Markdown body, in order. Astro runs these before
 * it parses raw HTML itself, so rehype-raw comes first (otherwise the sanitizer
 * would drop all raw HTML, harmless `<sub>` included), embeds become cards while
 * pasted embed code is still there to read, and rehype-sanitize comes last.
 */
export const rehypePlugins: RehypePlugins = [
  rehypeRaw,
  rehypeEmbeds,
  rehypeLocalImages,
  rehypeDemoteHeadings,
  rehypeHeadingIds,
  rehypeScopeIds,
  [rehypeSanitize, sanitizeSchema],
];

/** The remark plugins, before Markdown becomes HTML: photos become slots for PhotoCredit.astro. */
export const remarkPlugins: RemarkPlugins = [remarkPhotos];

/**
 * The options of the unified() processor every body is rendered with: astro.config.mjs
 * passes them to Astro, and the render workers (src/loaders/render-worker.ts) build the
 * same renderer from them, so a body comes out the same on either side.
 */
export const markdownOptions = {
  remarkPlugins,
  rehypePlugins,
  // Ids come out unprefixed; rehype-sanitize adds `user-content-` once (rehype-scope-ids
  // points footnote links at the final ids), instead of twice.
  remarkRehype: { clobberPrefix: '' },
  gfm: true,
  // Quotes are printed exactly as the editor wrote them.
  smartypants: false,
} satisfies UnifiedProcessorOptions;
