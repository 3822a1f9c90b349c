/**
 * Whole builds (scripts/build-site.ts: content → Astro → sources → Pagefind) of seed folders other than
 * the site's, each built once into a temporary folder: hostile text, a new task list added without code
 * changes, input errors, the real seeds twice, and a few cases of the seed fuzzer.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFidelity } from '../../scripts/check/fidelity.ts';
import { formatFidelityReport } from '../../scripts/check/fidelity-report.ts';
import { readPageText } from '../../scripts/check/page-text.ts';
import { builtPages, classNames, findElement, parseHtml, parsePage, readSite, requireBuild, visibleText } from '../../scripts/lib/built-page.ts';
import { loadManifest } from '../../scripts/read/load-manifest.ts';
import { DIST } from './built-site.ts';
import { buildSite, type BuildResult } from '../lib/build-site.ts';
import { HOSTILE_BUILD } from '../../scripts/lib/hostile-build.ts';
import { injectedMarkupByPage } from '../lib/html-safety.ts';
import { searchSite } from '../lib/pagefind-search.ts';
import { contentStage, fuzzCases, fuzzSeed, random, readOriginals, seedsForCase } from '../lib/seed-fuzz.ts';
import { checkLinks } from '../../scripts/check/links.ts';

/** A whole build takes 5–30 s here, more when the machine is busy. */
const BUILD_TIMEOUT = 240_000;
const FIXTURES = 'tests/fixtures/sites';
let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'full-builds-'));
});
// Every build leaves thousands of files (each text file has its .br and .gz beside it): removing them takes more than the default 10 s on a busy machine.
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
}, 120_000);

const page = (build: BuildResult, path: string) => readFileSync(join(build.out, path, 'index.html'), 'utf8');
const docText = (html: string) => {
  const element = findElement(parseHtml(html), (candidate) => classNames(candidate).includes('doc-text'));
  return element ? visibleText(element) : '';
};
/**
 * An input error printed by the build: `file:line: problem`, and no stack trace; what stood in the
 * output folder before (nothing, or the last good site) stands there unchanged, and nothing half-built
 * is left beside it.
 */
const expectInputError = (build: BuildResult, message: string, before: Map<string, string> | undefined) => {
  expect(build.code).toBe(1);
  expect(build.output).toContain(`build stopped: the input has a problem\n${message}`);
  expect(build.output).not.toMatch(/^\s+at /m);
  if (before) expect(fileHashes(build.out), 'a failed build must leave the last good site as it was').toEqual(before);
  else expect(existsSync(build.out), 'a failed build must write no site').toBe(false);
  const beside = existsSync(dirname(build.out)) ? readdirSync(dirname(build.out)) : [];
  expect(beside.filter((name) => name.startsWith('.')), 'nothing half-built beside the site').toEqual([]);
};

describe('hostile seeds: code-like text in body, titles, task lines, table cells and notes', () => {
  const seeds = HOSTILE_BUILD.seeds;
  let build: BuildResult;
  beforeAll(async () => {
    // Built where tests/browser/hostile-search.spec.ts serves it from (scripts/lib/hostile-build.ts), so
    // `npm test` builds the fixture once: here, fresh on every run, before the browser tests.
    build = await buildSite(seeds, HOSTILE_BUILD.workDir);
  }, BUILD_TIMEOUT);

  it('should build', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('should show every sentence of the seeds on the document pages, in order (fidelity 100 %)', async () => {
    const report = await checkFidelity({ seedsDir: seeds, siteDir: build.out });
    expect(report.ok, formatFidelityReport(report)).toBe(true);
  });

  it('should show the code-like text literally, as text', () => {
    const plan = docText(page(build, '/documents/hostile-plan/'));
    for (const literal of ['为落实{清单}，import x from "y" 制定本方案。', '# 不是标题，也不是<h1>标题</h1>', '> 不是引用', 'export const a = 1', '总体要求{x}</h1>', '坚持`代码`与```块```并用；<!-- 未闭合的注释', '注释结束 --> 与 &amp; 和 &lt;b&gt; 以及 &#x27; 和 </w:t></w:r></w:p><w:p> 照原样显示。', '推进{标准}建设<script>alert(1)</script>。', '*强调* _下划线_ **粗体** ~~删除~~ www.example.com $数学$ 反斜杠\\ <https://example.com> [链接](javascript:alert(1)) <img src=x onerror=alert(1)>。', '完善}机制{。', '北京</td>', '上海{市}', '表中第1条{名称}<script>alert(1)</script>为测试。']) {
      expect(plan).toContain(literal);
    }
    expect(readPageText(page(build, '/documents/hostile-list/')).heading).toContain('关于<script>alert(1)</script>标准化{工作}任务清单</h1>');
    expect(readPageText(page(build, '/tasks/hostile-list/8/')).heading).toContain('<img src=x onerror=alert(1)>与[链接](javascript:alert(1))和*强调*_下划线_规范');
    expect(docText(page(build, '/en/documents/hostile-plan/'))).toContain('[EN] 为落实{清单}，import x from "y" 制定本方案。');
  });

  it('should make no element, script, event handler or javascript: link out of seed text on any page', () => {
    const pages = readSite(build.out);
    expect(injectedMarkupByPage(pages)).toEqual({});
    expect(pages.length).toBeGreaterThan(50);
  });

  it('should keep every link and anchor working, each within its edition', () => {
    const report = checkLinks(build.out);
    expect(report.broken).toEqual([]);
    expect(report.otherEdition).toEqual([]);
  });
});

describe('a second task list added without code changes (tests/fixtures/sites/second-batch)', () => {
  const seeds = `${FIXTURES}/second-batch`;
  let build: BuildResult;
  beforeAll(async () => {
    // An earlier site stands in the output folder: the new one replaces it whole.
    await mkdir(join(work, 'second-batch', 'dist'), { recursive: true });
    await writeFile(join(work, 'second-batch', 'dist', 'removed-page.html'), '<!doctype html><title>gone</title>');
    build = await buildSite(seeds, join(work, 'second-batch'));
  }, BUILD_TIMEOUT);

  it('should build', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('should replace the earlier site whole, leaving nothing half-built beside it', () => {
    expect(existsSync(join(build.out, 'removed-page.html'))).toBe(false);
    expect(existsSync(join(build.out, 'index.html'))).toBe(true);
    expect(readdirSync(dirname(build.out)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('should publish the document, its 12 tasks, its 5 categories and the new city in both editions', () => {
    // 12 tasks and categories 一, 二（一）, 二（二）, 三, 四: as printed in the fixture's seed.
    const paths = ['/documents/task-list-2/', '/tasks/task-list-2/', ...Array.from({ length: 12 }, (_, index) => `/tasks/task-list-2/${index + 1}/`), ...['1', '2-1', '2-2', '3', '4'].map((key) => `/tasks/task-list-2/category/${key}/`), '/cities/suzhou/'];
    for (const edition of ['', '/en']) {
      for (const path of paths) expect(existsSync(join(build.out, edition, path, 'index.html')), `${edition}${path}`).toBe(true);
    }
    expect(existsSync(join(build.out, 'tasks/task-list-2/13/index.html'))).toBe(false);
  });

  it("should list Suzhou's six tasks by name on its page, under Jiangsu, in both languages", () => {
    for (const edition of ['', '/en']) {
      const city = parsePage(page(build, `${edition}/cities/suzhou/`), { file: '', path: `${edition}/cities/suzhou/` });
      const tasks = city.links.flatMap((link) => new RegExp(`^${edition}/tasks/task-list-2/(\\d+)/$`).exec(link.href)?.[1] ?? []).map(Number);
      expect([...new Set(tasks)].sort((a, b) => a - b)).toEqual([1, 3, 6, 7, 9, 10]);
      expect(city.links.map((link) => link.href)).toContain(`${edition}/cities/jiangsu/`);
    }
    expect(readPageText(page(build, '/en/cities/suzhou/')).heading).toContain('Suzhou');
  });

  it('should read the full-width numbers １０．–１２． as tasks 10–12 and print them as the source does', () => {
    const text = docText(page(build, '/documents/task-list-2/'));
    expect(text).toContain('１０． 智慧商圈建设与运营指南(苏州、南京)');
    expect(parsePage(page(build, '/documents/task-list-2/'), { file: '', path: '/documents/task-list-2/' }).ids).toContain('task-12');
    expect(readPageText(page(build, '/tasks/task-list-2/12/')).heading).toContain('建立标准化工作经验交流机制');
  });

  it('should repair its byte-order mark and CRLF line endings, say so, and publish the source as received', () => {
    const notes = readPageText(page(build, '/documents/task-list-2/')).sourceNotes;
    expect(notes).toContain('removed a byte-order mark (BOM) at the start of the file');
    expect(notes).toContain('normalised 19 CRLF/CR line endings to LF');
    expect(readFileSync(join(build.out, 'sources/005_task-list-2.txt')).equals(readFileSync(`${seeds}/005_task-list-2.txt`))).toBe(true);
  });

  it('should resolve every link and anchor, and reach every page from the home page', () => {
    const report = checkLinks(build.out);
    expect(report.broken).toEqual([]);
    expect(report.unreachable).toEqual([]);
    expect(report.otherEdition).toEqual([]);
  });

  it('should find one of its tasks with the search index', async () => {
    const results = await searchSite(build.out, '运河文化旅游线路');
    expect(results.map((result) => result.url)).toContain('/tasks/task-list-2/9/');
  });

  it('should show every sentence of its seed on its page (fidelity 100 %)', async () => {
    const report = await checkFidelity({ seedsDir: seeds, siteDir: build.out });
    expect(report.ok, formatFidelityReport(report)).toBe(true);
  });
});

describe('input errors stop the whole build, name file and line, and leave the last good site as it was', () => {
  const TASK_LIST = '000_8c31acff08a708a5.txt';
  /** A copy of the real seeds with one change: a file's new text (or bytes), or undefined to delete it. */
  type Change = [file: string, change: (text: string) => string | Uint8Array | undefined];
  const cases: Array<[name: string, change: Change, message: string]> = [
    ['a duplicate task number', [TASK_LIST, (text) => text.replace('\n10. 国际养老服务标准(南京)', '\n9. 国际养老服务标准(南京)')], 'seeds/000_8c31acff08a708a5.txt:52: duplicate outline number 9. (the previous item has the same number)'],
    ['a duplicate task number in full-width digits', [TASK_LIST, (text) => text.replace('\n10. 国际养老服务标准(南京)', '\n９．国际养老服务标准(南京)')], 'seeds/000_8c31acff08a708a5.txt:52: duplicate outline number ９． (the previous item has the same number)'],
    ['a missing task number', [TASK_LIST, (text) => text.replace('\n12. 银行个人客户碳账户服务指南(杭州)', '\n13. 银行个人客户碳账户服务指南(杭州)')], 'seeds/000_8c31acff08a708a5.txt:54: outline numbering jumps to 13.'],
    ['a task without an assignment', [TASK_LIST, (text) => text.replace('10. 国际养老服务标准(南京)', '10. 国际养老服务标准')], 'seeds/000_8c31acff08a708a5.txt:52: task 10 has no assignment'],
    ['an unknown city', [TASK_LIST, (text) => text.replace('9. 电子商务直播基地建设与运营规范(南京)', '9. 电子商务直播基地建设与运营规范(虚构市)')], 'seeds/000_8c31acff08a708a5.txt:51: task 9 is assigned to "虚构市"'],
    ['markup in a task assignment', [TASK_LIST, (text) => text.replace('10. 国际养老服务标准(南京)', '10. 国际养老服务标准(南京<b>{x}</b>)')], 'seeds/000_8c31acff08a708a5.txt:52: task 10 is assigned to "南京<b>{x}</b>", which is neither a known place nor a declared collective phrase'],
    ['a manifest entry for a missing file', ['003_63a03a8f54d76b3d.txt', () => undefined], 'seeds/manifest.json: lists seed file "003_63a03a8f54d76b3d.txt", which is not in seeds/'],
    ['a seed file not in the manifest', ['005_new.txt', () => '新文件\n'], 'seeds/005_new.txt: this seed file is not listed in seeds/manifest.json'],
    ['an empty file', ['002_042388e90dcfa676.txt', () => ''], 'seeds/002_042388e90dcfa676.txt: the file is empty'],
    ['a file that is not UTF-8', ['003_63a03a8f54d76b3d.txt', () => new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x0a])], 'seeds/003_63a03a8f54d76b3d.txt:2: the file is not valid UTF-8'],
  ];

  for (const [name, [file, change], message] of cases) {
    it(`should refuse ${name}`, async () => {
      const slug = name.replace(/\W+/g, '-');
      const seeds = join(work, `${slug}-seeds`);
      await cp('seeds', seeds, { recursive: true });
      const path = join(seeds, file);
      const changed = change(existsSync(path) ? await readFile(path, 'utf8') : '');
      if (changed === undefined) await rm(path);
      else await writeFile(path, changed);
      // A site from an earlier build stands where the failed build would write: readers keep it.
      await mkdir(join(work, slug, 'dist', 'tasks'), { recursive: true });
      await writeFile(join(work, slug, 'dist', 'index.html'), '<!doctype html><title>old</title>');
      await writeFile(join(work, slug, 'dist', 'tasks', 'index.html'), '<!doctype html><title>old tasks</title>');
      const before = fileHashes(join(work, slug, 'dist'));
      expectInputError(await buildSite(seeds, join(work, slug)), message, before);
    }, BUILD_TIMEOUT);
  }
});

function fileHashes(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else hashes.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return hashes;
}

describe('the real seeds, built twice', () => {
  it('should give byte-identical sites, search index included', async () => {
    // The first build is dist/, which `npm test` has just made (from content/, with the caches of earlier
    // builds); the second is made here from a content folder of its own. One build fewer than building both.
    requireBuild(DIST);
    const second = await buildSite('seeds', join(work, 'real'));
    expect(second.code, second.output).toBe(0);
    const [a, b] = [fileHashes(DIST), fileHashes(second.out)];
    const differing = [...new Set([...a.keys(), ...b.keys()])].filter((path) => a.get(path) !== b.get(path));
    expect(differing, `files a second build of the seeds writes otherwise than ${DIST}/ (a stale ${DIST}/? it must be built from this code, without SITE_URL or SITE_BASE: npm run build)`).toEqual([]);
    // 619 pages (the count the links test checks) plus the search index and the published sources.
    expect([...a.keys()].filter((path) => path.endsWith('.html')).length).toBeGreaterThan(600);
    expect([...a.keys()].some((path) => path.startsWith('pagefind/'))).toBe(true);
  }, BUILD_TIMEOUT);
});

describe(`seed fuzz cases through the full build (seed ${fuzzSeed()})`, async () => {
  const SEED = fuzzSeed();
  /** A handful of the fuzz cases, picked by the seed; tests/unit/seed-fuzz.test.ts runs all of them through the content stage. */
  const FULL_BUILDS = 5;
  const manifest = await loadManifest('seeds');
  const cases = fuzzCases(SEED, 200, await readOriginals('seeds', manifest.seeds.map((seed) => seed.file)));
  const next = random(SEED + 1);
  const chosen = new Set<number>();
  while (chosen.size < FULL_BUILDS) chosen.add(Math.floor(next() * cases.length));

  for (const index of [...chosen].sort((a, b) => a - b)) {
    const testCase = cases[index]!;
    it(`case ${index}: seeds/${testCase.file}: ${testCase.description}`, async () => {
      const seeds = await seedsForCase('seeds', testCase);
      const expected = await contentStage(seeds);
      const build = await buildSite(seeds, join(work, `fuzz-${index}`));
      if (!expected.ok) {
        expectInputError(build, expected.error.message.split('\n')[0]!, undefined);
        return;
      }
      expect(build.code, build.output).toBe(0);
      // Every sentence of the changed seed, an inserted snippet included (split wherever the declared
      // cleaning splits it, e.g. at 001's paragraph spaces), is on its page as text.
      const report = await checkFidelity({ seedsDir: seeds, siteDir: build.out });
      expect(report.ok, formatFidelityReport(report)).toBe(true);
      // Only pages holding a snippet's tell-tale text can hold markup made from it; reading 1200 pages would take long.
      const suspect = builtPages(build.out)
        .map((page) => ({ ...page, html: readFileSync(page.file, 'utf8') }))
        .filter((page) => /alert\(|onerror|javascript:|<h1>x|<b>|<Para|import x from|export const a/.test(page.html))
        .map((page) => parsePage(page.html, page));
      expect(injectedMarkupByPage(suspect)).toEqual({});
    }, BUILD_TIMEOUT);
  }
});
