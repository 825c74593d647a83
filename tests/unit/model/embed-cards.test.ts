import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { embedCard } from '../../../src/markdown/embed-card.ts';
import { embedFromUrl } from '../../../src/markdown/embed-urls.ts';
import { readEmbedCards } from '../../../src/model/embed-cards.ts';
import { buildArticleJsonLd } from '../../../src/model/json-ld.ts';
import { sharedContentOf } from '../../../src/model/shared-content.ts';

const card = (url: string, fields: Record<string, string> = {}) =>
  toHtml(embedCard({ ...embedFromUrl(url)!, ...fields }));

describe('readEmbedCards', () => {
  it('reads back what each card shows, in order', () => {
    const html = `<p>Before</p>${card('https://x.com/a/status/1', { text: 'Line one\nLine two', author: 'A (@a)' })}${card('https://youtu.be/dQw4w9WgXcQ', { title: 'Rescue <live>' })}`;
    expect(readEmbedCards(html)).toEqual([
      {
        provider: 'x',
        providerName: 'X',
        url: 'https://x.com/a/status/1',
        author: 'A (@a)',
        text: 'Line one\nLine two',
      },
      {
        provider: 'youtube',
        providerName: 'YouTube',
        url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        video: 'dQw4w9WgXcQ',
        title: 'Rescue <live>',
      },
    ]);
  });

  it('finds nothing in a body without cards', () => {
    expect(readEmbedCards('<p>A <a href="https://x.com/a/status/1">post</a></p>')).toEqual([]);
  });
});

describe('sharedContent in JSON-LD', () => {
  const shared = sharedContentOf(
    readEmbedCards(
      card('https://x.com/a/status/1', { text: 'Hello', author: 'A (@a)' }) +
        card('https://vimeo.com/76979871', { title: 'Clip' }),
    ),
  );

  it('is a SocialMediaPosting for a post and a VideoObject with the privacy-mode player for a video', () => {
    expect(shared).toEqual([
      {
        '@type': 'SocialMediaPosting',
        url: 'https://x.com/a/status/1',
        text: 'Hello',
        author: { '@type': 'Person', name: 'A (@a)' },
        provider: { '@type': 'Organization', name: 'X' },
      },
      {
        '@type': 'VideoObject',
        name: 'Clip',
        url: 'https://vimeo.com/76979871',
        embedUrl: 'https://player.vimeo.com/video/76979871?dnt=1',
        provider: { '@type': 'Organization', name: 'Vimeo' },
      },
    ]);
  });

  it('is attached to the update that embeds them', () => {
    const ld = buildArticleJsonLd(
      {
        url: 'https://news.example/articles/a/',
        headline: 'A',
        status: 'live',
        published: '2024-06-12T09:00:00+02:00',
        modified: '2024-06-12T10:00:00+02:00',
        images: ['https://news.example/og.png'],
        authors: [],
        keywords: [],
        updates: [
          {
            id: 'update-x',
            published: '2024-06-12T10:00:00+02:00',
            body: 'Hello',
            authors: [],
            sharedContent: shared,
          },
          {
            id: 'update-y',
            published: '2024-06-12T10:05:00+02:00',
            body: 'Text',
            authors: [],
            sharedContent: [],
          },
        ],
        inLanguage: 'en',
      },
      {
        name: 'N',
        url: 'https://news.example/',
        logo: { url: 'https://news.example/logo.png', width: 1, height: 1 },
      },
    );
    const [withEmbeds, without] = ld.liveBlogUpdate as Record<string, unknown>[];
    expect(withEmbeds!.sharedContent).toEqual(shared);
    expect(without).not.toHaveProperty('sharedContent');
  });
});
