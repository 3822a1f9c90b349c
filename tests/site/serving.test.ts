/**
 * The built site is ready to be served as deploy/nginx.conf serves it: every inline script is one the
 * policy allows by hash and nothing else is inline; every file has a declared type; every text file over
 * 1 KB has its .br and .gz beside it, holding the same bytes; the host's _headers file is there.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../scripts/deploy/headers-file.ts';
import { ENCODINGS, fileType, isCompressible } from '../../scripts/deploy/headers.ts';
import { INLINE_SCRIPTS } from '../../src/lib/security/inline-scripts.ts';
import { attr, elements, textContent } from '../../scripts/lib/built-page.ts';
import { builtSite, DIST } from './built-site.ts';

const files = () => (builtSite() && existsSync(DIST) ? readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(DIST, name)).isFile()) : []);
const isEncoded = (name: string) => ENCODINGS.some(({ suffix }) => name.endsWith(suffix));

describe('the built site, as served', () => {
  const all = files();

  it('should have no inline script the policy does not allow by hash, no <style> and no style attribute', () => {
    const allowed = new Set<string>(INLINE_SCRIPTS);
    const problems: string[] = [];
    for (const page of builtSite()) {
      for (const element of elements(page.tree)) {
        if (element.tagName === 'style') problems.push(`${page.path}: <style>`);
        if (attr(element, 'style') !== undefined) problems.push(`${page.path}: style attribute on <${element.tagName}>`);
        if (element.tagName !== 'script' || attr(element, 'src') !== undefined || attr(element, 'type') === 'application/ld+json') continue;
        const text = textContent(element);
        if (!allowed.has(text)) problems.push(`${page.path}: inline script ${text.slice(0, 60)}…`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('should give every file it writes a declared type (scripts/deploy/headers.ts)', () => {
    const undeclared = all.filter((name) => !isEncoded(name) && name !== '_headers' && !fileType(name));
    expect(undeclared).toEqual([]);
  });

  it('should write .br and .gz beside every text file over 1 KB, with the same content, and beside no other file', () => {
    const present = new Set(all);
    const compressible = all.filter((name) => !isEncoded(name) && isCompressible(name, statSync(join(DIST, name)).size));
    // Pages, data, scripts and styles: hundreds of files.
    expect(compressible.length).toBeGreaterThan(500);
    const missing = compressible.flatMap((name) => ENCODINGS.filter(({ suffix }) => !present.has(name + suffix)).map(({ suffix }) => name + suffix));
    expect(missing).toEqual([]);
    const stray = all.filter((name) => isEncoded(name) && !compressible.includes(name.replace(/\.(br|gz)$/, '')));
    expect(stray).toEqual([]);
    // Every hundredth one decompressed: the same bytes as the file.
    for (const name of compressible.filter((_, index) => index % 100 === 0)) {
      const original = readFileSync(join(DIST, name));
      expect(brotliDecompressSync(readFileSync(join(DIST, `${name}.br`))).equals(original), name).toBe(true);
      expect(gunzipSync(readFileSync(join(DIST, `${name}.gz`))).equals(original), name).toBe(true);
    }
  });

  it("should not compress Pagefind's own files again (they are gzip inside)", () => {
    expect(all.filter((name) => /\.(pagefind|pf_\w+)\.(br|gz)$/.test(name))).toEqual([]);
  });

  it('should put the _headers file for static hosts at the root of the upload', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(headersFile('/'));
  });
});
