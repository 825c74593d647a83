import { describe, expect, it } from 'vitest';
import { isCopied, newestRelease, upgradeSpecs } from '../../../scripts/astro-next/plan.ts';

describe('npm run check:astro-next: what it installs', () => {
  it('takes the newest release npm lists, by number, never a pre-release', () => {
    expect(newestRelease(['7.3.5', '7.10.0', '7.4.7', '7.9.12'])).toBe('7.10.0');
    expect(newestRelease(['7.4.7', '7.5.0-beta.1'])).toBe('7.4.7');
    expect(newestRelease(['7.4.7', '7.4.10', '7.4.9'])).toBe('7.4.10');
    // One matching version: npm answers a string, not a list.
    expect(newestRelease('7.4.7')).toBe('7.4.7');
  });

  it('says so when npm gives no release', () => {
    expect(() => newestRelease([])).toThrow(/npm gave no Astro release/);
    expect(() => newestRelease(['8.0.0-alpha.0'])).toThrow(/npm gave no Astro release/);
  });

  it('moves Astro to that version and each @astrojs package within its pinned major', () => {
    const dependencies = {
      astro: '7.4.7',
      '@astrojs/rss': '4.0.19',
      yaml: '2.9.1',
      '@astrojs/sitemap': '3.7.4',
    };
    expect(upgradeSpecs(dependencies, '7.5.0')).toEqual([
      'astro@7.5.0',
      '@astrojs/rss@^4.0.19',
      '@astrojs/sitemap@^3.7.4',
    ]);
  });

  it('copies the sources, not what is installed or built', () => {
    expect(['src', 'tests', 'package-lock.json', '.ci'].every(isCopied)).toBe(true);
    expect(['node_modules', 'dist', '.git', '.dist-publisher.json'].some(isCopied)).toBe(false);
  });
});
