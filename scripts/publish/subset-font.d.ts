/** Types for subset-font (it ships none): the one call the preview stage makes. */
declare module 'subset-font' {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'; noHinting?: boolean }): Promise<Buffer>;
}
