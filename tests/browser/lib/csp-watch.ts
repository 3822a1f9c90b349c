/**
 * Records everything a strict Content-Security-Policy would make go wrong on a page: each
 * `securitypolicyviolation` event (in every document the page loads, across navigations), uncaught
 * errors, console errors that name the policy, and any console message from a web worker (Pagefind's
 * worker reports a blocked WebAssembly compile only there, then quietly falls back to the main thread).
 */
import { expect, type Page, type Response } from '@playwright/test';

/** Awaited, so the listeners are in place before the page's first document loads (else a first violation could be missed). */
export async function watchPolicy(page: Page): Promise<string[]> {
  const problems: string[] = [];
  // An exposed function survives navigations; the listener is added to every new document.
  await page.exposeFunction('__reportViolation', (report: string) => problems.push(`violation: ${report}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportViolation(report: string): void }).__reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} — ${event.sample}`,
      );
    });
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy|Refused to|violat/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('worker', (worker) => {
    worker.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`worker ${worker.url()}: ${message.text()}`);
    });
  });
  return problems;
}

/** The policy a page states in its <meta>, directive by directive. */
async function metaPolicy(page: Page): Promise<Map<string, string[]>> {
  // The page has loaded: its <meta> is there or missing, nothing to wait for.
  const content = await page.evaluate(() => document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content'));
  expect(content, 'every page states its policy').toBeTruthy();
  return new Map(content!.split(';').map((directive) => directive.trim().split(/\s+/)).filter((parts) => parts[0]).map(([name, ...sources]) => [name!, sources]));
}

/**
 * The page just loaded states the strict policy: as a header (`frame-ancestors` can only be one) and in its
 * <meta> — no inline or eval'd scripts, no inline styles, no plugins, no other base URL.
 */
export async function expectStrictPolicy(page: Page, response: Response | null): Promise<void> {
  expect(response?.headers()['content-security-policy'], 'the policy is a header too').toContain("frame-ancestors 'none'");
  const policy = await metaPolicy(page);
  const script = policy.get('script-src') ?? [];
  expect(script).not.toContain("'unsafe-inline'");
  expect(script).not.toContain("'unsafe-eval'");
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
  expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
}
