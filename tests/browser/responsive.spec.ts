/**
 * Each template's sample page in both editions, at a phone width (360 px) and a desktop width (1280 px),
 * light and dark: nothing makes the page scroll sideways, axe's WCAG A/AA rules hold, the console
 * stays free of errors, and the strict Content-Security-Policy holds on every load (stated as a header and
 * in the page's <meta>, nothing it blocks or reports: lib/csp-watch.ts; csp.spec.ts checks the short
 * aliases and every interaction). With SCREENSHOTS=1 a screenshot of the first screen of each is written under
 * test-results/ for a person to look at; they are never compared, so `npm test` does not take them (they
 * were an eighth of this spec's time, and its one flaky step).
 *
 * One test per template, one page object: each edition is loaded once per width and the colour scheme is
 * switched in place (the site's dark scheme is a `prefers-color-scheme` media query, so no reload is
 * needed). Dark mode only changes colours (the custom properties at the top of src/styles/global.css), so
 * in dark axe runs its colour rules; every rule runs in light. At 1280 px in light,
 * accessibility.spec.ts already runs every rule on each template's sample in both editions.
 */
import { expect, test, type Page } from '@playwright/test';
import { TEMPLATES, type Template } from '../../scripts/check/templates.ts';
import { builtPages, requireBuild } from '../../scripts/lib/built-page.ts';
import { axeViolations, installAxe } from './lib/axe.ts';
import { expectStrictPolicy, watchPolicy } from './lib/csp-watch.ts';
import { sampleIn, type Edition } from './lib/page-sample.ts';

const WIDTHS = [360, 1280];
const SCHEMES = ['light', 'dark'] as const;
/** The axe rules a change of colours alone can break. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** Results exist only after the search script runs, and they are what needs to fit. */
const QUERY: Record<string, string> = { 'search.astro': '?q=以旧换新' };

requireBuild('dist');
const BUILT = new Set(builtPages('dist').map((page) => page.path));

/** The template's sample in each edition it is built in (the 404 page has one). */
function samplesOf(template: Template): Array<{ edition: Edition; path: string }> {
  return (['zh', 'en'] as const).map((edition) => ({ edition, path: sampleIn(template, edition) })).filter(({ path }) => BUILT.has(path));
}

const SCREENSHOTS = process.env.SCREENSHOTS === '1';

async function look(page: Page, label: string, screenshot: string): Promise<string[]> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
  if (SCREENSHOTS) await page.screenshot({ path: screenshot });
  return scrollWidth <= innerWidth ? [] : [`${label}: scrolls sideways (page ${scrollWidth} px wide in a ${innerWidth} px viewport)`];
}

for (const template of TEMPLATES.filter((entry) => !entry.redirects)) {
  test(`${template.source}: its sample in both editions at 360 and 1280 px, light and dark, does not scroll sideways, passes axe, logs no error, breaks no policy`, async ({ page }, testInfo) => {
    const samples = samplesOf(template);
    expect(samples.map((sample) => sample.edition), `${template.sample} is built`).toContain('zh');
    test.setTimeout(90_000 * samples.length);
    const violations = await watchPolicy(page);
    await installAxe(page.context());
    const errors: string[] = [];
    let at = '';
    page.on('console', (message) => message.type() === 'error' && errors.push(`${at}: ${message.text()}`));
    page.on('pageerror', (error) => errors.push(`${at}: ${error.message}`));
    const problems: string[] = [];
    for (const { edition, path } of samples) {
      for (const width of WIDTHS) {
        at = `${path} at ${width} px`;
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme: 'light' });
        await expectStrictPolicy(page, await page.goto(path + (QUERY[template.source] ?? '')));
        if (QUERY[template.source]) await expect(page.locator('#search-results li').first()).toBeVisible();
        for (const colorScheme of SCHEMES) {
          const label = `${at}, ${colorScheme}`;
          await page.emulateMedia({ colorScheme });
          problems.push(...(await look(page, label, testInfo.outputPath(`${template.source.replace(/\W+/g, '-')}-${edition}-${width}-${colorScheme}.png`))));
          if (colorScheme === 'dark') problems.push(...(await axeViolations(page, label, COLOUR_RULES)));
          else if (width !== 1280) problems.push(...(await axeViolations(page, label)));
        }
      }
    }
    expect(problems).toEqual([]);
    expect(violations, 'what the Content-Security-Policy blocked or reported').toEqual([]);
    // A failed request (a missing favicon, a moved asset) or a script error shows up here.
    expect(errors, 'console errors').toEqual([]);
  });
}
