/**
 * Records everything a strict Content-Security-Policy would make go wrong on a page: each
 * `securitypolicyviolation` event (in every document the page loads, across navigations), uncaught
 * errors, console errors that name the policy, and any console message from a web worker (Pagefind's
 * worker reports a blocked WebAssembly compile only there, then quietly falls back to the main thread).
 */
import type { Page } from '@playwright/test';

export function watchPolicy(page: Page): string[] {
  const problems: string[] = [];
  // An exposed function survives navigations; the listener is added to every new document.
  void page.exposeFunction('__reportViolation', (report: string) => problems.push(`violation: ${report}`));
  void page.addInitScript(() => {
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
