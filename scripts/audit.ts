// npm run audit -- [--runs 3]
// Lighthouse (mobile, simulated throttling) on the front page, the seed article and
// a live article with 200 updates, built from a temporary copy and served on 127.0.0.1.
import { parseArgs } from 'node:util';
import { CATEGORIES, auditPages } from './audit/run-lighthouse.ts';
import { startAuditSite } from './audit/audit-site.ts';

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run audit -- [--runs N]  (N: 1 or more runs per page, median kept)`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({ options: { runs: { type: 'string', default: '1' } } });
  } catch (error) {
    return usage((error as Error).message);
  }
})();
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  usage(`--runs must be a whole number of at least 1, got "${values.runs}"`);

const site = await startAuditSite();
try {
  const results = await auditPages(
    site.urls.map((u) => u.url),
    runs,
  );
  const names = new Map(site.urls.map((u) => [u.url, u.name]));
  console.log(`Lighthouse, mobile, ${runs} run(s) per page (median):\n`);
  console.log(['page'.padEnd(28), ...CATEGORIES.map((c) => c.padStart(15))].join(''));
  for (const result of results) {
    console.log(
      [
        names.get(result.url)!.padEnd(28),
        ...CATEGORIES.map((c) => String(result.scores[c]).padStart(15)),
      ].join(''),
    );
    for (const failing of result.failing) console.log(`    ${failing}`);
  }
  if (results.some((r) => CATEGORIES.some((c) => r.scores[c] < 100))) process.exitCode = 1;
} finally {
  await site.close();
}
