import { expect, test } from 'vitest';
import { missingPrerequisites, type Look } from '../../../scripts/prerequisites.ts';

const machine = (files: string[], commands: string[]): Look => ({
  file: (path) => files.includes(path),
  command: (name) => commands.includes(name),
});

test('a machine with everything lacks nothing', () => {
  expect(missingPrerequisites(machine(['/usr/bin/chromium', '/usr/sbin/nginx'], ['openssl']))).toEqual([]);
});

test('a bare machine is told each missing package and the one apt-get line', () => {
  const lines = missingPrerequisites(machine([], []));
  expect(lines.slice(0, 3)).toEqual([
    expect.stringMatching(/^Missing: chromium, for browser tests/),
    expect.stringMatching(/^Missing: nginx, for the deploy test/),
    expect.stringMatching(/^Missing: openssl, for /),
  ]);
  expect(lines[3]).toMatch(/^Install with: sudo apt-get install chromium nginx openssl/);
});

test('only what is missing is named', () => {
  const lines = missingPrerequisites(machine(['/usr/bin/chromium'], ['openssl']));
  expect(lines).toEqual([expect.stringMatching(/^Missing: nginx/), expect.stringMatching(/install nginx /)]);
});
