import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { alias } from './vite.config';

/**
 * One `vitest run` runs every level: unit/component (happy-dom), server (real server, temporary
 * database) and browser (playwright-core + Chromium against the production build).
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}', 'mock-server/console/**/*.test.{ts,tsx}', 'tests/architecture.test.ts'],
          setupFiles: ['src/test/setup.ts'],
          // A phone abroad (with summer time): what the app shows must still be Vietnam's time.
          env: { TZ: 'Europe/Berlin' },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'server',
          environment: 'node',
          include: ['mock-server/**/*.test.ts'],
          // The console's own tests run in the browser-like unit project.
          exclude: [...configDefaults.exclude, 'mock-server/console/**'],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One browser run at a time: the machine has two cores and the tests share one server.
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
