/**
 * Fuzzing the real seeds through the content stage (parse → model → translations → emit), then reading
 * the emitted MDX back with the build's MDX parser. Every case must end in one of two ways: content
 * whose MDX holds nothing but the document components and text (an inserted snippet shows up as
 * text), or an input error naming the file (and line) — never another exception.
 * Replay: FUZZ_SEED=<seed> npx vitest run tests/unit/seed-fuzz.test.ts  (FUZZ_CASES=<n> for more cases).
 * The full Astro build of a few of these cases is in tests/site/full-builds.test.ts.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../scripts/build-content.ts';
import { writeContent } from '../../scripts/emit/write-content.ts';
import { loadManifest } from '../../scripts/read/load-manifest.ts';
import type { BlockNode, Model, NoteNode } from '../../src/schema/model.ts';
import { readMdx } from '../lib/mdx-safety.ts';
import { contentStage, fuzzCases, fuzzSeed, INPUT_ERROR_LINE, readOriginals, seedsForCase, type FuzzCase } from '../lib/seed-fuzz.ts';

const SEED = fuzzSeed();
/** At least 200 cases (the floor); more with FUZZ_CASES. */
const COUNT = Math.max(200, Number(process.env.FUZZ_CASES ?? 0));
/** Mutations the seeds must survive: the build repairs them or reads them as intended. */
const MUST_BUILD = new Set<FuzzCase['kind']>(['bom-crlf', 'full-width-marker']);
const compact = (text: string) => text.replace(/\s+/gu, '');

const manifest = await loadManifest('seeds');
const cases = fuzzCases(SEED, COUNT, await readOriginals('seeds', manifest.seeds.map((seed) => seed.file)));
console.log(`seed fuzz: seed ${SEED}, ${cases.length} cases (replay with FUZZ_SEED=${SEED})`);

/** What the product did with each case: stopped with an input error, or emitted the inserted text (in a note or not). */
const outcomes: Array<{ kind: FuzzCase['kind']; file: string; result: 'input-error' | 'emitted' | 'emitted-in-note' | 'built' }> = [];
/** Markup characters: a snippet holding one would be code or an element if the emitter let it through. */
const MARKUP = /[<>{}`*_[\]#&\\$~|]/u;

function notesOf(blocks: BlockNode[]): NoteNode[] {
  return blocks.flatMap((block) => (block.type === 'note' ? [block] : 'children' in block ? notesOf(block.children) : []));
}

let original: Model;
beforeAll(async () => {
  original = await loadModel('seeds');
});

async function checkCase(testCase: FuzzCase): Promise<void> {
  const dir = await seedsForCase('seeds', testCase);
  try {
    const outcome = await contentStage(dir);
    if (!outcome.ok) {
      expect(MUST_BUILD.has(testCase.kind), `should have been accepted, but: ${outcome.error.message}`).toBe(false);
      for (const line of outcome.error.message.split('\n')) expect(line).toMatch(INPUT_ERROR_LINE);
      outcomes.push({ kind: testCase.kind, file: testCase.file, result: 'input-error' });
      return;
    }
    const { model } = outcome.content;
    if (MUST_BUILD.has(testCase.kind)) {
      expect([model.tasks.length, model.measures.length, model.localTasks.length]).toEqual([original.tasks.length, original.measures.length, original.localTasks.length]);
    }
    const contentDir = join(dir, 'content');
    await writeContent(outcome.content, contentDir);
    let text = '';
    for (const folder of ['documents', 'translated', 'converted']) {
      for (const name of await readdir(join(contentDir, folder))) {
        const reading = readMdx(await readFile(join(contentDir, folder, name), 'utf8'));
        expect(reading.findings, `${folder}/${name}`).toEqual([]);
        if (folder === 'documents' && model.documents.some((document) => document.id === name.replace(/\.mdx$/, '') && document.seedFile === testCase.file)) text += reading.text;
      }
    }
    const cut = model.documents.some((document) => document.seedFile === testCase.file && document.cleaning.some((report) => report.removed.some((entry) => entry.line === testCase.line)));
    if (testCase.snippet !== undefined && !cut) {
      expect(compact(text)).toContain(compact(testCase.snippet));
      const notes = model.documents.filter((document) => document.seedFile === testCase.file).flatMap((document) => notesOf(document.blocks));
      const inNote = notes.some((note) => note.source.line === testCase.line && compact(note.text).includes(compact(testCase.snippet!)));
      outcomes.push({ kind: testCase.kind, file: testCase.file, result: inNote && MARKUP.test(testCase.snippet) ? 'emitted-in-note' : 'emitted' });
    } else outcomes.push({ kind: testCase.kind, file: testCase.file, result: 'built' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe(`seed fuzz (seed ${SEED})`, () => {
  for (const testCase of cases) {
    it(`case ${testCase.index}: seeds/${testCase.file}: ${testCase.description}`, () => checkCase(testCase), 60_000);
  }

  // Runs after the cases (a file's tests run in order): what the product made of them, not what was generated.
  it('should have emitted hostile text as text in body and notes, and stopped bad input with input errors, from every seed file', () => {
    expect(outcomes).toHaveLength(cases.length);
    const count = (result: (typeof outcomes)[number]['result']) => outcomes.filter((outcome) => outcome.result === result).length;
    // Markup inside a note (注：…), read back from the emitted MDX as nothing but text.
    expect(count('emitted-in-note'), 'cases whose markup reached a note as text').toBeGreaterThanOrEqual(3);
    expect(count('emitted'), 'cases whose inserted text reached the document as text').toBeGreaterThanOrEqual(20);
    expect(count('input-error'), 'cases stopped with an input error').toBeGreaterThanOrEqual(5);
    expect(new Set(outcomes.filter((outcome) => outcome.result !== 'input-error').map((outcome) => outcome.file)).size, 'seed files emitted after a change').toBe(manifest.seeds.length);
  });
});

describe('reading MDX back', () => {
  it('should report expressions, ESM, unknown elements and Markdown that slipped through', () => {
    const mdx = '---\nid: x\n---\n\n{/* notice */}\n\n<Para id="p1">\n  import x from "y"\n</Para>\n\nexport const a = 1\n\n<Para id="p2">\n  {alert(1)} <b>x</b> *em*\n</Para>\n\n<Evil />\n';
    expect(readMdx(mdx).findings.map((finding) => finding.replace(/ at line \d+/, ''))).toEqual(['expression {/* notice */}', 'mdxjsEsm', 'mdxTextExpression', 'mdxJsxTextElement', 'emphasis', 'element <Evil>']);
  });

  it('should accept sentences as the emitter writes them, and no other <p> or <span>', () => {
    const own = '<Para id="p1">\n  <p><span id="s1-p1-1">一。</span> <span id="s1-p1-2">二。</span></p>\n</Para>\n';
    expect(readMdx(own)).toEqual({ findings: [], text: '一。 二。' });
    const other = '<Para id="p1">\n  <p><span id="x">一。</span><span id="p1-1" class="a">二。</span></p>\n</Para>\n\n<Para id="p2">\n  <span id="p2-1">三。</span> <p class="b">四。</p>\n</Para>\n';
    expect(readMdx(other).findings.map((finding) => finding.replace(/ at line \d+/, ''))).toEqual(['mdxJsxTextElement', 'mdxJsxTextElement', 'element <span>', 'element <p>']);
  });
});
