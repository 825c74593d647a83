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

const preview = document.querySelector<HTMLElement>('[data-preview]');
const body = document.querySelector<HTMLTextAreaElement>('textarea[name="body"]');
if (preview && body) {
  const slug = /^\/articles\/([^/]+)\//.exec(location.pathname)?.[1];
  let timer: ReturnType<typeof setTimeout> | undefined;
  body.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const answer = await fetch(`/articles/${slug}/preview`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ body: body.value }),
      });
      // Sanitized by the site's pipeline on the server, as the published page will be.
      if (answer.ok) preview.innerHTML = await answer.text();
    }, PREVIEW_DELAY_MS);
  });
}
