/**
 * How the built site is served, declared once: the response headers, which files may be cached for a
 * year, the MIME types, and which files are precompressed. Everything that serves the site reads it:
 * deploy/nginx.conf and deploy/_headers are generated from it (scripts/deploy/nginx-conf.ts,
 * scripts/deploy/headers-file.ts; a test compares the committed files), the local server
 * (scripts/serve.ts) answers with it, and the precompression stage (scripts/publish/compress.ts) picks
 * its files with it. The nginx test (tests/browser/nginx-http.spec.ts) checks that nginx and the local
 * server send the same headers.
 */
import { cspHeaderValue } from '../../src/lib/security/csp.ts';
import { DOCX_MEDIA_TYPE } from '../../src/lib/downloads.ts';

/** Sent with every response, error pages included. */
export const SECURITY_HEADERS: ReadonlyArray<readonly [name: string, value: string]> = [
  // The same policy as each page's <meta> (src/lib/security/csp.ts), plus frame-ancestors; on scripts
  // too, because a web worker's policy (Pagefind's) comes from its own script's header.
  ['Content-Security-Policy', cspHeaderValue()],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // For browsers that predate frame-ancestors.
  ['X-Frame-Options', 'DENY'],
  // Nothing on the site uses these; the clipboard (copy buttons) keeps its default (this origin).
  ['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Files whose name changes whenever their content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else: the browser may keep it but asks first (a 304 when unchanged, by ETag or date). */
export const REVALIDATE = 'no-cache';

/**
 * The content-hashed files, as regular expressions over the path below the base (no leading slash),
 * written so that JavaScript and nginx (PCRE) read them alike, and as the `_headers` glob for static
 * hosts (whose rules have only `*`). The search scripts (header.js, page.js, highlight.js) keep fixed
 * names and are revalidated: the inline loader and the search page name them, and each is one file
 * (scripts/index/client-bundle.ts), so there is no hashed chunk behind them.
 */
export const HASHED_FILES: ReadonlyArray<{ pattern: string; glob: string; what: string }> = [
  { pattern: '^_astro/', glob: '_astro/*', what: "Astro's bundled styles and scripts (name.[hash].css|js)" },
  { pattern: '^pagefind/(index|fragment|filter)/', glob: 'pagefind/*/*', what: "Pagefind's index chunks, fragments and filters ([lang]_[hash].pf_*)" },
  { pattern: '^pagefind/pagefind\\.[a-z-]+_[0-9a-f]+\\.pf_meta$', glob: 'pagefind/*.pf_meta', what: "Pagefind's metadata (pagefind.[lang]_[hash].pf_meta)" },
];

export interface FileType {
  /** The extension, without its dot. */
  ext: string;
  type: string;
  /** Text in UTF-8: the Content-Type says `charset=utf-8`. */
  charset?: boolean;
  /** Text worth compressing: the build writes .br and .gz beside each such file over 1 KB. */
  compress?: boolean;
}

/**
 * Every kind of file the build writes. Pagefind's own files are gzip inside (Pagefind unpacks them in the
 * browser), so they are sent as bytes, never compressed again or marked as encoded.
 */
export const FILE_TYPES: readonly FileType[] = [
  { ext: 'html', type: 'text/html', charset: true, compress: true },
  { ext: 'css', type: 'text/css', charset: true, compress: true },
  { ext: 'js', type: 'text/javascript', charset: true, compress: true },
  { ext: 'mjs', type: 'text/javascript', charset: true, compress: true },
  { ext: 'json', type: 'application/json', charset: true, compress: true },
  { ext: 'xml', type: 'application/xml', charset: true, compress: true },
  { ext: 'txt', type: 'text/plain', charset: true, compress: true },
  { ext: 'csv', type: 'text/csv', charset: true, compress: true },
  { ext: 'md', type: 'text/markdown', charset: true, compress: true },
  { ext: 'svg', type: 'image/svg+xml', compress: true },
  { ext: 'webmanifest', type: 'application/manifest+json', charset: true, compress: true },
  { ext: 'png', type: 'image/png' },
  { ext: 'jpg', type: 'image/jpeg' },
  { ext: 'webp', type: 'image/webp' },
  { ext: 'ico', type: 'image/x-icon' },
  { ext: 'wasm', type: 'application/wasm' },
  // A .docx is a zip file already: compressing it again saves nothing.
  { ext: 'docx', type: DOCX_MEDIA_TYPE },
  { ext: 'pagefind', type: 'application/octet-stream' },
  { ext: 'pf_meta', type: 'application/octet-stream' },
  { ext: 'pf_index', type: 'application/octet-stream' },
  { ext: 'pf_fragment', type: 'application/octet-stream' },
  { ext: 'pf_filter', type: 'application/octet-stream' },
];

/** For any other file. */
const DEFAULT_TYPE = 'application/octet-stream';

/** Files smaller than this are not precompressed (the saving is below a packet). */
const COMPRESS_MIN_BYTES = 1024;

/** The encodings written beside a file, in the server's order of preference. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** The site's 404 page, below the base. */
export const NOT_FOUND_PAGE = '404.html';

const extOf = (path: string) => /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';

export function fileType(path: string): FileType | undefined {
  const ext = extOf(path);
  return FILE_TYPES.find((type) => type.ext === ext);
}

/** The Content-Type of a file. */
export function contentType(path: string): string {
  const type = fileType(path);
  if (!type) return DEFAULT_TYPE;
  return type.charset ? `${type.type}; charset=utf-8` : type.type;
}

/** Whether the build precompresses a file of this name and size. */
export function isCompressible(path: string, bytes: number): boolean {
  return bytes > COMPRESS_MIN_BYTES && fileType(path)?.compress === true;
}

/** The Cache-Control of a file, by its path below the base ("_astro/x.css", "tasks/index.html"). */
export function cacheControl(path: string): string {
  return HASHED_FILES.some(({ pattern }) => new RegExp(pattern).test(path)) ? IMMUTABLE : REVALIDATE;
}

/** Every header the site's policy sets on a file (content negotiation aside). */
export function responseHeaders(path: string): Record<string, string> {
  return { 'Content-Type': contentType(path), 'Cache-Control': cacheControl(path), ...Object.fromEntries(SECURITY_HEADERS) };
}
