import path from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium against `next start` on the production build (run `npm run build` first).
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/server.ts', 'tests/e2e/fixture-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One production server, one browser per file: files run one after another on a 2-core machine. Their order is
    // shuffled on every run (vitest prints the seed): no file may depend on another having run first.
    fileParallelism: false,
    sequence: { shuffle: { files: true, tests: false } },
  },
});
