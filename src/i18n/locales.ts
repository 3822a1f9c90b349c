/**
 * The site's two editions. Chinese pages live at the root (`/tasks/…`), English ones under `/en/`
 * (`/en/tasks/…`); every page exists in both, at the same path after the prefix, with the same anchors.
 */
import { sitePath } from '../lib/routes.ts';

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The `lang` attribute of each edition's pages. */
export const HTML_LANG: Record<Locale, string> = { zh: 'zh-Hans', en: 'en' };

/** The `[...lang]` route parameter of an edition: none for Chinese, `en` for English. */
function langParam(locale: Locale): string | undefined {
  return locale === 'zh' ? undefined : locale;
}

function localeFromParam(param: string | undefined): Locale {
  if (param === undefined) return 'zh';
  if (param === 'en') return 'en';
  throw new Error(`unknown edition: ${param}`);
}

/** A site path in an edition: `/tasks/` → `/en/tasks/`. */
export function localePath(locale: Locale, path: string): string {
  return locale === 'zh' ? path : `/${locale}${path}`;
}

/** The edition that shows a text in `lang` as it stands: English for English, Chinese for either script. */
export function localeOfLang(lang: string): Locale {
  return lang === 'en' ? 'en' : 'zh';
}

/**
 * Does the edition show a text in `lang` as it stands, its original, rather than its translation? The
 * Chinese edition shows a Chinese text (either script) as printed, the English edition an English one.
 */
export function showsOriginal(locale: Locale, lang: string): boolean {
  return localeOfLang(lang) === locale;
}

/** The edition a URL belongs to, read from its path after the deployment base. */
export function localeOfUrl(url: URL): Locale {
  return sitePath(url).startsWith('/en/') ? 'en' : 'zh';
}

/** A site path without its edition prefix: `/en/tasks/` → `/tasks/`. */
export function unlocalizedPath(url: URL): string {
  const path = sitePath(url);
  return path.startsWith('/en/') ? path.slice(3) : path;
}

/**
 * getStaticPaths entries for both editions. A page knows its edition one way, from its URL
 * (`localeOfUrl(Astro.url)`), as components and endpoints do; the edition is not passed as a prop.
 */
export function inBothEditions<T extends { params: Record<string, string | undefined>; props?: Record<string, unknown> }>(
  build: (locale: Locale) => T[],
): Array<{ params: T['params'] & { lang: string | undefined }; props: NonNullable<T['props']> }> {
  return LOCALES.flatMap((locale) => build(locale).map((entry) => ({ params: { ...entry.params, lang: langParam(locale) }, props: (entry.props ?? {}) as NonNullable<T['props']> })));
}
