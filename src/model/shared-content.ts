import { playerUrl } from '../markdown/video-player.ts';
import type { EmbedCardData } from './embed-cards.ts';

/**
 * schema.org `sharedContent` for the embed cards of a body: a `VideoObject` for a
 * YouTube or Vimeo video, a `SocialMediaPosting` for a post. Only what the card shows
 * (never fetched); the video's embedUrl is the privacy-mode player.
 */
export function sharedContentOf(cards: readonly EmbedCardData[]): Record<string, unknown>[] {
  return cards.map((card) => {
    const provider = { '@type': 'Organization', name: card.providerName };
    const player = card.video && playerUrl(card.provider, card.video);
    if (player)
      return {
        '@type': 'VideoObject',
        name: card.title ?? `${card.providerName} video`,
        url: card.url,
        embedUrl: player.replace(/[?&]autoplay=1$/, ''),
        ...(card.provider === 'youtube' && {
          thumbnailUrl: `https://i.ytimg.com/vi/${card.video}/hqdefault.jpg`,
        }),
        provider,
      };
    return {
      '@type': 'SocialMediaPosting',
      url: card.url,
      ...(card.title && { headline: card.title }),
      ...(card.text && { text: card.text }),
      ...(card.author && { author: { '@type': 'Person', name: card.author } }),
      provider,
    };
  });
}
