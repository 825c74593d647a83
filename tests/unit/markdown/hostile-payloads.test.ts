import { createMarkdownProcessor, isUnifiedProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import type { Payload } from '../../helpers/hostile-content.ts';
import { findUnsafeMarkup } from '../../helpers/output-safety.ts';

const payloads = JSON.parse(
  readFileSync(new URL('../../fixtures/hostile/xss-payloads.json', import.meta.url), 'utf8'),
) as Payload[];

let renderer: MarkdownRenderer;

beforeAll(async () => {
  // The site's own processor, so content checks that refuse some payloads first do not hide a sanitizer gap.
  const processor = config.markdown?.processor;
  if (!processor || !isUnifiedProcessor(processor)) throw new Error('astro.config.mjs must select unified()');
  renderer = await createMarkdownProcessor({ ...processor.options, syntaxHighlight: false });
});

describe('every payload of the hostile suite, through the Markdown pipeline', () => {
  it('has at least 100 distinct payloads', () => {
    expect(new Set(payloads.map((p) => p.payload)).size).toBe(payloads.length);
    expect(payloads.length).toBeGreaterThanOrEqual(100);
  });

  it.each(payloads.map((p, i) => [i, p.category, p] as const))(
    '#%i (%s) renders harmless',
    async (_i, _c, p) => {
      const html = (await renderer.render(p.payload)).code;
      expect(findUnsafeMarkup(html)).toEqual([]);
      if (p.showsAs) expect(html.replace(/<[^>]+>/g, '')).toContain(p.showsAs.replace(/</g, '&#x3C;'));
    },
  );
});
