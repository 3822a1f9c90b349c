/**
 * The site's Content-Security-Policy, declared once. Astro writes it into every page as a `<meta>`
 * (astro.config.mjs: `security.csp`, adding hashes of what it emits itself), and the servers send it as a
 * header too (scripts/deploy/headers.ts → deploy/nginx.conf, deploy/_headers, scripts/serve.ts), where it
 * also covers what a `<meta>` cannot: `frame-ancestors`, and Pagefind's web worker, whose policy comes only
 * from the header of its own script. A browser enforces both policies, so each must allow everything the
 * site does: the header lists the same inline-script hashes, and the build emits no other inline script
 * or style (astro.config.mjs keeps Astro's own scripts and styles in files).
 */
import { createHash } from 'node:crypto';
import { INLINE_SCRIPTS } from './inline-scripts.ts';

type Hash = `sha256-${string}`;

/** `sha256-…` of a script's exact text, as CSP compares it. */
export function cspHash(text: string): Hash {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The hashes of the site's inline scripts (src/lib/security/inline-scripts.ts), in declaration order. */
const INLINE_SCRIPT_HASHES: Hash[] = INLINE_SCRIPTS.map(cspHash);

/**
 * Script sources besides the inline hashes. `'wasm-unsafe-eval'`: Pagefind compiles its WebAssembly
 * (`WebAssembly.instantiate`), which CSP treats as eval; it allows no JavaScript eval.
 */
const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
const STYLE_SOURCES = ["'self'"] as const;

/** The other directives, in the order they are written. */
const DIRECTIVES = [
  "default-src 'self'",
  // `data:`: the empty icon (`<link rel="icon" href="data:,">`) that stops browsers asking for /favicon.ico.
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Directives a `<meta>` policy cannot carry (browsers ignore them there, with a warning): header only. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The policy as one header value: the same as the `<meta>` (less Astro's hashes of its own files) plus the header-only directives. */
export function cspHeaderValue(): string {
  return [
    ...DIRECTIVES,
    `script-src ${[...SCRIPT_SOURCES, ...INLINE_SCRIPT_HASHES.map((hash) => `'${hash}'`)].join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}

/** Astro's `security.csp` option (astro.config.mjs). */
export function astroCsp() {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: [...INLINE_SCRIPT_HASHES] },
    styleDirective: { resources: [...STYLE_SOURCES] },
  };
}
