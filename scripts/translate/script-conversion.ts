/**
 * Conversion between Chinese scripts (OpenCC's dictionaries through opencc-js), used at build time for
 * the Simplified rendering of Traditional-script documents and the Traditional rendering of Simplified
 * ones. A mechanical rendering, labelled as such; the original stays the text of record.
 */
import * as OpenCC from 'opencc-js';

let simplifier: ((text: string) => string) | undefined;
let traditionalizer: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  simplifier ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return simplifier(text);
}

function toTraditional(text: string): string {
  traditionalizer ??= OpenCC.Converter({ from: 'cn', to: 't' });
  return traditionalizer(text);
}

/** The other script of a Chinese document, with its converter; none for English. */
export function otherScript(lang: string): { lang: 'zh-Hans' | 'zh-Hant'; convert: (text: string) => string } | undefined {
  if (lang === 'zh-Hant') return { lang: 'zh-Hans', convert: toSimplified };
  if (lang === 'zh-Hans') return { lang: 'zh-Hant', convert: toTraditional };
  return undefined;
}
