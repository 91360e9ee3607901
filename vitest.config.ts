import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: fast unit tests (engine, background, UI with the fake browser) and browser tests that
// drive the built extension in Chromium. `npm test` runs both; CI reads the JSON report of both.
// CI (.ci/run) asks for JSON reports to count tests; each vitest invocation writes its own file.
const reportDir = process.env.STEMCHECK_REPORT_DIR;
const reportFile = reportDir ? `${reportDir}/vitest-${process.pid}-${Date.now()}.json` : null;

export default defineConfig({
  test: {
    reporters: reportFile ? ['default', ['json', { outputFile: reportFile }]] : ['default'],
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
