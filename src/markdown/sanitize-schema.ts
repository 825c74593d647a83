import { defaultSchema, type Options } from 'rehype-sanitize';

/**
 * GitHub's schema (rehype-sanitize's default) plus only what news copy needs:
 * figures with captions and `<time datetime>`. Images may only come from the
 * site itself: `src` takes no protocol at all, so http(s), data: and javascript:
 * sources are dropped. Ids keep the `user-content-` prefix against DOM clobbering.
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'time'],
  attributes: {
    ...defaultSchema.attributes,
    time: ['dateTime'],
  },
  protocols: {
    ...defaultSchema.protocols,
    src: [],
  },
};
