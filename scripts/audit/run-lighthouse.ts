import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/helpers/chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PageScores {
  url: string;
  /** 0-100 per category (the median when several runs were made). */
  scores: Record<Category, number>;
  /** Audits that cost points, e.g. "seo: meta-description (0)". */
  failing: string[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Lighthouse's default mobile audit (Moto G emulation, simulated slow 4G and 4x
 * CPU throttling) on system Chromium. Simulated throttling keeps the scores
 * steady on a busy machine; `runs` > 1 takes the median of each category.
 */
export async function auditPages(urls: string[], runs = 1): Promise<PageScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const results: PageScores[] = [];
    for (const url of urls) {
      const perRun: Record<Category, number>[] = [];
      const failing = new Set<string>();
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
        if (lhr.runtimeError)
          throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
        const scores = {} as Record<Category, number>;
        for (const category of CATEGORIES) {
          const entry = lhr.categories[category]!;
          scores[category] = Math.round((entry.score ?? 0) * 100);
          for (const ref of entry.auditRefs) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
              failing.add(
                `${category}: ${ref.id} (${audit.score})${audit.displayValue ? ` ${audit.displayValue}` : ''}`,
              );
            }
          }
        }
        perRun.push(scores);
      }
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, median(perRun.map((s) => s[c]))]),
      ) as Record<Category, number>;
      results.push({ url, scores, failing: [...failing] });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
