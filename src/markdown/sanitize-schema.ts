import { defaultSchema, type Options } from 'rehype-sanitize';

const EMBED_FIGURE_CLASSES = ['embed', 'embed-post', 'embed-video'];
const EMBED_SPAN_CLASSES = [
  'embed-provider',
  'embed-author',
  'embed-date',
  'embed-title',
  'embed-play-icon',
  'embed-play-label',
];

/**
 * GitHub's schema (rehype-sanitize's default) plus only what news copy needs:
 * figures with captions and `<time datetime>`. Images may only come from the
 * site itself: rehype-local-images has already removed every image with a
 * protocol it recognises, and here `src` keeps only http(s), so data:,
 * javascript: and disguised ones ("jav&#x09;ascript:") lose their source. (An
 * empty list would allow every protocol.) Ids keep the `user-content-` prefix
 * against DOM clobbering. `<style>` is stripped with its contents, like
 * `<script>`, so pasted CSS does not show up as stray text. `<mark>` (highlighted
 * words in a quote) is harmless and kept. Embed cards (src/markdown/embed-card.ts)
 * keep exactly their own classes and data attributes; rehype-embeds has already
 * removed those classes from anything an editor wrote.
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style'],
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'time', 'mark'],
  attributes: {
    ...defaultSchema.attributes,
    time: ['dateTime'],
    // The empty slot remark-photos leaves for a Markdown photo; the page fills it.
    figure: [['className', 'photo-slot', ...EMBED_FIGURE_CLASSES], 'dataPhoto', 'dataEmbed'],
    figcaption: [['className', 'embed-meta']],
    // One className rule per element (a second one would replace the first): footnotes' and cards'.
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter(
        (rule) => !Array.isArray(rule) || rule[0] !== 'className',
      ),
      ['className', 'data-footnote-backref', 'embed-play', 'embed-link'],
      'dataEmbedVideo',
    ],
    blockquote: [...(defaultSchema.attributes?.blockquote ?? []), ['className', 'embed-text']],
    p: [['className', 'embed-title']],
    span: [['className', ...EMBED_SPAN_CLASSES]],
  },
  protocols: {
    ...defaultSchema.protocols,
    src: ['http', 'https'],
  },
};
