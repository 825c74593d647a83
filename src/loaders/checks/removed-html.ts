import type { Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { embedFromCode, isProviderLeftover, isProviderScript } from '../../markdown/embed-code.ts';
import { PROVIDER_NAMES } from '../../markdown/embed-urls.ts';
import { sanitizeSchema } from '../../markdown/sanitize-schema.ts';
import type { ContentProblem } from '../content-problem.ts';
import type { ContentTree } from '../read-content.ts';
import { parseBody } from './body-links.ts';

const KEPT = new Set(sanitizeSchema.tagNames);
/** A start tag's name as HTML reads it: a letter, then anything up to a space, `/` or `>`. */
const START_TAG_NAME = /<([a-z][^\s/>]*)/gi;
/** Elements an editor pastes to show something from elsewhere: what embeds are for. */
const EMBED_LIKE = new Set(['iframe', 'script', 'object', 'embed', 'video', 'audio', 'frame', 'frameset']);
/** Elements without contents or a closing tag. */
const VOID = new Set(['area', 'base', 'col', 'embed', 'frame', 'link', 'meta', 'param', 'track', 'wbr']);
const names = Object.values(PROVIDER_NAMES);
const PROVIDERS = `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * Warnings, not errors: raw HTML in a body that the sanitizer will remove, one per
 * element, with its line. Recognised embed code (and the provider scripts that come
 * with it) becomes a card and is not reported. The build and `npm run check:content`
 * print these and go on, so nothing an editor wrote disappears without a word.
 */
export function findRemovedHtml(tree: Pick<ContentTree, 'articles' | 'updates'>): ContentProblem[] {
  return [...tree.articles, ...tree.updates]
    .filter((source) => mayHoldRemovedHtml(source.body))
    .flatMap(removedHtmlWarnings);
}

/** The warnings of one file, from a Markdown parse of its body. */
export function removedHtmlWarnings(
  source: Pick<ContentTree['updates'][number], 'file' | 'text' | 'body'>,
): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const { tree: body, fileLine } = parseBody(source);
  // Inline HTML comes one tag per node: inside a removed element opened earlier in the
  // same paragraph (`<svg>` ... `</svg>`), the tags are part of what was reported.
  let open: { parent: unknown; tagName: string } | undefined;
  visit(body, 'html', (node: Nodes, _index, parent) => {
    if (node.type !== 'html') return;
    if (open && open.parent === parent) {
      if (new RegExp(`^</${open.tagName}\\s*>$`, 'i').test(node.value.trim())) open = undefined;
      return;
    }
    const first = fileLine(node.position?.start.line);
    const removed = removedElements(fromHtml(node.value, { fragment: true }));
    for (const { tagName, line } of removed) {
      warnings.push({
        file: source.file,
        line: first + line - 1,
        field: 'body',
        message: removal(tagName),
      });
    }
    const lone = removed.length === 1 && !node.value.includes('</') ? removed[0]! : undefined;
    const unclosed = lone && !VOID.has(lone.tagName) && parent?.type !== 'root';
    open = unclosed ? { parent, tagName: lone.tagName } : undefined;
  });
  return warnings;
}

/**
 * Whether a body names any element the sanitizer removes. Most bodies with HTML hold
 * only kept tags (`<sub>`, `<mark>`), and a Markdown parse of every one of them cost
 * seconds per build. Conservative: a tag in a code example, or an autolink
 * (`<https://...>`), still means a parse. Every element the HTML parser creates is
 * written out, or implied by one that is (a `<tbody>` by a `<tr>`, kept; a `<colgroup>`
 * by a `<col>`, not kept).
 */
export function mayHoldRemovedHtml(body: string): boolean {
  for (const [, name] of body.matchAll(START_TAG_NAME)) if (!KEPT.has(name!.toLowerCase())) return true;
  return false;
}

/** `<iframe> removed: only embeds from X, YouTube, ... are kept, see docs/editing.md#embeds`. */
export function removal(tagName: string): string {
  return EMBED_LIKE.has(tagName)
    ? `<${tagName}> removed: only embeds from ${PROVIDERS} are kept, see docs/editing.md#embeds`
    : `<${tagName}> removed: this HTML element is not kept in articles, see docs/editing.md#embeds`;
}

/** Each removed element outside another removed one (an `<svg>`, not also its `<path>`s). */
function removedElements(root: HastNodes, inRemoved = false): { tagName: string; line: number }[] {
  if (root.type !== 'element' && root.type !== 'root') return [];
  return root.children.flatMap((node) => {
    if (node.type !== 'element') return [];
    if (embedFromCode(node) || isProviderScript(node) || isProviderLeftover(node)) return [];
    const removed = !KEPT.has(node.tagName);
    const own =
      removed && !inRemoved ? [{ tagName: node.tagName, line: node.position?.start.line ?? 1 }] : [];
    return [...own, ...removedElements(node, inRemoved || removed)];
  });
}
