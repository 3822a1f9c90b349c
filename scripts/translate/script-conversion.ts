/**
 * Traditional → Simplified conversion (OpenCC's dictionaries through opencc-js), used at build time
 * for the Simplified rendering of Traditional-script documents. It is a mechanical rendering, labelled
 * as such; the Traditional original stays the text of record.
 */
import * as OpenCC from 'opencc-js';

let converter: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  converter ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return converter(text);
}
