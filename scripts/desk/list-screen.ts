// Screen 1: the articles, live coverage first by recency, each with where it stands.
import type { DeskArticle } from './article-list.ts';
import { html, page } from './html.ts';

const COVERAGE = { live: 'Live', ended: 'Ended', article: 'Article' };

export function listScreen(articles: DeskArticle[]): string {
  const rows = articles.map(
    (a) =>
      html`<li>
        <a href="/articles/${a.slug}/">${a.title}</a>
        <span class="tag ${a.coverage}">${COVERAGE[a.coverage]}</span
        >${a.draft ? html` <span class="tag">Draft</span>` : ''}
        <span class="meta"
          >Last update ${a.lastUpdate} · ${a.updates} ${a.updates === 1 ? 'update' : 'updates'}</span
        >
      </li>`,
  );
  return page(
    'Articles',
    html`<h1>Articles</h1>
      <p><a href="/new-article">Start a new article</a></p>
      <ul class="articles">
        ${rows}
      </ul>`,
  );
}
