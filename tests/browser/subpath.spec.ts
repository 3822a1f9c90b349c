/**
 * The site deployed under a sub-path (as on a project page of a static host): search loads its bundle
 * from under the base and its results link there too. `npm test` makes this build (scripts/test.ts); the
 * link checker covers its static links (tests/site/links.test.ts).
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { SUBPATH_BUILD } from '../../scripts/lib/subpath-build.ts';
import { serverPort, startServer, stopServer } from '../../scripts/serve.ts';

const { outDir, base } = SUBPATH_BUILD;
let server: Server;
let root: string;

test.beforeAll(async () => {
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(`no sub-path build in ${outDir}/: SITE_BASE=${base} npm run build -- --out ${outDir} (npm test makes it)`);
  }
  // Port 0: a free port of the system's choosing, so parallel checkouts cannot collide.
  server = await startServer({ dir: outDir, base, port: 0, host: 'localhost' });
  root = `http://localhost:${serverPort(server)}${base}`;
});

test.afterAll(async () => {
  if (server) await stopServer(server);
});

test(`search works when the site is deployed under ${base}`, async ({ page }) => {
  const outside: string[] = [];
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith(base) || response.status() >= 400) outside.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(root);
  const box = page.getByRole('searchbox', { name: '搜索任务、措施、文件' });
  await box.fill('陶瓷行业转型金融');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`^${root}search/\\?q=`));
  const first = page.locator('#search-results li a').first();
  await expect(first).toHaveText('陶瓷行业转型金融实施指南');
  await first.click();
  await expect(page).toHaveURL(`${root}tasks/task-list-1/96/`);
  expect(outside, 'every request stays under the base and succeeds').toEqual([]);
});
