import type { Page } from '@playwright/test';

/** Holds back every request of `page` that matches `pattern`, as a slow network would, until the returned function is called. */
export async function holdBack(page: Page, pattern: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
