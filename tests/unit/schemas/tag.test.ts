import { expect, test } from 'vitest';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { TagSchema } from '../../../src/schemas/tag.ts';

test.each([
  ['Russia', true],
  ['  Middle East ', true],
  ['!!!', false],
  ['', false],
])('TagSchema accepts %j: %s', (tag, ok) => {
  expect(TagSchema.safeParse(tag).success).toBe(ok);
});

test('a topic without letters or digits is refused with a word the editor can act on', () => {
  const result = TagSchema.safeParse('???');
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.message).toBe(
    '"???" has no letters or digits to make a topic address from; use a word such as Russia',
  );
});

test.each([
  [{ tags: ['Russia', 'Terrorism'] }, true],
  [{ tags: 'Russia' }, false],
  [{ modified: '2024-03-24T18:00:00+01:00' }, true],
  [{ modified: '2024-03-24T18:00:00' }, false],
])('article front matter %j is valid: %s', (fields, ok) => {
  const result = ArticleSchema.safeParse({ title: 'T', published: '2024-03-24', ...fields });
  expect(result.success).toBe(ok);
});
