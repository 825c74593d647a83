/**
 * Start and end tags in HTML as our Markdown pipeline and hast-util-to-html write it:
 * `<` in text is always escaped, so a `<` followed by a letter or `/` opens a tag, and
 * attribute values are quoted, so a `>` inside one does not end the tag. Comments too
 * (the sanitizer drops them, but a tag inside one must not count).
 */
const TAG_SOURCE =
  /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/
    .source;

/** A new global TAG pattern: groups 1 "/" for an end tag, 2 the name, 3 the attributes. */
export const tagPattern = () => new RegExp(TAG_SOURCE, 'g');

/** The tags of `html`, in order (see tagPattern). */
export const tagsIn = (html: string) => html.matchAll(tagPattern());

/** A tag at the very start of a string. */
export const TAG_AT_START = new RegExp(`^(?:${TAG_SOURCE})`);

/**
 * True when text between the tags still holds something that opens a tag: the HTML is
 * not in the form the scanner expects, and callers fall back to a full parse.
 */
export const looksLikeTag = (text: string) => /<[a-zA-Z!/?]/.test(text);

const ATTRIBUTE = /\s([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The attributes of a start tag matched by tagPattern, names lowercased, values still encoded. */
export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const name = /^<[a-zA-Z][a-zA-Z0-9-]*/.exec(tag)?.[0].length ?? 0;
  for (const match of tag.slice(name).matchAll(ATTRIBUTE)) {
    const key = match[1]!.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/**
 * The inner HTML of the first `name` element in `html`, or undefined: from its start tag to
 * the end tag that closes it, counting nested elements of the same name.
 */
export function innerHtmlOf(
  html: string,
  name: string,
  where?: (tag: string) => boolean,
): string | undefined {
  let depth = 0;
  let start = -1;
  for (const tag of tagsIn(html)) {
    if (tag[2]?.toLowerCase() !== name) continue;
    if (start === -1) {
      if (tag[1] === '' && (!where || where(tag[0]))) {
        start = tag.index + tag[0].length;
        depth = 1;
      }
    } else if (tag[1] === '') depth++;
    else if (--depth === 0) return html.slice(start, tag.index);
  }
  return undefined;
}
