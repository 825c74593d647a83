import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makePhoto } from './photo-fixtures.ts';

export const PHOTO_SLUG = 'fixture-photos';

/**
 * A live article with photos, made at test time: a lead photo in front matter
 * (with EXIF GPS and a rotated orientation), a photo in the article text, and an
 * update with two photos (one from the updates folder, one from the article folder).
 */
export async function writePhotoArticle(contentDir: string): Promise<string> {
  const dir = join(contentDir, 'articles', PHOTO_SLUG);
  await makePhoto(join(dir, 'lead.jpg'), { width: 2400, height: 1600, gps: true, noise: true });
  await makePhoto(join(dir, 'rotated.jpg'), { width: 1500, height: 1000, orientation: 6, gps: true });
  await makePhoto(join(dir, 'updates', 'crowd.png'), {
    width: 1400,
    height: 900,
    format: 'png',
    colour: '#226644',
  });
  await mkdir(join(dir, 'updates'), { recursive: true });
  await writeFile(
    join(dir, 'index.md'),
    `---
title: Photos <b>& "quotes"</b> fixture
published: 2024-03-24T10:00:00+01:00
status: live
photo:
  file: lead.jpg
  alt: Fire engines outside the concert hall
  caption: Firefighters at the scene on Saturday morning.
  credit: Jane Doe/Reuters
  licence: https://creativecommons.org/licenses/by/4.0/
  licencePage: https://example.org/licensing/lead
---

The hall from the north side.

![The north side of the hall](rotated.jpg "The north facade | Photo: Ivan Petrov/AFP")
`,
  );
  await writeFile(
    join(dir, 'updates', '2024-03-24-photos.md'),
    `---
time: 2024-03-24T11:00:00+01:00
title: Crowds gather
---

People gathered near the hall.

![A crowd with flowers](crowd.png "Mourners lay flowers | Photo: Anna Peeters/Belga")

![](../lead.jpg "decorative | Photo: Jane Doe/Reuters")
`,
  );
  return dir;
}
