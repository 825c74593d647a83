// Screen 2: one article. "Online" with the permalink after a publish, the form for a new
// update, the coverage switch (end or reopen), and its updates, newest first, to edit.
import { html, page, type Markup } from './html.ts';
import { updateForm, type UpdateFormView } from './update-form.ts';

export interface ArticleScreenView {
  slug: string;
  title: string;
  coverage: 'live' | 'ended' | 'article';
  zone: string;
  updates: { name: string; title: string; time: string; marks: string[] }[];
  form: Omit<UpdateFormView, 'action' | 'buttons'>;
  /** After a publish or a save: what happened, and the reader's address of it. */
  notice?: { text: string; url?: string | undefined; warnings?: string[] };
}

export function articleScreen(view: ArticleScreenView): string {
  const base = `/articles/${view.slug}/`;
  return page(
    view.title,
    html`<h1>${view.title}</h1>
      ${noticeOf(view.notice)}
      <p class="meta">
        ${view.coverage === 'article' ? 'Article' : view.coverage === 'live' ? 'Live coverage' : 'Coverage ended'}
        · times in ${view.zone}
      </p>
      ${coverageSwitch(base, view.coverage)}
      <h2>New update</h2>
      <p class="meta">The time is filled in when you publish, in the article’s zone.</p>
      ${updateForm({
        ...view.form,
        action: `${base}updates`,
        photos: true,
        buttons: [
          ['publish', 'Publish'],
          ['draft', 'Save draft'],
        ],
      })}
      <h2>Updates</h2>
      <ul class="updates">
        ${view.updates.map(
          (u) =>
            html`<li>
              <a href="${base}updates/${u.name}">${u.title || '(no headline)'}</a>
              <span class="meta">${u.time}</span>
              ${u.marks.map((m) => html` <span class="tag">${m}</span>`)}
            </li>`,
        )}
      </ul>`,
  );
}

export function noticeOf(notice: ArticleScreenView['notice']): Markup {
  if (!notice) return html``;
  return html`<div class="notice" role="status">
    <p>${notice.text}${notice.url ? html`: <a href="${notice.url}">${notice.url}</a>` : ''}</p>
    ${
      notice.warnings?.length
        ? html`<p>Warnings (published anyway, as a build would):</p>
            <ul class="warnings">
              ${notice.warnings.map((w) => html`<li>${w}</li>`)}
            </ul>`
        : ''
    }
  </div>`;
}

function coverageSwitch(base: string, coverage: ArticleScreenView['coverage']): Markup {
  if (coverage === 'article') return html``;
  const [action, text] = coverage === 'live' ? ['end', 'End coverage'] : ['reopen', 'Reopen coverage'];
  return html`<form method="post" action="${base}${action}" class="inline"><button>${text}</button></form>`;
}
