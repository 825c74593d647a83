import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { embedCard, EMBED_CLASS } from './embed-card.ts';
import { embedFromCode, isProviderLeftover, isProviderScript } from './embed-code.ts';
import { embedFromUrl, type Embed } from './embed-urls.ts';

/**
 * Embeds: a post or video address alone in a paragraph, or the code a provider's
 * "Embed" button gives, becomes a static card (embed-card.ts); the provider's
 * scripts that came with the code are dropped. Anything else is left for
 * rehype-sanitize, which runs after this. Runs after rehype-raw, so pasted code is
 * already parsed; editors cannot forge a card's classes (removed from their HTML first).
 */
export function rehypeEmbeds() {
  return (tree: Root) => {
    visit(tree, 'element', removeCardMarks);
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const embed = embedFromCode(node) ?? embedFromParagraph(node) ?? embedAloneInParagraph(node);
      if (embed) {
        parent.children[index] = embedCard(embed);
        return SKIP;
      }
      if (!isProviderScript(node) && !isProviderLeftover(node)) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

/** The optional lines an editor may write under an address: `title: ...`, `author: ...`. */
export const EMBED_FIELDS = ['title', 'author', 'text', 'date'] as const;

const FIELD_LINE = new RegExp(`^(${EMBED_FIELDS.join('|')})\\s*:\\s*(.*)$`, 'i');

/**
 * `<p><a href="URL">URL</a></p>`: an address alone on its line (GFM links it), then
 * only field lines. A link with other words, or a line that is not a field, stays as written.
 */
export function embedFromParagraph(node: Element): Embed | undefined {
  if (node.tagName !== 'p') return undefined;
  const [first, ...rest] = node.children;
  if (first?.type !== 'element' || first.tagName !== 'a') return undefined;
  const href = String(first.properties.href ?? '');
  if (toText(first).trim() !== href) return undefined;
  if (rest.some((child) => child.type !== 'text' && !(child.type === 'element' && child.tagName === 'br')))
    return undefined;
  const lines = rest
    .map((child) => (child.type === 'text' ? child.value : '\n'))
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const fields = lines.map((line) => FIELD_LINE.exec(line));
  if (fields.some((m) => !m)) return undefined;
  const embed = embedFromUrl(href);
  if (!embed) return undefined;
  const given = fields.flatMap((m) => (m && m[2] ? [[m[1]!.toLowerCase(), m[2]]] : []));
  return { ...embed, ...Object.fromEntries(given) };
}

/** `<p><iframe ...></iframe></p>`: code alone in a paragraph becomes the card, not a card inside a `<p>`. */
function embedAloneInParagraph(node: Element): Embed | undefined {
  if (node.tagName !== 'p') return undefined;
  const content = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const only = content.length === 1 ? content[0] : undefined;
  return only?.type === 'element' ? embedFromCode(only) : undefined;
}

const CARD_CLASS = new RegExp(`^${EMBED_CLASS}(-|$)`);

/** Classes and data attributes of cards are only ever written by embedCard. */
function removeCardMarks(node: Element) {
  const { className } = node.properties;
  if (Array.isArray(className))
    node.properties.className = className.filter((c) => !CARD_CLASS.test(String(c)));
  delete node.properties.dataEmbed;
  delete node.properties.dataEmbedVideo;
}
