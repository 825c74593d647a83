import { describe, expect, it } from 'vitest';
import { describePublish, describeRefusal } from '../../../scripts/publisher/publish-log.ts';
import type { PublishReport } from '../../../scripts/publisher/publisher.ts';

const at = new Date(2024, 2, 24, 14, 5, 7);
const report = (written: string[], more: Partial<PublishReport> = {}): PublishReport => ({
  slug: 'fire',
  how: 'kept',
  seconds: 0.84,
  articles: ['fire'],
  written,
  unchanged: 10,
  removed: [],
  ...more,
});

describe("the publisher's terminal log", () => {
  it('names the article, the updates that went out, and the time', () => {
    const written = [
      'articles/fire/index.html',
      'articles/fire/updates/update-a/index.html',
      'articles/fire/updates/update-b/index.html',
      'articles/other/updates/update-c/index.html',
      'index.html',
    ];
    expect(describePublish(report(written), at)).toBe(
      '14:05:07 fire online: 2 updates new or changed (update-a, update-b); 5 files written, 0 removed, 0.8 s.',
    );
  });

  it('says when nothing in the updates changed, and why a new build was made', () => {
    const renewed = report(['articles/fire/index.html'], { how: 'build', why: 'its photos changed' });
    expect(describePublish(renewed, at)).toBe(
      '14:05:07 fire online (a new build: its photos changed): no update new or changed; 1 file written, 0 removed, 0.8 s.',
    );
  });

  it('says a refusal with its reason', () => {
    expect(describeRefusal('fire', 'content/ has 1 problem', at)).toBe(
      '14:05:07 fire not published: content/ has 1 problem',
    );
  });
});
