// The photo part of the update form: a file (picked, or dropped on the text by desk.js),
// and the alt text, caption and credit the desk asks for before it takes the photo.
import { fieldError, textField } from './form-fields.ts';
import type { FieldProblems } from './field-problems.ts';
import { html, type Markup } from './html.ts';
import type { PhotoFields } from './photo-upload.ts';

export function photoFields(photo: Omit<PhotoFields, 'file'> | undefined, problems: FieldProblems): Markup {
  const invalid = problems.photo?.length ? html` aria-invalid="true" aria-describedby="photo-error"` : html``;
  return html`<fieldset class="photo">
    <legend>Photo</legend>
    <label for="photo">Photo file (JPEG, PNG, WebP or AVIF, up to 40 MB; or drop it on the text)</label>
    <input
      type="file"
      id="photo"
      name="photo"
      accept="image/jpeg,image/png,image/webp,image/avif"
      ${invalid}
    />
    ${fieldError('photo', problems)}
    ${textField('Alt text (what the photo shows)', 'photoAlt', photo?.alt ?? '', problems)}
    ${textField('Caption', 'photoCaption', photo?.caption ?? '', problems)}
    ${textField('Credit (Photo: Name/Agency)', 'photoCredit', photo?.credit ?? '', problems)}
    <div class="buttons">
      <button name="action" value="photo" class="secondary" formnovalidate>Add photo to the text</button>
    </div>
  </fieldset>`;
}
