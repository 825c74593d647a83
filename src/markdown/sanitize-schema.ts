import { defaultSchema, type Options } from 'rehype-sanitize';

/**
 * GitHub's schema (rehype-sanitize's default) plus only what news copy needs:
 * figures with captions and `<time datetime>`. Images may only come from the
 * site itself: rehype-local-images has already removed every image with a
 * protocol it recognises, and here `src` keeps only http(s), so data:,
 * javascript: and disguised ones ("jav&#x09;ascript:") lose their source. (An
 * empty list would allow every protocol.) Ids keep the `user-content-` prefix
 * against DOM clobbering. `<style>` is stripped with its contents, like
 * `<script>`, so pasted CSS does not show up as stray text.
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style'],
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'time'],
  attributes: {
    ...defaultSchema.attributes,
    time: ['dateTime'],
    // The empty slot remark-photos leaves for a Markdown photo; the page fills it.
    figure: [['className', 'photo-slot'], 'dataPhoto'],
  },
  protocols: {
    ...defaultSchema.protocols,
    src: ['http', 'https'],
  },
};
