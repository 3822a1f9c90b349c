/**
 * What keyboard focus is on after a key press, and whether a sighted keyboard user can see it: the
 * focused element is on screen and drawn with an outline (the site's :focus-visible style).
 */
import type { Page } from '@playwright/test';

export interface FocusStop {
  /** Tag and accessible-ish name, e.g. "a 任务" or "input #site-search", for readable failures. */
  label: string;
  region: 'header' | 'main' | 'footer' | 'other';
  onScreen: boolean;
  outlined: boolean;
}

export async function pressTab(page: Page): Promise<FocusStop> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const region = element.closest('header') ? 'header' : element.closest('main') ? 'main' : element.closest('footer') ? 'footer' : 'other';
    const name = element.id ? `#${element.id}` : (element.textContent ?? '').trim().slice(0, 20);
    return {
      label: `${element.tagName.toLowerCase()} ${name}`,
      region,
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
      outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    } as const;
  });
}
