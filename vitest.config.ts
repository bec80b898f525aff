import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  // Some tests build thousands of records or run Hugo: on two shared cores, 5 s is not always enough.
  test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000, globalSetup: ['tests/support/temp-root.ts'] },
});
