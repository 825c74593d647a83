import { request } from 'node:http';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../helpers/axe.ts';
import { startDeskSite, type RunningDesk } from '../helpers/desk-site.ts';
import { makeHugePng, makePhoto } from '../helpers/photo-fixtures.ts';

// The newsroom desk end to end: `npm run desk` on a built copy of the project, driven in
// the browser; what it publishes is then read from the built site, served as readers get it.
const SLUG = 'fixture-long-coverage';
let desk: RunningDesk;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  desk = await startDeskSite();
});
test.afterAll(async () => desk?.stop());

const updatesDir = () => join(desk.site.contentDir, 'articles', SLUG, 'updates');
const readerPage = async (path: string) => (await fetch(new URL(path, desk.reader.url))).text();

/** DESK_SCREENSHOTS=1 writes the pictures of docs/editing.md ("From the browser"). */
async function screenshotForDocs(page: Page, name: string, part = 'main') {
  if (process.env.DESK_SCREENSHOTS) await page.locator(part).screenshot({ path: join('docs/images', name) });
}

/** Each element of an update as its path of tags and classes from the update (run in the page). */
function shapeOf(root: Element): string[] {
  const step = (e: Element) => [e.localName, ...[...e.classList].sort()].join('.');
  return [root, ...root.querySelectorAll('*')].map((e) => {
    const path: string[] = [];
    for (let at: Element | null = e; at && at !== root.parentElement; at = at.parentElement)
      path.unshift(step(at));
    return path.join(' > ');
  });
}

async function openArticle(page: Page) {
  await page.goto(desk.address);
  await page.getByRole('link', { name: 'Fixture with long live coverage across two pages' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Fixture with long live coverage across two pages',
  );
  // desk.js (the preview as you type) runs before the load event.
  await page.waitForLoadState('load');
}

test('the token becomes an HttpOnly SameSite=Strict cookie and leaves the address bar', async ({ page }) => {
  await page.goto(desk.address);
  expect(page.url()).toBe(`${desk.origin}/`);
  const [cookie] = await page.context().cookies();
  expect(cookie).toMatchObject({
    name: `desk_token_${new URL(desk.origin).port}`,
    httpOnly: true,
    sameSite: 'Strict',
  });
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  const row = page.getByRole('listitem').filter({ hasText: 'Fixture with long live coverage' });
  await expect(row).toContainText('Live');
  await expect(row).toContainText('Last update');
  await expect(page.getByRole('listitem').filter({ hasText: 'Fixture with ended coverage' })).toContainText(
    'Ended',
  );
  await screenshotForDocs(page, 'desk-articles.png');
  expect(await axeViolations(page)).toEqual([]);
});

test('a request without the token, from a foreign origin or host, or naming a path outside is refused', async () => {
  const token = new URL(desk.address).searchParams.get('token')!;
  const cookie = `desk_token_${new URL(desk.origin).port}=${token}`;
  expect((await fetch(`${desk.origin}/`)).status).toBe(403);
  expect((await fetch(`${desk.origin}/?token=wrong`)).status).toBe(403);
  const post = (path: string, headers: Record<string, string>) =>
    fetch(`${desk.origin}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, ...headers },
      body: 'title=x&body=y&action=publish',
      redirect: 'manual',
    });
  expect((await post(`/articles/${SLUG}/updates`, { origin: 'http://evil.example' })).status).toBe(403);
  expect((await post(`/articles/${SLUG}/updates`, {})).status).toBe(403);
  expect(await statusWithHost('evil.example', cookie)).toBe(400);
  for (const path of [
    `/articles/${SLUG}/updates/..%2F..%2F..%2F..%2Fpackage.json`,
    `/articles/${SLUG}/updates/..%2Findex.md`,
    `/articles/..%2F..%2Fsrc/`,
  ]) {
    const answer = await fetch(`${desk.origin}${path}`, { headers: { cookie } });
    expect([400, 404], path).toContain(answer.status);
  }
  // A link in content/ that leads out of it is not followed.
  await symlink(join(desk.site.dir, 'package.json'), join(updatesDir(), 'outside.md'));
  const outside = await fetch(`${desk.origin}/articles/${SLUG}/updates/outside.md`, { headers: { cookie } });
  expect(outside.status).toBe(403);
  expect(await outside.text()).not.toContain('"name"');
  const files = await readdir(updatesDir());
  expect(files.filter((f) => !/^u\d+\.md$/.test(f))).toEqual(['outside.md']);
  await rm(join(updatesDir(), 'outside.md'));
});

/** fetch() will not send another Host; DNS rebinding would. */
function statusWithHost(host: string, cookie: string): Promise<number> {
  const { hostname, port } = new URL(desk.origin);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path: '/', headers: { host, cookie } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

test('write, preview and publish with Ctrl+Enter: "Online" links the update, and readers see it', async ({
  page,
}) => {
  await openArticle(page);
  await page.getByLabel('Headline').fill('Rescuers reach the <b>north</b> wing');
  await page
    .getByLabel(/^Text/)
    .fill('Firefighters say **twelve** people were found.\n\n<script>alert(1)</script>');
  // The preview follows the text, rendered by the site's pipeline and sanitizer.
  const preview = page.frameLocator('#preview');
  await expect(preview.locator('strong')).toHaveText('twelve');
  await expect(preview.locator('script')).toHaveCount(0);
  await expect(preview.locator('.update-header h2')).toHaveText('Rescuers reach the <b>north</b> wing');
  // What the build would warn about is said next to the text, before publishing.
  await expect(page.locator('#body-warnings')).toContainText('Line 3 of the text: <script> removed');
  await page.getByLabel('Key event').check();
  await page.getByLabel('Author').selectOption({ label: 'Test Desk' });
  await expect(preview.locator('.update-author')).toContainText('Test Desk');
  const previewShape = await preview.locator('article.update').evaluate(shapeOf);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel(/^Text/).press('Control+Enter');
  const online = page.getByRole('status');
  await expect(online).toContainText('Online');
  await expect(online).toContainText('In the text: <script> removed');
  const link = online.getByRole('link');
  const permalink = new URL((await link.getAttribute('href'))!);
  expect(permalink.pathname).toMatch(
    new RegExp(`^/articles/${SLUG}/updates/update-[a-z0-9-]+-north-b-wing/$`),
  );
  // The preview copies LiveUpdate.astro's markup (scripts/desk/preview-document.ts): every
  // element of the preview sits at the same place, with the same classes, in the update as
  // the site published it, so the copy cannot drift from the component unseen.
  const reader = await page.context().newPage();
  await reader.goto(new URL(`/articles/${SLUG}/`, desk.reader.url).href);
  const published = reader.locator('article.update', { hasText: 'Firefighters say twelve' }).first();
  const publishedShape = await published.evaluate(shapeOf);
  await reader.close();
  expect(previewShape.length).toBeGreaterThan(5);
  expect(previewShape.filter((path) => !publishedShape.includes(path))).toEqual([]);
  const html = await readerPage(`/articles/${SLUG}/`);
  expect(html).toContain('Rescuers reach the &lt;b&gt;north&lt;/b&gt; wing');
  expect(html).toContain('Firefighters say <strong>twelve</strong> people were found.');
  expect(html).not.toContain('<script>alert(1)');
  const file = (await readdir(updatesDir())).find((f) => f.includes('rescuers-reach'))!;
  const text = await readFile(join(updatesDir(), file), 'utf8');
  expect(text).toMatch(/^---\ntime: "?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00"?\ntitle: /);
  expect(text).toContain('author: test-desk');
  expect(text).toContain('keyEvent: true');
});

test('a refused update is shown at its field, and nothing is written', async ({ page }) => {
  await openArticle(page);
  const before = await readdir(updatesDir());
  await page.getByLabel('Headline').fill('A link that leads nowhere');
  await page.getByLabel(/^Text/).fill('See [the other story](/articles/no-such-article/).');
  await page.getByRole('button', { name: 'Publish' }).click();
  const text = page.getByLabel(/^Text/);
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#body-error')).toContainText('there is no content/articles/no-such-article/');
  await expect(text).toHaveValue('See [the other story](/articles/no-such-article/).');
  await screenshotForDocs(page, 'desk-refused.png', 'form[data-publish-form]');
  expect(await axeViolations(page)).toEqual([]);
  // A key event without a headline is refused at the headline.
  await page.getByLabel('Headline').fill('');
  await page.getByLabel('Key event').check();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.locator('#title-error')).toContainText('A key event needs a headline');
  expect(await readdir(updatesDir())).toEqual(before);
});

test('the preview is the site’s page: its stylesheet, photos from the article folder, embed cards', async ({
  page,
}) => {
  const photo = join(desk.site.contentDir, 'articles', SLUG, 'harbour-at-dawn.jpg');
  await makePhoto(photo, { width: 640, height: 480 });
  await openArticle(page);
  await page.getByLabel('Headline').fill('The harbour');
  await page
    .getByLabel(/^Text/)
    .fill(
      'Boats are back.\n\n![Boats in the harbour at dawn](../harbour-at-dawn.jpg "The harbour | Photo: Jan Smit/ANP")\n\n' +
        'https://x.com/citypolice/status/1771943431342383347\ntext: The harbour is open again.\n',
    );
  const preview = page.frameLocator('#preview');
  const img = preview.getByRole('img', { name: 'Boats in the harbour at dawn' });
  await expect(img).toHaveClass(/photo-img/);
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(640);
  await expect(preview.locator('figure.photo .photo-credit')).toHaveText('Photo: Jan Smit/ANP');
  // The card is styled by the site's own stylesheet (components.css: .embed), not the desk's.
  const card = preview.locator('.embed');
  await expect(card).toContainText('The harbour is open again.');
  expect(await card.evaluate((e) => getComputedStyle(e).borderInlineStartWidth)).toBe('4px');
  expect(await preview.locator('body').evaluate((e) => getComputedStyle(e).fontFamily)).toContain('Georgia');
  // The frame grows with its page: the desk scrolls, not the frame.
  const frame = page.locator('#preview');
  const inner = await preview.locator('html').evaluate((e) => e.scrollHeight);
  expect(Math.abs((await frame.evaluate((e) => e.clientHeight)) - inner)).toBeLessThan(4);
  expect(await axeViolations(page)).toEqual([]);
  await screenshotForDocs(page, 'desk-preview.png', 'section.preview');
  await rm(photo);
});

test('the preview serves only image files of the article folder', async () => {
  const token = new URL(desk.address).searchParams.get('token')!;
  const get = (path: string) =>
    fetch(`${desk.origin}${path}`, {
      headers: { cookie: `desk_token_${new URL(desk.origin).port}=${token}` },
    });
  const folder = join(desk.site.contentDir, 'articles', SLUG);
  await makePhoto(join(folder, 'pier.jpg'), { width: 40, height: 30 });
  const served = await get(`/articles/${SLUG}/photos/pier.jpg`);
  expect(served.status).toBe(200);
  expect(served.headers.get('content-type')).toBe('image/jpeg');
  // Links leading out of the article folder, to a file and to a folder.
  await symlink(desk.site.dir, join(folder, 'linked'));
  await writeFile(join(desk.site.dir, 'secret.png'), 'not for the desk');
  await symlink(join(desk.site.dir, 'secret.png'), join(folder, 'secret.png'));
  for (const path of [
    `/articles/${SLUG}/photos/index.md`,
    `/articles/${SLUG}/photos/..%2F..%2F..%2Fpackage.json`,
    `/articles/${SLUG}/photos/../../../secret.png`,
    `/articles/${SLUG}/photos/updates%2F..%2Fpier.jpg`,
    `/articles/${SLUG}/photos/.hidden.jpg`,
    `/articles/${SLUG}/photos/secret.png`,
    `/articles/${SLUG}/photos/linked/secret.png`,
    `/articles/${SLUG}/photos/missing.jpg`,
  ]) {
    const answer = await get(path);
    expect([400, 403, 404], path).toContain(answer.status);
    expect(answer.headers.get('content-type'), path).toContain('text/html');
  }
  await Promise.all(['pier.jpg', 'linked', 'secret.png'].map((f) => rm(join(folder, f))));
});

/** The page fits the window: nothing to scroll sideways. */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth);

test('on a phone-sized window: list, write and publish, nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(desk.address);
  expect(await fitsWidth(page)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  await openArticle(page);
  await page.getByLabel('Headline').fill('Ferry service resumes on the northern route');
  await page
    .getByLabel(/^Text/)
    .fill(
      'The first ferry left at noon.\n\nhttps://x.com/citypolice/status/1771943431342383347\ntext: Ferries run again.\n',
    );
  await expect(page.frameLocator('#preview').locator('.embed')).toContainText('Ferries run again.');
  expect(await fitsWidth(page)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  await screenshotForDocs(page, 'desk-phone.png', 'form[data-publish-form]');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Online');
  expect(await fitsWidth(page)).toBe(true);
  expect(await readerPage(`/articles/${SLUG}/`)).toContain('Ferry service resumes on the northern route');
});

async function openUpdate(page: Page, name: string) {
  // The token works on any desk address, and leaves it for the cookie.
  const token = new URL(desk.address).searchParams.get('token')!;
  await page.goto(`${desk.origin}/articles/${SLUG}/updates/${name}?token=${token}`);
  await expect(page.getByRole('heading', { name: 'Edit update' })).toBeVisible();
  expect(page.url()).toBe(`${desk.origin}/articles/${SLUG}/updates/${name}`);
}

test('a correction: the edit is online with its note and modified time', async ({ page }) => {
  await openUpdate(page, 'u44.md');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel(/^Text/).fill('The mayor said **fourteen**, not twelve.');
  await page
    .getByLabel('Correction note (shown to readers)')
    .fill('An earlier version gave the wrong number.');
  await page.getByRole('button', { name: 'Save correction' }).click();
  await expect(page.getByRole('status')).toContainText('Correction online');
  const text = await readFile(join(updatesDir(), 'u44.md'), 'utf8');
  expect(text).toMatch(/\nmodified: "?\d{4}-/);
  expect(text).toContain('correction: An earlier version gave the wrong number.');
  const html = await readerPage(`/articles/${SLUG}/`);
  expect(html).toContain('The mayor said <strong>fourteen</strong>, not twelve.');
  expect(html).toContain('An earlier version gave the wrong number.');
});

test('two editors: the second save gets "changed since you opened it" and overwrites nothing', async ({
  page,
}) => {
  await openUpdate(page, 'u43.md');
  const path = join(updatesDir(), 'u43.md');
  const theirs = (await readFile(path, 'utf8')) + '\nAdded by another editor.\n';
  await writeFile(path, theirs);
  await page.getByLabel(/^Text/).fill('My version.');
  await page.getByRole('button', { name: 'Save correction' }).click();
  await expect(page.getByRole('alert')).toContainText('changed since you opened it');
  expect(await readFile(path, 'utf8')).toBe(theirs);
});

test('a retraction: readers see the note instead of the update', async ({ page }) => {
  await openUpdate(page, 'u42.md');
  await page.getByLabel('Reason readers will see').fill('It named the wrong hospital.');
  await page.getByRole('button', { name: 'Retract update' }).click();
  await expect(page.getByRole('status')).toContainText('Retracted');
  expect(await readFile(join(updatesDir(), 'u42.md'), 'utf8')).toContain(
    'retractionReason: It named the wrong hospital.',
  );
  expect(await readerPage(`/articles/${SLUG}/`)).toContain('It named the wrong hospital.');
});

test('a draft is saved without publishing, then published from its edit screen', async ({ page }) => {
  await openArticle(page);
  await page.getByLabel('Headline').fill('Draft about the bridge');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toContainText('Draft saved');
  const file = (await readdir(updatesDir())).find((f) => f.includes('draft-about-the-bridge'))!;
  expect(await readFile(join(updatesDir(), file), 'utf8')).toContain('draft: true');
  expect(await readerPage(`/articles/${SLUG}/`)).not.toContain('Draft about the bridge');
  await openUpdate(page, file);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Online');
  expect(await readFile(join(updatesDir(), file), 'utf8')).not.toContain('draft');
  expect(await readerPage(`/articles/${SLUG}/`)).toContain('Draft about the bridge');
});

test('coverage ends and reopens; a new article starts', async ({ page }) => {
  await openArticle(page);
  await page.getByRole('button', { name: 'End coverage' }).click();
  await expect(page.getByRole('status')).toContainText('Coverage ended');
  expect(await readFile(join(desk.site.contentDir, 'articles', SLUG, 'index.md'), 'utf8')).toContain(
    'status: ended',
  );
  await page.getByRole('button', { name: 'Reopen coverage' }).click();
  await expect(page.getByRole('status')).toContainText('Coverage reopened');
  await page.goto(`${desk.origin}/new-article`);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Headline').fill('Storm reaches the coast');
  await page.getByLabel(/^Summary/).fill('Live coverage of the storm.');
  await page.getByRole('button', { name: 'Publish article' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Storm reaches the coast');
  expect(await readerPage('/articles/storm-reaches-the-coast/')).toContain('Storm reaches the coast');
});

test('a photo: refused without its credit or when a build would refuse it, then published with its credit', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const photos = join(desk.site.dir, 'upload');
  await mkdir(photos);
  await makePhoto(join(photos, 'IMG 0001.jpeg'), { width: 800, height: 600 });
  await makeHugePng(join(photos, 'huge.png'), 9000, 9000);
  await openArticle(page);
  await page.getByLabel('Headline').fill('Smoke over the roof');
  await page.getByLabel(/^Text/).fill('The fire is out.');
  const addPhoto = page.getByRole('button', { name: 'Add photo to the text' });
  await page.getByLabel(/^Photo file/).setInputFiles(join(photos, 'IMG 0001.jpeg'));
  await page.getByLabel(/^Alt text/).fill('Grey smoke above a tiled roof');
  await addPhoto.click();
  await expect(page.locator('#photoCredit-error')).toContainText('Photo: Name/Agency');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel(/^Photo file/).setInputFiles(join(photos, 'huge.png'));
  await page.getByLabel(/^Credit/).fill('Anna Peeters/Belga');
  await addPhoto.click();
  await expect(page.locator('#photo-error')).toContainText('The photo');
  await expect(page.locator('#photo-error')).toContainText('megapixels');
  await page.getByLabel(/^Photo file/).setInputFiles(join(photos, 'IMG 0001.jpeg'));
  await page.getByLabel(/^Caption/).fill('The roof at noon');
  await addPhoto.click();
  // Named by the desk from the alt text, not from the uploaded file's name.
  await expect(page.getByLabel(/^Text/)).toHaveValue(
    'The fire is out.\n\n![Grey smoke above a tiled roof](../grey-smoke-above-a-tiled-roof.jpg "The roof at noon | Photo: Anna Peeters/Belga")\n',
  );
  await expect(page.frameLocator('#preview').locator('.photo-credit')).toContainText('Anna Peeters/Belga');
  const folder = await readdir(join(desk.site.contentDir, 'articles', SLUG));
  expect(folder.filter((f) => /\.(jpe?g|png)$/.test(f))).toEqual(['grey-smoke-above-a-tiled-roof.jpg']);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  // A new photo needs Astro's image pipeline: the publisher makes a build, which takes longer.
  await expect(page.getByRole('status')).toContainText('Online', { timeout: 200_000 });
  const html = await readerPage(`/articles/${SLUG}/`);
  expect(html).toContain('Grey smoke above a tiled roof');
  expect(html).toContain('Anna Peeters/Belga');
});
