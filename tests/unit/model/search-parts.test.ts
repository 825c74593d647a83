import { describe, expect, it } from 'vitest';
import { isPartEntry, partFolder } from '../../../src/model/search-parts.ts';

describe('search index parts', () => {
  it('names part 1 the bundle itself and the others part-<n>', () => {
    expect([1, 2, 10, 123].map(partFolder)).toEqual(['', 'part-2', 'part-10', 'part-123']);
  });

  it.each([2, 9, 10, 11, 99, 1234])('parts.json may list part %i as the build writes it', (n) => {
    expect(isPartEntry(`${partFolder(n)}/`)).toBe(true);
  });

  it.each([
    'part-1/',
    'part-0/',
    'part-02/',
    'part-2',
    'part-x/',
    '../part-2/',
    'part-2/../',
    '/part-2/',
    '',
  ])('the search page merges no entry %j', (entry) => expect(isPartEntry(entry)).toBe(false));
});
