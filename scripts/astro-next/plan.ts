// The pure parts of `npm run check:astro-next` (scripts/check-astro-next.ts).

/** What the copy of the project leaves out: installed or built, never source. */
const LEFT_OUT = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report']);

/** Whether a top-level entry of the project is copied. */
export const isCopied = (name: string): boolean => !LEFT_OUT.has(name) && !name.startsWith('.dist');

/** The newest release (no pre-release) among `npm view astro@7 version --json`'s answer. */
export function newestRelease(answer: unknown): string {
  const versions = (Array.isArray(answer) ? answer : [answer]).filter(
    (v): v is string => typeof v === 'string' && /^\d+\.\d+\.\d+$/.test(v),
  );
  if (versions.length === 0) throw new Error(`npm gave no Astro release: ${JSON.stringify(answer)}`);
  const parts = (v: string) => v.split('.').map(Number) as [number, number, number];
  return versions.reduce((newest, v) => {
    const [a, b] = [parts(v), parts(newest)];
    return (a[0] - b[0] || a[1] - b[1] || a[2] - b[2]) > 0 ? v : newest;
  });
}

/**
 * What to install in the copy: that Astro, and the newest of each @astrojs package in the
 * major the project pins (as an upgrade would take them).
 */
export function upgradeSpecs(dependencies: Record<string, string>, astro: string): string[] {
  const specs = [`astro@${astro}`];
  for (const [name, version] of Object.entries(dependencies).sort())
    if (name.startsWith('@astrojs/')) specs.push(`${name}@^${version}`);
  return specs;
}
