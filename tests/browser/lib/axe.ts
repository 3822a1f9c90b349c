/**
 * axe-core in the page, with the WCAG 2.0/2.1/2.2 A and AA rules the site promises and axe's best
 * practices, each violation flattened into one readable line so a failing test lists what to fix and where.
 *
 * axe-core is used directly rather than through @axe-core/playwright: its AxeBuilder re-evaluates the
 * ~600 KB axe source on every analyze(), about 700 ms a page here against ~150 ms when the source is an
 * init script of the context and only violations are collected — the difference between one and five
 * minutes over the ~300 built pages. The site has no iframes, the one thing AxeBuilder adds.
 */
import axe from 'axe-core';
import type { BrowserContext, Page } from '@playwright/test';

/**
 * WCAG 2.0/2.1/2.2 A and AA, plus axe's best practices: they found two unnamed search landmarks on one
 * page, which a screen-reader user cannot tell apart, and the site passes them all.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Makes `window.axe` available in every page the context opens from now on. */
export async function installAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axe.source });
}

/**
 * "label: rule (impact) help — first offending elements", one line per violated rule; the page's context
 * must have had installAxe() before the page loaded. `rules` narrows the WCAG set to some rule ids.
 */
export async function axeViolations(page: Page, label: string, rules?: string[]): Promise<string[]> {
  const runOnly: axe.RunOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: AXE_TAGS };
  const violations = await page.evaluate(
    (options) => (window as unknown as { axe: typeof axe }).axe.run(document, options).then((results) => results.violations),
    { runOnly, resultTypes: ['violations'] } satisfies axe.RunOptions,
  );
  return violations.map((violation) => {
    const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ');
    return `${label}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes.length}× e.g. ${targets}`;
  });
}
