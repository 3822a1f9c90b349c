/**
 * Broken input must stop the build with a message naming the file, the line and the problem.
 * Each case copies the real seeds into a temporary folder and breaks one thing.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadModel, loadSiteContent } from '../../scripts/build-content.ts';

const TASK_LIST = '000_8c31acff08a708a5.txt';
let dir: string;

async function seedsWith(change: (dir: string) => Promise<void>): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'seeds-'));
  await cp('seeds', dir, { recursive: true });
  await change(dir);
  return dir;
}
async function edit(file: string, transform: (text: string) => string): Promise<void> {
  const path = join(dir, file);
  await writeFile(path, transform(await readFile(path, 'utf8')));
}

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('input errors', () => {
  it('should name the line of a task whose city is unknown', async () => {
    // A name no seed declares, and none a later batch will (苏州 was: a second list made it known).
    await seedsWith(() => edit(TASK_LIST, (text) => text.replace('9. 电子商务直播基地建设与运营规范(南京)', '9. 电子商务直播基地建设与运营规范(虚构市)')));
    await expect(loadModel(dir)).rejects.toThrow(/seeds\/000_8c31acff08a708a5\.txt:51: task 9 is assigned to "虚构市"/);
  });

  it('should refuse a task without an assignment', async () => {
    await seedsWith(() => edit(TASK_LIST, (text) => text.replace('10. 国际养老服务标准(南京)', '10. 国际养老服务标准')));
    await expect(loadModel(dir)).rejects.toThrow(/000_8c31acff08a708a5\.txt:52: task 10 has no assignment/);
  });

  it('should refuse a gap in task numbers', async () => {
    await seedsWith(() => edit(TASK_LIST, (text) => text.replace('\n12. 银行个人客户碳账户服务指南(杭州)', '\n13. 银行个人客户碳账户服务指南(杭州)')));
    await expect(loadModel(dir)).rejects.toThrow(/000_8c31acff08a708a5\.txt:54: outline numbering jumps to 13\./);
  });

  it('should refuse a seed file that is not in the manifest', async () => {
    await seedsWith(async (folder) => writeFile(join(folder, '005_new.txt'), '新文件\n'));
    await expect(loadModel(dir)).rejects.toThrow(/seeds\/005_new\.txt: this seed file is not listed in seeds\/manifest\.json/);
  });

  it('should refuse a manifest entry for a missing file', async () => {
    await seedsWith(async (folder) => rm(join(folder, '003_63a03a8f54d76b3d.txt')));
    await expect(loadModel(dir)).rejects.toThrow(/seeds\/manifest\.json: lists seed file "003_63a03a8f54d76b3d\.txt", which is not in seeds\//);
  });

  it('should refuse a file that is not UTF-8, naming the line', async () => {
    await seedsWith(async (folder) => writeFile(join(folder, '003_63a03a8f54d76b3d.txt'), Buffer.from([0x61, 0x0a, 0x62, 0xff, 0x0a])));
    await expect(loadModel(dir)).rejects.toThrow(/003_63a03a8f54d76b3d\.txt:2: the file is not valid UTF-8/);
  });

  it('should refuse an empty file', async () => {
    await seedsWith(async (folder) => writeFile(join(folder, '002_042388e90dcfa676.txt'), ''));
    await expect(loadModel(dir)).rejects.toThrow(/002_042388e90dcfa676\.txt: the file is empty/);
  });

  it('should read a file with a BOM and CRLF line endings, and report the repair', async () => {
    await seedsWith(() => edit(TASK_LIST, (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`));
    const model = await loadModel(dir);
    expect(model.tasks.filter((task) => task.list === 'task-list-1')).toHaveLength(104);
    const notice = model.documents.find((document) => document.id === 'notice-2024-314')!;
    expect(notice.cleaning.filter((report) => report.rule === 'encoding').map((report) => report.reason)).toEqual([
      'removed a byte-order mark (BOM) at the start of the file',
      'normalised 157 CRLF/CR line endings to LF',
    ]);
  });

  it('should report an invalid manifest field with the manifest named', async () => {
    await seedsWith(() => edit('manifest.json', (text) => text.replace('"kind": "task-list"', '"kind": "memo"')));
    await expect(loadModel(dir)).rejects.toThrow(/seeds\/manifest\.json:\d+: seeds\.0\.documents\.2\.kind: /);
  });

  /** Replaces `from` with `to` in the copied manifest; the line `to` stands on (its last occurrence). */
  async function manifestWith(from: string, to: string): Promise<number> {
    let line = 0;
    await seedsWith(() => edit('manifest.json', (text) => {
      const changed = text.replace(from, to);
      line = changed.slice(0, changed.lastIndexOf(to)).split('\n').length;
      return changed;
    }));
    return line;
  }

  // "kind" stands in every document of the manifest: the line is the broken document's, not the first "kind" of the file.
  it('should name the line of the broken field when its key is repeated across the manifest', async () => {
    const line = await manifestWith('"kind": "task-list"', '"kind": "memo"');
    expect(line).toBeGreaterThan(20);
    await expect(loadModel(dir)).rejects.toThrow(`seeds/manifest.json:${line}: seeds.0.documents.2.kind: `);
  });

  it('should name the second use of a document id, not its first', async () => {
    const line = await manifestWith('"id": "action-plan-2024-2025"', '"id": "wuhan-plan"');
    await expect(loadModel(dir)).rejects.toThrow(`seeds/manifest.json:${line}: document id "wuhan-plan" is used twice`);
  });

  it('should refuse a plan of a place the manifest does not declare, at its line', async () => {
    const line = await manifestWith('"place": "wuhan"', '"place": "wuhn"');
    await expect(loadModel(dir)).rejects.toThrow(`seeds/manifest.json:${line}: document "wuhan-plan" is the plan of place "wuhn", which is not declared in places`);
  });

  it('should report every problem of the places at once, each at its own line', async () => {
    await seedsWith(() =>
      edit('manifest.json', (text) =>
        text
          // A new city under a province nobody declared (a non-pilot province left out of places).
          .replace('{ "id": "wuhan", "name": "武汉市", "shortNames": ["武汉"], "kind": "city", "province": "hubei" }', '{ "id": "wuhan", "name": "武汉市", "shortNames": ["武汉"], "kind": "city", "province": "hubei" },\n    { "id": "suzhou", "name": "苏州市", "shortNames": ["苏州"], "kind": "city", "province": "anhui" }')
          // The same city declared twice, under two provinces.
          .replace('{ "id": "chengdu", "name": "成都市", "shortNames": ["成都"], "kind": "city", "province": "sichuan" },', '{ "id": "chengdu", "name": "成都市", "shortNames": ["成都"], "kind": "city", "province": "sichuan" },\n    { "id": "chengdu", "name": "成都", "shortNames": ["蓉城"], "kind": "city", "province": "hubei" },')
          // A short name two places share.
          .replace('"id": "hangzhou", "name": "杭州市", "shortNames": ["杭州"]', '"id": "hangzhou", "name": "杭州市", "shortNames": ["杭州", "南京"]'),
      ),
    );
    const lines = (await readFile(join(dir, 'manifest.json'), 'utf8')).split('\n');
    const lineOf = (fragment: string) => lines.findIndex((line) => line.includes(fragment)) + 1;
    const error = await loadModel(dir).then(
      () => undefined,
      (thrown: Error) => thrown,
    );
    expect(error?.message.split('\n')).toEqual([
      `seeds/manifest.json:${lineOf('"杭州", "南京"')}: place name "南京" is given to both "nanjing" and "hangzhou"`,
      `seeds/manifest.json:${lineOf('"蓉城"')}: place id "chengdu" is used twice`,
      `seeds/manifest.json:${lineOf('"anhui"')}: city "suzhou" is under province "anhui", which is not declared in places`,
    ]);
  });

  it('should name every place and department without an English name, not only the first', async () => {
    await seedsWith(() =>
      edit('translations/en/names.json', (text) => {
        const names = JSON.parse(text) as { places: Record<string, unknown>; departments: Record<string, unknown> };
        delete names.places.wuhan;
        delete names.places.chengdu;
        delete names.departments['财政部'];
        return JSON.stringify(names, null, 2);
      }),
    );
    const error = await loadSiteContent(dir).then(
      () => undefined,
      (thrown: Error) => thrown,
    );
    expect(error?.message.split('\n').sort()).toEqual([
      'seeds/translations/en/names.json: department "财政部" has no English name',
      'seeds/translations/en/names.json: place "chengdu" (成都市) has no English name',
      'seeds/translations/en/names.json: place "wuhan" (武汉市) has no English name',
    ]);
  });

  it('should refuse an editorial quote that is not the interpretation\'s words, naming its line', async () => {
    await seedsWith(() => edit('editorial/commentary.json', (text) => text.replace('Revise standards for living services', 'Revise standards for leisure services')));
    await expect(loadModel(dir)).rejects.toThrow(/seeds\/editorial\/commentary\.json:\d+: the quote for p6 \("Revise standards for leisure services/);
  });

  it('should refuse an editorial link to a measure that does not exist', async () => {
    await seedsWith(() => edit('editorial/commentary.json', (text) => text.replace('"measures": [\n        "10"\n      ]', '"measures": [\n        "18"\n      ]')));
    await expect(loadModel(dir)).rejects.toThrow(/seeds\/editorial\/commentary\.json:\d+: measure "opinions-2024-314-18" does not exist/);
  });

  it('should refuse an editorial alias whose source line does not write it, naming the line in aliases.json', async () => {
    await seedsWith(() => edit('editorial/aliases.json', (text) => text.replace('{"text": "国家标准委", "lang": "zh-Hans", "source": "004 line 9"}', '{"text": "国家标准委", "lang": "zh-Hans", "source": "004 line 2"}')));
    await expect(loadSiteContent(dir)).rejects.toThrow(/seeds\/editorial\/aliases\.json:\d+: department "guo-jia-biao-zhun-hua-guan-li-wei-yuan-hui", alias "国家标准委": seed 004 line 2 does not write it so/);
  });
});
