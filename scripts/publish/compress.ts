/**
 * The last build stage: writes `name.br` and `name.gz` beside every text file over 1 KB of the built site
 * (which files: scripts/deploy/headers.ts), so a server sends them as they are (nginx's brotli_static and
 * gzip_static, scripts/serve.ts) and compresses nothing per request. Deterministic: the same file always
 * gives the same bytes (no names or times in the gzip header; fixed settings). Brotli at its best quality
 * is slow (about 5 s per MB here), so each result is kept in node_modules/.cache/precompressed/ under the
 * hash of the file and the settings, and a rebuild compresses only what changed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { ENCODINGS, isCompressible } from '../deploy/headers.ts';

const CACHE_DIR = 'node_modules/.cache/precompressed';
const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } };
const GZIP_OPTIONS = { level: constants.Z_BEST_COMPRESSION, memLevel: 9 };
const compressors: Record<(typeof ENCODINGS)[number]['name'], (input: Buffer) => Promise<Buffer>> = {
  br: (input) => promisify(brotliCompress)(input, BROTLI_OPTIONS),
  gzip: (input) => promisify(gzip)(input, GZIP_OPTIONS),
};
/** Part of every cache key: a change of settings (or of zlib) compresses everything again. */
const SETTINGS = JSON.stringify([BROTLI_OPTIONS, GZIP_OPTIONS, process.versions.zlib, process.versions.brotli]);

async function compressed(encoding: keyof typeof compressors, input: Buffer): Promise<Buffer> {
  const key = createHash('sha256').update(SETTINGS).update(encoding).update(input).digest('hex');
  const cached = join(CACHE_DIR, key.slice(0, 2), `${key}.${encoding}`);
  const hit = await readFile(cached).catch(() => undefined);
  if (hit) return hit;
  const output = await compressors[encoding](input);
  await mkdir(join(CACHE_DIR, key.slice(0, 2)), { recursive: true });
  // Written under another name first, so a build stopped halfway never leaves a truncated entry.
  await writeFile(`${cached}.${process.pid}`, output);
  await rename(`${cached}.${process.pid}`, cached);
  return output;
}

/** Precompresses the site in `siteDir`; returns how many files and how many of them came from the cache. */
export async function precompress(siteDir: string): Promise<{ files: number; bytes: number }> {
  const names = (await readdir(siteDir, { recursive: true })).sort();
  const files: string[] = [];
  for (const name of names) {
    if (ENCODINGS.some(({ suffix }) => name.endsWith(suffix))) continue;
    const info = await stat(join(siteDir, name));
    if (info.isFile() && isCompressible(name, info.size)) files.push(name);
  }
  let bytes = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const name = files[next++]!;
      const input = await readFile(join(siteDir, name));
      bytes += input.length;
      for (const { name: encoding, suffix } of ENCODINGS) await writeFile(join(siteDir, name + suffix), await compressed(encoding, input));
    }
  };
  // zlib works in libuv's thread pool: one file per core at a time keeps every core busy.
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return { files: files.length, bytes };
}
