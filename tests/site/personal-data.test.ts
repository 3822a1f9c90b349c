/**
 * Personal data is never published: for every line a cleaning rule of seeds/manifest.json declares
 * personal data (a page-furniture rule's `redact` patterns), neither the line nor any value on it
 * appears in any file either build writes — pages, the seed copies under /sources/, open data, sitemap,
 * feeds, scripts, the Pagefind index decoded (its files are gzipped) and the Word files unzipped.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { builtFiles, requireBuild } from '../../scripts/lib/built-page.ts';
import { SUBPATH_BUILD } from '../../scripts/lib/subpath-build.ts';
import { loadManifest } from '../../scripts/read/load-manifest.ts';
import { DIST } from './built-site.ts';

const manifest = await loadManifest('seeds');

/** The lines of the seeds that a rule declares personal data, and the values on each (label cut off). */
function personalData(): Array<{ where: string; values: string[] }> {
  return manifest.seeds.flatMap((seed) => {
    const patterns = seed.cleaning.flatMap((rule) => ('redact' in rule ? rule.redact : [])).map((pattern) => new RegExp(pattern, 'u'));
    if (patterns.length === 0) return [];
    return readFileSync(`seeds/${seed.file}`, 'utf8').split('\n').flatMap((line, index) => {
      const text = line.trim();
      if (!patterns.some((pattern) => pattern.test(text))) return [];
      // "Phone:18599996333 Mobile:18599996333" → the line, 18599996333; an e-mail address also by its local part.
      const values = text.split(/\s+/).map((token) => token.replace(/^[^:：]*[:：]/, '')).flatMap((value) => [value, ...(value.includes('@') ? [value.split('@')[0]!] : [])]);
      return [{ where: `seeds/${seed.file}:${index + 1}`, values: [...new Set([text, ...values])].filter((value) => value.length >= 5) }];
    });
  });
}

const GZIP = [0x1f, 0x8b];
/** A built file as text: gzipped files (Pagefind's index) decompressed, zip files (the Word files) unzipped; entity- and URL-escaped @ as @. */
function readAsText(file: string): { text: string; decoded: boolean } {
  let bytes = readFileSync(file);
  const zipped = file.endsWith('.docx');
  const decoded = zipped || (bytes[0] === GZIP[0] && bytes[1] === GZIP[1]);
  if (zipped) bytes = Buffer.concat(Object.values(unzipSync(bytes)));
  else if (decoded) bytes = gunzipSync(bytes);
  return { text: bytes.toString('utf8').replace(/&#64;|&#x40;|%40/gi, '@'), decoded };
}

describe('personal data', () => {
  const declared = personalData();

  it("should find what the rules declare: the interpretation footer's phone number and e-mail address (seed 003, lines 14–15)", () => {
    expect(declared.map((entry) => entry.where)).toEqual(['seeds/003_63a03a8f54d76b3d.txt:14', 'seeds/003_63a03a8f54d76b3d.txt:15']);
    expect(declared.flatMap((entry) => entry.values)).toEqual(expect.arrayContaining(['18599996333', 'gedf2013@outlook.com', 'gedf2013']));
  });

  for (const [dist, command] of [[DIST, 'npm run build'], [SUBPATH_BUILD.outDir, 'npm test']] as const) {
    it(`should appear in no file of ${dist}/, of any kind, the search index decoded`, () => {
      requireBuild(dist, command);
      const files = builtFiles(dist);
      const found: string[] = [];
      let fragments = 0;
      for (const file of files) {
        const { text, decoded } = readAsText(file);
        if (file.endsWith('.pf_fragment')) {
          // A fragment is gzipped "pagefind_dcd" + the page's JSON: make sure it was read as such.
          expect(decoded && text.startsWith('pagefind_dcd') && JSON.parse(text.slice('pagefind_dcd'.length)).url, file).toBeTruthy();
          fragments++;
        }
        for (const { where, values } of declared) {
          for (const value of values) if (text.includes(value)) found.push(`${relative(dist, file)} holds ${JSON.stringify(value)} (${where})`);
        }
      }
      expect(found).toEqual([]);
      // Every kind of file was read: pages, seed copies, data, images, the Word files and the index.
      for (const kind of ['.html', '.txt', '.json', '.csv', '.xml', '.png', '.docx', '.pf_fragment', '.pf_index']) expect(files.some((file) => file.endsWith(kind)), kind).toBe(true);
      expect(fragments).toBeGreaterThan(500);
    });
  }
});
