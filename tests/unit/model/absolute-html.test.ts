import { expect, test } from 'vitest';
import { absolutizeHtml } from '../../../src/model/absolute-html.ts';

const page = 'https://n.example/live-news/articles/a/';

test.each([
  [
    '<p><a href="#update-x">here</a></p>',
    '<p><a href="https://n.example/live-news/articles/a/#update-x">here</a></p>',
  ],
  ['<img src="photo.jpg" alt="">', '<img src="https://n.example/live-news/articles/a/photo.jpg" alt="">'],
  [
    '<img src="/live-news/_astro/p.webp" alt="">',
    '<img src="https://n.example/live-news/_astro/p.webp" alt="">',
  ],
  ['<a href="https://other.example/x">x</a>', '<a href="https://other.example/x">x</a>'],
  [
    '<img srcset="/a.webp 400w, b.webp 800w" src="b.webp" alt="">',
    '<img srcset="https://n.example/a.webp 400w, https://n.example/live-news/articles/a/b.webp 800w" src="https://n.example/live-news/articles/a/b.webp" alt="">',
  ],
  // Only URL attributes change: the rest of the text is kept exactly as it was.
  ['<p>Text &amp; &lt;b&gt;</p>', '<p>Text &amp; &lt;b&gt;</p>'],
  [
    '<p title="a > b" data-x="<img src=x>">5 &#x3C; 6 <a title=\'q\' href="u">u</a><!-- <a href="c"> --></p>',
    '<p title="a > b" data-x="<img src=x>">5 &#x3C; 6 <a title="q" href="https://n.example/live-news/articles/a/u">u</a><!-- <a href="c"> --></p>',
  ],
])('%s', (html, out) => expect(absolutizeHtml(html, page)).toBe(out));
