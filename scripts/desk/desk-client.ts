// The desk in the browser: Ctrl/Cmd+Enter presses a form's first button (Publish), and
// the preview follows the text as it is typed, rendered by the server with the site's
// pipeline. Without this script every form still works through its buttons.
const PREVIEW_DELAY_MS = 400;

document.addEventListener('keydown', (event: KeyboardEvent) => {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
  const form = (event.target as Element | null)?.closest?.('form[data-publish-form]');
  const button = form?.querySelector<HTMLButtonElement>('button[name="action"], button');
  if (!form || !button) return;
  event.preventDefault();
  (form as HTMLFormElement).requestSubmit(button);
});

// A photo dropped on the text goes into the form's photo field; the editor then writes its
// alt text, caption and credit, which the desk asks for before it takes the photo.
const photo = document.querySelector<HTMLInputElement>('input[type="file"][name="photo"]');
const text = document.querySelector<HTMLTextAreaElement>('textarea[name="body"]');
if (photo && text) {
  text.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  text.addEventListener('drop', (event) => {
    const files = event.dataTransfer?.files;
    if (!files?.length) return;
    event.preventDefault();
    photo.files = files;
    document.getElementById('photoAlt')?.focus();
  });
}

const preview = document.querySelector<HTMLIFrameElement>('iframe[data-preview]');
const form = preview && document.querySelector<HTMLFormElement>('form[data-publish-form]');
if (preview && form) {
  const slug = /^\/articles\/([^/]+)\//.exec(location.pathname)?.[1];
  // The frame as tall as its page, so the desk's page scrolls, not the frame.
  const fit = () => {
    const height = preview.contentDocument?.documentElement?.scrollHeight;
    if (height) preview.style.height = `${height}px`;
  };
  preview.addEventListener('load', fit);
  fit();
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLInputElement).type === 'file') return;
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const fields = new URLSearchParams();
      for (const [key, value] of new FormData(form)) if (typeof value === 'string') fields.append(key, value);
      const answer = await fetch(`/articles/${slug}/preview`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: fields,
      });
      if (!answer.ok) return;
      // The site's page for the update (its text sanitized by the site's pipeline on the
      // server), and what a build would warn about in the text.
      const { page, warnings } = (await answer.json()) as { page: string; warnings: string[] };
      preview.srcdoc = page;
      showWarnings(warnings);
    }, PREVIEW_DELAY_MS);
  });
}

/** The list under the text (update-form.ts bodyWarnings), written as text, never as HTML. */
function showWarnings(warnings: string[]) {
  const box = document.getElementById('body-warnings');
  if (!box) return;
  const list = document.createElement('ul');
  for (const warning of warnings)
    list.append(Object.assign(document.createElement('li'), { textContent: warning }));
  const intro = Object.assign(document.createElement('p'), {
    textContent: 'Readers will not see all of it:',
  });
  box.replaceChildren(...(warnings.length ? [intro, list] : []));
}
