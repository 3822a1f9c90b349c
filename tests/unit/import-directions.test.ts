/**
 * The directions of imports (ARCHITECTURE.md "What each folder may import"), read from the code itself
 * with TypeScript's own import scanner: the site never imports the build, a build stage never reaches
 * into a later one, and no two files import each other, however far round.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src', 'scripts'];
const CONFIGS = ['astro.config.mjs'];

/**
 * The build's folders, earliest first: a folder imports its own files and the folders of earlier rows
 * only. `deploy/` says how the host serves the site, which publishing (precompression) follows.
 */
const STAGES: ReadonlyArray<readonly string[]> = [
  ['scripts/lib', 'scripts/text'],
  ['scripts/read'],
  ['scripts/clean'],
  ['scripts/parse'],
  ['scripts/model', 'scripts/geo'],
  ['scripts/translate'],
  ['scripts/emit'],
  ['scripts/deploy'],
  ['scripts/publish'],
  ['scripts/index'],
  ['scripts/check'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The code of a file that can import: all of a module, an .astro file's frontmatter and scripts. */
function code(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontmatter, ...scripts].join('\n');
}

const posix = (path: string) => path.split(sep).join('/');

/** Every relative import of the site, the build and the configs: file → files it imports (repository paths). */
function importGraph(): Map<string, string[]> {
  const files = [...ROOTS.flatMap(sourceFiles), ...CONFIGS].map(posix);
  return new Map(
    files.map((file) => [
      file,
      ts
        .preProcessFile(code(file), true, true)
        .importedFiles.map((imported) => imported.fileName)
        .filter((name) => name.startsWith('.'))
        .map((name) => posix(relative('.', resolve(dirname(file), name)))),
    ]),
  );
}

const graph = importGraph();
const edges = [...graph].flatMap(([from, targets]) => targets.map((to) => ({ from, to })));

/** The STAGES row of a file, or undefined for what stands above the stages (entry points, bench/, mutation/). */
const stageOf = (file: string) => STAGES.findIndex((row) => row.some((folder) => file.startsWith(`${folder}/`)));
const folderOf = (file: string) => file.split('/').slice(0, 2).join('/');

describe('the directions of imports', () => {
  it('should find the site, the build and their imports (a scanner that finds nothing proves nothing)', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(edges.some(({ from, to }) => from.startsWith('scripts/') && to.startsWith('src/'))).toBe(true);
  });

  it('should never import the build (scripts/) or the tests from the site (src/) or astro.config.mjs', () => {
    const upward = edges.filter(({ from, to }) => (from.startsWith('src/') || CONFIGS.includes(from)) && (to.startsWith('scripts/') || to.startsWith('tests/')));
    expect(upward.map(({ from, to }) => `${from} → ${to}`)).toEqual([]);
  });

  it('should import only earlier stages from a build stage, never a later one', () => {
    const backward = edges.filter(({ from, to }) => {
      const own = stageOf(from);
      if (own < 0 || !to.startsWith('scripts/') || folderOf(to) === folderOf(from)) return false;
      const target = stageOf(to);
      return target < 0 || target >= own;
    });
    expect(backward.map(({ from, to }) => `${from} → ${to}`)).toEqual([]);
  });

  it('should have no circle of imports between files', () => {
    // Tarjan's strongly connected components: any component of more than one file is a circle.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const circles: string[][] = [];
    const visit = (file: string) => {
      index.set(file, index.size);
      low.set(file, index.get(file)!);
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (!graph.has(next)) continue;
        if (!index.has(next)) {
          visit(next);
          low.set(file, Math.min(low.get(file)!, low.get(next)!));
        } else if (stack.includes(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
      if (low.get(file) === index.get(file)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          component.push(member);
        } while (member !== file);
        if (component.length > 1) circles.push(component.sort());
      }
    };
    for (const file of graph.keys()) if (!index.has(file)) visit(file);
    expect(circles).toEqual([]);
  });
});
