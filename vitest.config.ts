import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // s3rver (tests/s3*, lambda*, publish*) signs listing continuation tokens with DES;
    // memory tests call gc() to measure live data
    execArgv: ['--openssl-legacy-provider', '--expose-gc'],
  },
});
