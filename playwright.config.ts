/**
 * Playwright config for the browser tests in tests/browser/.
 *
 * Browsers cannot be downloaded here (`npx playwright install` fails), so
 * findBrowser() picks $CHROMIUM_PATH, Playwright's own download if present,
 * or Debian's /usr/bin/chromium (installing it via apt-get when root).
 * The built site (dist/) is served by scripts/serve.ts on port $TEST_PORT (default 4399); build it
 * first (`npm run build`) — `npm test` does this for you.
 */
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './scripts/lib/find-browser.ts';

// TEST_PORT lets several checkouts run their browser tests side by side (each reuses only its own server).
const PORT = Number(process.env.TEST_PORT ?? 4399);
const isCI = !!process.env.CI;
const browser = await findBrowser();

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  forbidOnly: isCI,
  workers: 2,
  retries: isCI ? 1 : 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: browser.executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'chromium',
      // Desktop Chrome's viewport/UA, but no `channel`: we launch our own binary.
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
  ],
  webServer: {
    // The node running Playwright (Node 24 under `npm test`), not whatever `node` is first on PATH.
    command: `${JSON.stringify(process.execPath)} scripts/serve.ts --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !isCI,
    timeout: 30_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
