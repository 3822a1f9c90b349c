import { chromium } from 'playwright-core';
import { findBrowser, CHROMIUM_ARGS } from '/work/wt-csp/scripts/lib/find-browser.ts';
import { serveForBench } from '/work/wt-csp/scripts/bench/nginx-server.ts';
import { weighPage } from '/work/wt-csp/scripts/bench/page-weight.ts';
const b = await findBrowser();
const browser = await chromium.launch({ executablePath: b.executablePath, args: CHROMIUM_ARGS });
const server = await serveForBench('dist');
try {
  const page = await browser.newPage();
  const r = await page.goto(server.origin + '/documents/wuhan-plan/');
  console.log(server.server, 'encoding', r?.headers()['content-encoding'], (await r!.request().allHeaders())['accept-encoding']);
  console.log(JSON.stringify(await weighPage(browser, server.origin + '/documents/wuhan-plan/')));
} finally { await server.stop(); await browser.close(); }
