// What `npm test` needs from the system besides npm packages (README, "Prerequisites"), checked
// before the tests so a missing one is named in a second instead of failing tests minutes in.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface Prerequisite {
  /** Debian package that provides it. */
  apt: string;
  /** What the tests use it for. */
  use: string;
  found(look: Look): boolean;
}

/** How to look for a program: a file that exists, or a command on PATH. */
export interface Look {
  file(path: string): boolean;
  command(name: string): boolean;
}

/** Where the tests look for Chromium (CHROMIUM_PATH first) and nginx: tests/helpers use these too. */
export const chromiumCandidates = (): string[] =>
  [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string =>
    Boolean(p),
  );
export const NGINX_PATHS = ['/usr/sbin/nginx', '/usr/bin/nginx'];

export const prerequisites: Prerequisite[] = [
  {
    apt: 'chromium',
    use: 'browser tests (or set CHROMIUM_PATH to a Chromium or Chrome binary)',
    found: (look) =>
      [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].some(
        (p) => p && look.file(p),
      ),
  },
  {
    apt: 'nginx',
    use: 'the deploy test of deploy/nginx.conf',
    found: (look) => NGINX_PATHS.some((p) => look.file(p)),
  },
  {
    apt: 'openssl',
    use: "the nginx test's throwaway TLS certificate",
    found: (look) => look.command('openssl'),
  },
];

/** The prerequisites not found, and the one line that installs them (empty when all are there). */
export function missingPrerequisites(look: Look): string[] {
  const missing = prerequisites.filter((p) => !p.found(look));
  if (missing.length === 0) return [];
  return [
    ...missing.map((p) => `Missing: ${p.apt}, for ${p.use}.`),
    `Install with: sudo apt-get install ${missing.map((p) => p.apt).join(' ')}   (see README.md, Prerequisites)`,
  ];
}

export const systemLook: Look = {
  file: (path) => existsSync(path),
  command: (name) =>
    (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, name))),
};
