import {
  CARD_RULE,
  HEADLINE_FONT,
  LABEL_FONT,
  TIME_FONT,
  textBlock,
  type CardLayout,
} from './card-layout.ts';
import { wrapHeadline } from './headline-card.ts';

/** What a shared update's 1200 x 630 card shows (src/images/update-card.ts makes the image). */
export interface UpdateCardText {
  headline: string;
  /** The update's time as readers see it ("24 March 2024, 15:30 CET"). */
  time: string;
  articleTitle: string;
  siteName: string;
}

/**
 * Where the card's texts go: the site and article name, the update's headline and its time,
 * bottom up from the time. On the article's photo (`onPhoto`) the text sits on a dark band over
 * the picture's lower part; without one, on the site's accent colour under a white rule.
 */
export function updateCardLayout(
  text: UpdateCardText,
  onPhoto: boolean,
  width = 1200,
  height = 630,
): CardLayout {
  const size = text.headline.length > 80 ? 46 : 56;
  const lines = wrapHeadline(text.headline, size === 46 ? 38 : 30, onPhoto ? 3 : 5);
  const lineHeight = Math.round(size * 1.2);
  const timeY = height - 60;
  const firstY = timeY - 64 - (lines.length - 1) * lineHeight;
  const articleY = firstY - size - 24;
  const [article] = wrapHeadline(`${text.siteName} · ${text.articleTitle}`, 60, 1);
  return {
    width,
    height,
    ...(onPhoto ? { bandTop: articleY - 60 } : { rule: CARD_RULE }),
    texts: [
      textBlock([article!], LABEL_FONT, 28, articleY),
      textBlock(lines, HEADLINE_FONT, size, firstY, lineHeight),
      textBlock([text.time], TIME_FONT, 30, timeY),
    ],
  };
}
