// Screen 3: one update. Save an edit (with a correction note once it is online), publish a
// draft, or retract it with the reason readers will see.
import { fieldError } from './form-fields.ts';
import type { FieldProblems } from './field-problems.ts';
import { html, page } from './html.ts';
import { noticeOf, type ArticleScreenView } from './article-screen.ts';
import { updateForm, type UpdateFormView } from './update-form.ts';

export interface EditScreenView {
  slug: string;
  articleTitle: string;
  name: string;
  draft: boolean;
  retracted: boolean;
  form: Omit<UpdateFormView, 'action' | 'buttons'>;
  /** Problems of the retraction form (its reason). */
  retractProblems: FieldProblems;
  notice?: ArticleScreenView['notice'];
}

export function editScreen(view: EditScreenView): string {
  const action = `/articles/${view.slug}/updates/${view.name}`;
  const hash = view.form.values.hash ?? '';
  const buttons: [string, string][] = view.draft
    ? [
        ['publish-draft', 'Publish'],
        ['save', 'Save draft'],
      ]
    : [['save', 'Save correction']];
  return page(
    `Edit ${view.name}`,
    html`<p><a href="/articles/${view.slug}/">${view.articleTitle}</a></p>
      <h1>Edit update</h1>
      ${noticeOf(view.notice)}
      <p class="meta">${view.name}${view.draft ? ' · draft' : ''}</p>
      ${
        view.retracted
          ? html`<p>This update was retracted; readers see the retraction note instead.</p>`
          : html`${updateForm({ ...view.form, action, buttons })}
              <h2>Retract</h2>
              <form method="post" action="${action}" class="update">
                <input type="hidden" name="hash" value="${hash}" />
                <label for="reason">Reason readers will see</label>
                <input
                  id="reason"
                  name="reason"
                  autocomplete="off"
                  ${view.retractProblems.reason ? html` aria-invalid="true" aria-describedby="reason-error"` : ''}
                />
                ${fieldError('reason', view.retractProblems)}
                <div class="buttons">
                  <button name="action" value="retract" class="danger">Retract update</button>
                </div>
              </form>`
      }`,
  );
}
