import { defineConfig } from 'vitest/config';

// End-to-end tests spawn the CLI; on a busy machine (CI, two cores) they need more than vitest's 5 s.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
