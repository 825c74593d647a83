import { describe, expect, it } from 'vitest';
import { buildImageObject } from '../../../src/model/image-object.ts';
import { serializeJsonLd } from '../../../src/model/json-ld.ts';

const base = { alt: 'Fire engines', credit: 'Jane Doe/Reuters', width: 1280, height: 853 };
const url = 'https://news.example/_astro/lead.jpg';

describe('buildImageObject', () => {
  it('carries the credit fields Google shows as licence details', () => {
    expect(
      buildImageObject(
        {
          ...base,
          caption: 'At the scene',
          licence: 'https://creativecommons.org/licenses/by/4.0/',
          licencePage: 'https://example.org/buy',
        },
        url,
      ),
    ).toEqual({
      '@type': 'ImageObject',
      contentUrl: url,
      url,
      width: 1280,
      height: 853,
      caption: 'At the scene',
      description: 'Fire engines',
      creditText: 'Jane Doe/Reuters',
      creator: { '@type': 'Person', name: 'Jane Doe' },
      copyrightNotice: 'Reuters',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      acquireLicensePage: 'https://example.org/buy',
    });
  });

  it.each([
    [{ credit: 'Reuters' }, 'Reuters', 'Reuters'],
    [{ credit: 'Jane Doe/Reuters', creator: 'Jane M. Doe' }, 'Jane M. Doe', 'Reuters'],
    [{ credit: 'AFP', creator: 'Ivan Petrov' }, 'Ivan Petrov', 'Ivan Petrov'],
  ])('%j: creator %j, copyright %j', (fields, creator, copyright) => {
    const object = buildImageObject({ ...base, ...fields }, url);
    expect(object.creator).toEqual({ '@type': 'Person', name: creator });
    expect(object.copyrightNotice).toBe(copyright);
    expect(object).not.toHaveProperty('license');
    expect(object).not.toHaveProperty('caption');
  });

  it('leaves out the description of a decorative image (empty alt)', () => {
    expect(buildImageObject({ ...base, alt: '' }, url)).not.toHaveProperty('description');
  });

  it('cannot break out of its script element', () => {
    const json = serializeJsonLd(
      buildImageObject({ ...base, credit: '</script><script>alert(1)</script>' }, url),
    );
    expect(json).not.toContain('</script');
    expect(JSON.parse(json).creditText).toBe('</script><script>alert(1)</script>');
  });
});
