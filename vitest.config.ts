import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    allowOnly: false,
    projects: [
      {
        extends: true,
        // Some unit tests start worker threads or run a CLI in a child process: seconds each on a
        // busy 2-core machine, so the default 5 s limit failed them under load, not on a fault.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        // Build tests run real Astro builds of temporary copies of the project. One file at a
        // time: on a 2-core machine parallel builds only slow each other into timeouts.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
