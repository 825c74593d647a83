// Labelled form fields with their problems next to them (aria-describedby, aria-invalid),
// so an editor and a screen reader both learn what to fix where they type.
import { html, type Markup } from './html.ts';
import type { FieldProblems } from './field-problems.ts';

export function fieldError(name: string, problems: FieldProblems): Markup {
  const messages = problems[name];
  return messages?.length
    ? html`<p class="error" id="${name}-error">${messages.map((m) => html`<span>${m}</span> `)}</p>`
    : html``;
}

const invalid = (name: string, problems: FieldProblems) =>
  problems[name]?.length ? html` aria-invalid="true" aria-describedby="${name}-error"` : html``;

export function textField(label: string, name: string, value: string, problems: FieldProblems): Markup {
  return html`<label for="${name}">${label}</label>
    <input id="${name}" name="${name}" value="${value}" autocomplete="off" ${invalid(name, problems)} />
    ${fieldError(name, problems)}`;
}

export function textArea(label: string, name: string, value: string, problems: FieldProblems): Markup {
  return html`<label for="${name}">${label}</label>
    <textarea id="${name}" name="${name}" rows="10" ${invalid(name, problems)}>${value}</textarea>
    ${fieldError(name, problems)}`;
}

export function checkbox(label: string, name: string, checked: boolean, problems: FieldProblems): Markup {
  return html`<div class="check">
      <input
        type="checkbox"
        id="${name}"
        name="${name}"
        value="true"
        ${checked ? html` checked` : html``}${invalid(name, problems)}
      />
      <label for="${name}">${label}</label>
    </div>
    ${fieldError(name, problems)}`;
}

export function select(
  label: string,
  name: string,
  options: { value: string; text: string }[],
  value: string,
  problems: FieldProblems,
): Markup {
  return html`<label for="${name}">${label}</label>
    <select id="${name}" name="${name}" ${invalid(name, problems)}>
      ${options.map((o) => html`<option value="${o.value}" ${o.value === value ? html` selected` : html``}>${o.text}</option>`)}
    </select>
    ${fieldError(name, problems)}`;
}

/** Problems that belong to no one field, at the top of the form, announced when shown. */
export function formErrors(problems: FieldProblems): Markup {
  const messages = problems.form ?? [];
  if (!messages.length && Object.keys(problems).length)
    messages.push('The content check refused it; see the messages at the fields below.');
  return messages.length
    ? html`<div class="error" role="alert" id="form-error">
        <p>Not published:</p>
        <ul>
          ${messages.map((m) => html`<li>${m}</li>`)}
        </ul>
      </div>`
    : html``;
}
