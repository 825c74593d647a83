// The form that writes an update, new or edited: headline, Markdown text with its
// preview, key event, pinned, author. Ctrl/Cmd+Enter presses the first button (desk.js).
import { checkbox, formErrors, select, textArea, textField } from './form-fields.ts';
import type { FieldProblems } from './field-problems.ts';
import { html, type Markup } from './html.ts';
import { photoFields } from './photo-fields.ts';
import type { PhotoFields } from './photo-upload.ts';

export interface UpdateValues {
  title: string;
  body: string;
  keyEvent: boolean;
  pinned: boolean;
  author: string;
  /** Edits only: the correction note readers see, and the file's hash when it was opened. */
  correction?: string;
  hash?: string;
}

export const EMPTY_UPDATE: UpdateValues = { title: '', body: '', keyEvent: false, pinned: false, author: '' };

export interface UpdateFormView {
  action: string;
  values: UpdateValues;
  problems: FieldProblems;
  authors: { id: string; name: string }[];
  /** The buttons, the first one pressed by Enter in a field and Ctrl/Cmd+Enter: [value, text]. */
  buttons: [string, string][];
  /** The preview page (update-preview.ts): the body sanitized by the site's pipeline. */
  preview?: string;
  /** The new-update form takes a photo; `photo` holds what was typed for a refused one. */
  photos?: boolean;
  photo?: Omit<PhotoFields, 'file'>;
  /** What a build would warn about in the text (text-warnings.ts); desk.js keeps it current. */
  warnings?: string[];
}

// The preview is a frame: the site's stylesheet stays out of the desk's page. Its document
// (srcdoc) is same-origin, so it takes the desk's CSP (no inline script, nothing from other
// hosts), loads the stylesheet and photos from the desk, and desk.js can size it. (A sandbox
// attribute would stop axe and Playwright from looking inside it.)
export function updateForm(view: UpdateFormView): Markup {
  const { values: v, problems: p } = view;
  const authors = [
    { value: '', text: '(none)' },
    ...view.authors.map((a) => ({ value: a.id, text: a.name })),
  ];
  return html`<form
      method="post"
      action="${view.action}"
      class="update"
      data-publish-form${view.photos ? html` enctype="multipart/form-data"` : ''}
    >
      ${formErrors(p)}
      ${v.hash !== undefined ? html`<input type="hidden" name="hash" value="${v.hash}" />` : ''}
      ${textField('Headline', 'title', v.title, p)}
      ${textArea('Text (Markdown; paste an embed address on a line of its own)', 'body', v.body, p)}
      <div class="warning" id="body-warnings" aria-live="polite">${bodyWarnings(view.warnings ?? [])}</div>
      ${checkbox('Key event', 'keyEvent', v.keyEvent, p)} ${checkbox('Pinned', 'pinned', v.pinned, p)}
      ${select('Author', 'author', authors, v.author, p)}
      ${v.correction !== undefined ? textField('Correction note (shown to readers)', 'correction', v.correction, p) : ''}
      <div class="buttons">
        ${view.buttons.map(([value, text]) => html`<button name="action" value="${value}">${text}</button>`)}
        <button name="action" value="preview" class="secondary">Preview</button>
      </div>
      ${view.photos ? photoFields(view.photo, p) : ''}
    </form>
    <section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      <iframe
        id="preview"
        data-preview
        title="Preview: the update as readers will see it"
        srcdoc="${view.preview ?? ''}"
      ></iframe>
    </section>`;
}

/** Warnings under the text; desk.js writes the same list after each preview. */
function bodyWarnings(warnings: string[]): Markup {
  return warnings.length
    ? html`<p>Readers will not see all of it:</p>
        <ul>
          ${warnings.map((w) => html`<li>${w}</li>`)}
        </ul>`
    : html``;
}
