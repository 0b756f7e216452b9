import { defineConfig } from 'vitest/config'

// One runner for every package. Unit tests are fast; e2e tests start real processes on loopback and
// get longer time-outs in their own files. Benchmarks are never tests: see `npx tandem bench`.
export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['packages/proto/src/node-polyfills.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    reporters: ['default'],
  },
})
