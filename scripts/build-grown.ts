/**
 * `npm run build:grown`: composes the grown corpus (scripts/lib/grown-build.ts) — the real seeds with the
 * fixture's seed files, manifest entries, translations and English names added — and builds it whole
 * into .scratch/grown/dist/. Usage: node scripts/build-grown.ts [--compose-only]
 */
import { spawnSync } from 'node:child_process';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GROWN_BUILD } from './lib/grown-build.ts';

const { values } = parseArgs({ options: { 'compose-only': { type: 'boolean', default: false } } });
const { fixture, seeds } = GROWN_BUILD;

type Json = Record<string, unknown>;
const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as Json;
const writeJson = (path: string, value: unknown) => writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
/** The real file's lists and maps, each with the fixture's entries after its own. */
function added(real: Json, extra: Json): Json {
  const merged: Json = { ...real };
  for (const [key, value] of Object.entries(extra)) {
    if (key === '$comment') continue;
    const own = real[key];
    if (Array.isArray(own) && Array.isArray(value)) merged[key] = [...own, ...value];
    else if (own && typeof own === 'object' && value && typeof value === 'object') merged[key] = { ...(own as Json), ...(value as Json) };
    else throw new Error(`${fixture}: "${key}" cannot be added to the real seeds' value`);
  }
  return merged;
}

await rm(seeds, { recursive: true, force: true });
await cp('seeds', seeds, { recursive: true });
for (const name of await readdir(fixture)) {
  if (name.endsWith('.txt')) await cp(join(fixture, name), join(seeds, name));
}
await writeJson(join(seeds, 'manifest.json'), added(await readJson('seeds/manifest.json'), await readJson(join(fixture, 'manifest.json'))));
for (const name of await readdir(join(fixture, 'translations/en'))) {
  const target = join(seeds, 'translations/en', name);
  if (name === 'names.json') await writeJson(target, added(await readJson(target), await readJson(join(fixture, 'translations/en', name))));
  else await cp(join(fixture, 'translations/en', name), target);
}
console.log(`composed ${seeds}/ (seeds/ with ${fixture}/ added)`);

if (!values['compose-only']) {
  const build = spawnSync(process.execPath, ['scripts/build-site.ts', '--seeds', seeds, '--content', GROWN_BUILD.content, '--out', GROWN_BUILD.outDir], { stdio: 'inherit' });
  process.exit(build.status ?? 1);
}
