import type { Element, ElementContent } from 'hast';
import { embedWords } from '../model/embed-words.ts';
import { PROVIDER_NAMES, type Embed } from './embed-urls.ts';

/**
 * The static card readers see in place of an embed: built from parsed values only
 * (text nodes and a rebuilt https URL), so nothing pasted passes through, and
 * hast-util-to-html escapes every value where it lands. Nothing in it loads from
 * another host. A video is a link to the original (all a reader without JavaScript
 * needs) that src/scripts/video-embeds.ts turns into the privacy-mode player on a click.
 * Its words are English here; a page in another language puts its own in (model/embed-words.ts).
 *
 * Post:  figure.embed.embed-post > blockquote.embed-text?, figcaption.embed-meta
 * Video: figure.embed.embed-video > a.embed-play[data-embed-video], figcaption.embed-meta
 */
export function embedCard(embed: Embed): Element {
  const name = PROVIDER_NAMES[embed.provider];
  const video = embed.video !== undefined;
  const meta = element('figcaption', { className: ['embed-meta'] }, [
    span('embed-provider', name),
    ...(embed.author ? [span('embed-author', embed.author)] : []),
    ...(embed.date ? [span('embed-date', embed.date)] : []),
    element('a', { className: ['embed-link'], href: embed.url }, [
      text(embedWords(video ? 'watchOn' : 'viewOn', name)),
    ]),
  ]);
  const main = video ? [playLink(embed)] : embed.text ? [quote(embed.text, embed.url)] : [];
  const title =
    !video && embed.title ? [element('p', { className: ['embed-title'] }, [text(embed.title)])] : [];
  return element(
    'figure',
    { className: ['embed', video ? 'embed-video' : 'embed-post'], dataEmbed: embed.provider },
    [...title, ...main, meta],
  );
}

/** Class every card's figure has: how pages and feeds find cards in rendered HTML. */
export const EMBED_CLASS = 'embed';

function playLink(embed: Embed): Element {
  return element('a', { className: ['embed-play'], href: embed.url, dataEmbedVideo: embed.video }, [
    element('span', { className: ['embed-play-icon'] }, []),
    span('embed-title', embed.title ?? embedWords('providerVideo', PROVIDER_NAMES[embed.provider])),
    span('embed-play-label', embedWords('playVideo', '')),
  ]);
}

/** The post's text: a paragraph per blank-line-separated block, line breaks kept. */
function quote(value: string, cite: string): Element {
  const paragraphs = value.split(/\n{2,}/).map((block) =>
    element(
      'p',
      {},
      block.split('\n').flatMap((line, i): ElementContent[] => (i === 0 ? [text(line)] : [br(), text(line)])),
    ),
  );
  return element('blockquote', { className: ['embed-text'], cite }, paragraphs);
}

function span(className: string, value: string): Element {
  return element('span', { className: [className] }, [text(value)]);
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const br = (): Element => element('br', {}, []);
