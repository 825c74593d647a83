import { describe, expect, it } from 'vitest';
import { resolvePhotoPath } from '../../../src/model/photo-path.ts';

describe('resolvePhotoPath', () => {
  it.each([
    ['lead.jpg', '', 'lead.jpg'],
    ['./lead.jpg', '', 'lead.jpg'],
    ['photos/lead.jpg', '', 'photos/lead.jpg'],
    ['crowd.png', 'updates', 'updates/crowd.png'],
    ['../lead.jpg', 'updates', 'lead.jpg'],
    ['my%20photo.jpg', '', 'my photo.jpg'],
    ['photos\\lead.jpg', '', 'photos/lead.jpg'],
  ])('%j from %j is %j', (src, from, path) => {
    expect(resolvePhotoPath(src, from)).toEqual({ ok: true, path });
  });

  it.each([
    ['../../../etc/passwd', '', /outside the article folder/],
    ['../other-article/lead.jpg', '', /outside the article folder/],
    ['../../lead.jpg', 'updates', /outside the article folder/],
    ['photos/../../x.jpg', '', /outside the article folder/],
    ['..', '', /outside the article folder/],
    ['%2e%2e/%2e%2e/etc/passwd', '', /outside the article folder/],
    ['/etc/passwd', '', /absolute path/],
    ['C:\\photos\\x.jpg', '', /absolute path/],
    ['https://example.com/x.jpg', '', /web address/],
    ['//example.com/x.jpg', '', /web address/],
    ['data:image/png;base64,AAAA', '', /web address/],
    ['', '', /empty/],
    ['%E0%A4%A.jpg', '', /not a valid file path/],
  ])('%j from %j is refused', (src, from, message) => {
    const result = resolvePhotoPath(src, from);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
