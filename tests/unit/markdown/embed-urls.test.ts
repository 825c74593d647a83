import { describe, expect, it } from 'vitest';
import { embedFromUrl } from '../../../src/markdown/embed-urls.ts';
import { playerUrl } from '../../../src/markdown/video-player.ts';

describe('embedFromUrl', () => {
  it.each([
    [
      'https://twitter.com/citypolice/status/1800000000000000001?s=20',
      'x',
      'https://x.com/citypolice/status/1800000000000000001',
    ],
    ['https://mobile.x.com/a_b/status/1', 'x', 'https://x.com/a_b/status/1'],
    ['https://youtu.be/dQw4w9WgXcQ?si=abc', 'youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    [
      'https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
      'youtube',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ],
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', 'youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    [
      'https://www.youtube.com/live/dQw4w9WgXcQ?feature=share',
      'youtube',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ],
    [
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      'youtube',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ],
    ['https://vimeo.com/76979871', 'vimeo', 'https://vimeo.com/76979871'],
    [
      'https://player.vimeo.com/video/76979871?h=8272103f6e&badge=0',
      'vimeo',
      'https://vimeo.com/76979871/8272103f6e',
    ],
    [
      'https://www.instagram.com/reel/C8AbCdEfGhI/?igsh=x',
      'instagram',
      'https://www.instagram.com/reel/C8AbCdEfGhI/',
    ],
    [
      'https://www.tiktok.com/@city.reporter/video/7380000000000000001?lang=en',
      'tiktok',
      'https://www.tiktok.com/@city.reporter/video/7380000000000000001',
    ],
    ['https://t.me/s/cityupdates/4321', 'telegram', 'https://t.me/cityupdates/4321'],
    [
      'https://bsky.app/profile/city.bsky.social/post/3kvabcdefgh2x',
      'bluesky',
      'https://bsky.app/profile/city.bsky.social/post/3kvabcdefgh2x',
    ],
    [
      'https://mastodon.social/@cityweather/112600000000000001',
      'mastodon',
      'https://mastodon.social/@cityweather/112600000000000001',
    ],
    [
      'https://www.facebook.com/cityhall/videos/1234567890/',
      'facebook',
      'https://www.facebook.com/cityhall/videos/1234567890/',
    ],
    [
      'https://www.facebook.com/permalink.php?story_fbid=123&id=456&ref=x',
      'facebook',
      'https://www.facebook.com/permalink.php?story_fbid=123&id=456',
    ],
  ])('%s is a %s embed of %s', (url, provider, original) => {
    expect(embedFromUrl(url)).toMatchObject({ provider, url: original });
  });

  it.each([
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/',
    'https://vimeo.com/channels/staffpicks',
    'https://www.facebook.com/cityhall',
    'https://www.facebook.com/permalink.php',
    'https://t.me/cityupdates',
    'https://x.com/home',
    'https://xn--youtub-cva.com/watch?v=dQw4w9WgXcQ',
    'https://x.com./a/status/1',
    'javascript://x.com/a/status/1',
    'data:text/html,https://x.com/a/status/1',
    'not a url',
  ])('%s is not an embed', (url) => {
    expect(embedFromUrl(url)).toBeUndefined();
  });
});

describe('playerUrl', () => {
  it('gives the privacy-mode players only, from a valid id only', () => {
    expect(playerUrl('youtube', 'dQw4w9WgXcQ')).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    );
    expect(playerUrl('vimeo', '76979871')).toBe('https://player.vimeo.com/video/76979871?dnt=1&autoplay=1');
    expect(playerUrl('youtube', 'x" onload="alert(1)')).toBeUndefined();
    expect(playerUrl('vimeo', '1/../../evil')).toBeUndefined();
    expect(playerUrl('x', '1')).toBeUndefined();
  });
});
