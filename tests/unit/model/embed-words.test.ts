import { createMarkdownProcessor, isUnifiedProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { en } from '../../../src/i18n/en.ts';
import { wordsFor } from '../../../src/i18n/words.ts';
import { translateEmbedCards } from '../../../src/model/embed-words.ts';

let renderer: MarkdownRenderer;

beforeAll(async () => {
  const processor = config.markdown?.processor;
  if (!processor || !isUnifiedProcessor(processor)) throw new Error('astro.config.mjs must select unified()');
  renderer = await createMarkdownProcessor({ ...processor.options, syntaxHighlight: false });
});

const render = async (markdown: string) => (await renderer.render(markdown)).code;
const VIDEO = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const POST = 'https://bsky.app/profile/city.example/post/3kq2abcdefg2x';

describe('embed cards in the page language', () => {
  it('renders cards with the English words', async () => {
    const html = await render(`${VIDEO}\n\n${POST}`);
    expect(html).toContain('>Play video</span>');
    expect(html).toContain('>YouTube video</span>');
    expect(html).toContain('>Watch on YouTube</a>');
    expect(html).toContain('>View on Bluesky</a>');
  });

  it('puts the Dutch and Arabic words in a rendered card', async () => {
    const html = await render(`${VIDEO}\n\n${POST}`);
    const nl = translateEmbedCards(html, wordsFor('nl'));
    expect(nl).toContain('>Video afspelen</span>');
    expect(nl).toContain('>YouTube-video</span>');
    expect(nl).toContain('>Bekijk op YouTube</a>');
    expect(nl).toContain('>Bekijk op Bluesky</a>');
    expect(nl).not.toMatch(/Play video|Watch on|View on| video</);
    const ar = translateEmbedCards(html, wordsFor('ar'));
    expect(ar).toContain('>تشغيل الفيديو</span>');
    expect(ar).toContain('>شاهد على YouTube</a>');
    // Only the words change: the markup around them is the same.
    expect(ar.replace(/>[^<]*</g, '><')).toBe(html.replace(/>[^<]*</g, '><'));
  });

  it('keeps what the editor wrote, and text outside cards, as written', async () => {
    const html = await render(`Play video\n\n${VIDEO}\ntitle: YouTube video of the flood`);
    const nl = translateEmbedCards(html, wordsFor('nl'));
    expect(nl).toContain('<p>Play video</p>');
    expect(nl).toContain('>YouTube video of the flood</span>');
    expect(nl).toContain('>Video afspelen</span>');
  });

  it('leaves English pages and bodies without cards alone', async () => {
    const html = await render(`${VIDEO}`);
    expect(translateEmbedCards(html, en)).toBe(html);
    expect(translateEmbedCards('<p>Watch on YouTube</p>', wordsFor('nl'))).toBe('<p>Watch on YouTube</p>');
  });
});
