import { existsSync } from 'node:fs';
import { chromiumCandidates } from '../../scripts/prerequisites.ts';

/** Flags for headless Chromium on a machine without outside network access. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The system Chromium, or CHROMIUM_PATH; a clear message when there is none. */
export function chromiumPath(): string {
  const candidates = chromiumCandidates();
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found (looked for ${candidates.join(', ')}). Install it with "apt-get install chromium" ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}
