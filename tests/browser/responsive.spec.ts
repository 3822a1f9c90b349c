/**
 * Each template at a phone width (360 px) and a desktop width (1280 px), light and dark: nothing makes
 * the page scroll sideways, axe's WCAG A/AA rules — contrast among them — hold in both colour
 * schemes, and the console stays free of errors. Screenshots are written under test-results/ for a person to look at; they are not compared.
 */
import { expect, test } from '@playwright/test';
import { TEMPLATES } from '../../scripts/check/templates.ts';
import { axeViolations, installAxe } from './lib/axe.ts';

const WIDTHS = [360, 1280];
const SCHEMES = ['light', 'dark'] as const;
/** Results exist only after the search script runs, and they are what needs to fit. */
const QUERY: Record<string, string> = { 'search.astro': '?q=以旧换新' };
/** Screenshots stop here: the longest documents run to tens of thousands of pixels, and PNG encoding is most of this test's time. */
const MAX_SHOT_HEIGHT = 2000;
/** accessibility.spec.ts already runs axe on every page at the default 1280 px in light mode. */
const axeAlreadyRan = (width: number, colorScheme: string) => width === 1280 && colorScheme === 'light';

// Short aliases redirect at once; their targets are templates of their own.
for (const template of TEMPLATES.filter((entry) => !entry.redirects)) {
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const label = `${template.sample} at ${width} px, ${colorScheme}`;
      test(`${template.source}: ${label} does not scroll sideways, passes axe, logs no error`, async ({ page }, testInfo) => {
        await installAxe(page.context());
        const errors: string[] = [];
        page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        page.on('pageerror', (error) => errors.push(error.message));
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        await page.goto(template.sample + (QUERY[template.source] ?? ''));
        if (QUERY[template.source]) await expect(page.locator('#search-results li').first()).toBeVisible();
        const { scrollWidth, innerWidth, scrollHeight } = await page.evaluate(() => ({
          scrollWidth: document.scrollingElement!.scrollWidth,
          innerWidth: window.innerWidth,
          scrollHeight: document.scrollingElement!.scrollHeight,
        }));
        const shot = `${template.source.replace(/\W+/g, '-')}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: testInfo.outputPath(shot), fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(scrollHeight, MAX_SHOT_HEIGHT) } });
        expect(scrollWidth, `${label}: page width ≤ viewport width`).toBeLessThanOrEqual(innerWidth);
        if (!axeAlreadyRan(width, colorScheme)) expect(await axeViolations(page, label)).toEqual([]);
        // A failed request (a missing favicon, a moved asset) or a script error shows up here.
        expect(errors, `${label}: console errors`).toEqual([]);
      });
    }
  }
}
