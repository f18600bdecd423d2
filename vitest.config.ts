import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // Finds the PostgreSQL server once (CI must have one; elsewhere its tests skip, said in one line).
    globalSetup: ['test/helpers/pg-setup.ts'],
  },
});
