import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run real Astro builds of temporary copies of the project.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    allowOnly: false,
  },
});
