import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'test/bench/**'],
    environment: 'node',
    pool: 'threads',
    // Sandboxes generate a synthetic population first; leave room on a loaded 2-core CI machine.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
