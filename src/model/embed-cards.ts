import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

/** An embed card as a rendered body holds it (src/markdown/embed-card.ts). */
export interface EmbedCardData {
  provider: string;
  /** The provider's name as readers see it ("X", "YouTube"). */
  providerName: string;
  url: string;
  video?: string;
  title?: string;
  author?: string;
  text?: string;
}

/**
 * The embed cards of a rendered, sanitized body, in order, for structured data. Only
 * cards carry the `embed` class (rehype-embeds removes it from what editors write),
 * so a quick look for it skips the parse for every other body.
 */
export function readEmbedCards(html: string): EmbedCardData[] {
  if (!html.includes('class="embed ')) return [];
  const cards: EmbedCardData[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (node.tagName !== 'figure' || !hasClass(node, 'embed')) return;
    const find = (cls: string) => first(node, cls);
    const link = find('embed-link');
    const url = link && String(link.properties.href ?? '');
    if (!url) return 'skip';
    const text = (cls: string) => {
      const el = find(cls);
      return el
        ? toText(el)
            .replace(/[ \t]+/g, ' ')
            .trim() || undefined
        : undefined;
    };
    const video = find('embed-play')?.properties.dataEmbedVideo;
    cards.push({
      provider: String(node.properties.dataEmbed ?? ''),
      providerName: text('embed-provider') ?? '',
      url,
      ...(typeof video === 'string' && { video }),
      ...optional('title', text('embed-title')),
      ...optional('author', text('embed-author')),
      ...optional('text', text('embed-text')),
    });
    return 'skip';
  });
  return cards;
}

const optional = (key: string, value: string | undefined) => (value ? { [key]: value } : {});

function hasClass(node: Element, cls: string): boolean {
  const value = node.properties.className;
  return Array.isArray(value) && value.includes(cls);
}

function first(root: Element, cls: string): Element | undefined {
  let found: Element | undefined;
  visit(root, 'element', (node: Element) => {
    if (found) return 'skip';
    if (node !== root && hasClass(node, cls)) found = node;
  });
  return found;
}
