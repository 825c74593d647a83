/**
 * Start and end tags in HTML as our Markdown pipeline and hast-util-to-html write it:
 * `<` in text is always escaped, so a `<` followed by a letter or `/` opens a tag, and
 * attribute values are quoted, so a `>` inside one does not end the tag. Comments too
 * (the sanitizer drops them, but a tag inside one must not count).
 */
export const TAG =
  /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
