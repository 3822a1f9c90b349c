/**
 * Playwright config for the browser tests in tests/browser/.
 *
 * Browsers cannot be downloaded here (`npx playwright install` fails), so
 * findBrowser() picks $CHROMIUM_PATH, Playwright's own download if present,
 * or Debian's /usr/bin/chromium (installing it via apt-get when root).
 * The built site (dist/) is served by scripts/serve.ts on $TEST_PORT (default 4399); build it
 * first (`npm run build`) — `npm test` does this for you. Outside CI an already running server
 * on that port is reused, so two checkouts on one machine must test on different ports.
 *
 * The `nginx` project runs the tests that need nginx with the committed deploy/nginx.conf (on a free
 * loopback port, $NGINX_TEST_PORT): how the site is served (nginx-http: types, caching, compression, the
 * sub-path variant), its policy as a header (csp: every interaction that runs a script, the search in
 * the header and on the search page among them, Pagefind in its worker) and hostile text searched under
 * that header (hostile-search). The other search tests (search.spec.ts) run once, in `chromium`: what
 * they check is the client's behaviour, which does not depend on the server (nginx serving the search's
 * files is nginx-http's and csp's business). Where nginx or its brotli module is missing, that project
 * holds only nginx-http.spec.ts, which skips saying what to install (.ci/run installs both).
 */
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './scripts/lib/find-browser.ts';
import { freePort, nginxAvailability } from './scripts/deploy/nginx-server.ts';

// TEST_PORT lets several checkouts run their browser tests side by side (each reuses only its own server).
const PORT = Number(process.env.TEST_PORT ?? 4399);
const isCI = !!process.env.CI;
const browser = await findBrowser();
const nginx = nginxAvailability();
// Chosen once, in the runner: its workers load this file again and inherit the variable.
process.env.NGINX_TEST_PORT ??= String(await freePort());
const NGINX_PORT = Number(process.env.NGINX_TEST_PORT);
const chrome = { ...devices['Desktop Chrome'], channel: undefined };

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
    // Recording a trace (a DOM snapshot and a screenshot at every action) made each test 15–20 % slower, and
    // every passing test's trace was thrown away. A test that fails in CI is run again, traced (retries: 1);
    // locally, `npm run test:browser -- <file> --trace on` records one.
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: browser.executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'chromium',
      // Desktop Chrome's viewport/UA, but no `channel`: we launch our own binary.
      use: chrome,
      testIgnore: /nginx-http\.spec\.ts/,
    },
    {
      name: 'nginx',
      use: { ...chrome, baseURL: `http://127.0.0.1:${NGINX_PORT}` },
      testMatch: nginx.ok ? /(nginx-http|csp|hostile-search)\.spec\.ts/ : /nginx-http\.spec\.ts/,
      // Every template's load is checked against the policy once, in the chromium project (responsive.spec.ts, the
      // short aliases in csp.spec.ts; the policy is in each page's <meta> too); through nginx, the interactions,
      // where the header's policy governs the worker.
      grepInvert: /both editions load with no policy violation/,
    },
  ],
  webServer: [{
    // The node running Playwright (Node 24 under `npm test`), not whatever `node` is first on PATH.
    command: `${JSON.stringify(process.execPath)} scripts/serve.ts --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !isCI,
    timeout: 30_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
  ...(nginx.ok
    ? [{
        command: `${JSON.stringify(process.execPath)} scripts/deploy/nginx-server.ts --dir dist --port ${NGINX_PORT}`,
        url: `http://127.0.0.1:${NGINX_PORT}/`,
        reuseExistingServer: false,
        timeout: 30_000,
        stdout: 'pipe' as const,
        stderr: 'pipe' as const,
      }]
    : [])],
});
