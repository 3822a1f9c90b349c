/**
 * The rules the model reads from texts: department lists, responsibility brackets, task assignments,
 * notes naming annex rows, slugs, sentences and clauses, and the walk over a document's tree.
 */
import { describe, expect, it } from 'vitest';
import { resolveAssignment, splitAssignment } from '../../scripts/model/assignments.ts';
import { splitDepartments } from '../../scripts/model/department-names.ts';
import { uniqueSlug } from '../../scripts/model/departments.ts';
import { rowsNamedIn } from '../../scripts/model/local-tasks.ts';
import { readResponsibilities } from '../../scripts/model/responsibilities.ts';
import { anchoredTexts, clauseAt, englishSentences, sentencesOf, textAt } from '../../scripts/model/texts.ts';
import { childParagraphs, comparable, outlineNodes } from '../../scripts/model/walk.ts';
import { ManifestSchema } from '../../src/schema/manifest.ts';
import type { BlockNode, OutlineNode } from '../../src/schema/model.ts';

describe('department lists', () => {
  it('should split names at 、 and commas, keeping parentheses whole and 等 apart', () => {
    expect(splitDepartments('国家发展改革委、工业和信息化部，市场监管总局（国家标准委、认监委）,商务部等')).toEqual({
      names: ['国家发展改革委', '工业和信息化部', '市场监管总局（国家标准委、认监委）', '商务部'],
      others: [],
    });
    expect(splitDepartments('市场监管总局(国家标准委)、商务部')).toEqual({ names: ['市场监管总局(国家标准委)', '商务部'], others: [] });
    expect(splitDepartments('市场监管总局(国家标准委、认监委)、商务部')).toEqual({ names: ['市场监管总局(国家标准委、认监委)', '商务部'], others: [] });
    expect(splitDepartments('市场监管总局（国家标准委（认证认可）、认监委）、商务部')).toEqual({ names: ['市场监管总局（国家标准委（认证认可）、认监委）', '商务部'], others: [] });
  });

  it('should keep collective phrases verbatim among the others', () => {
    expect(splitDepartments('商务部、各有关部门、有关单位、相关行业协会')).toEqual({ names: ['商务部'], others: ['各有关部门', '有关单位', '相关行业协会'] });
    expect(splitDepartments('商务部等相关行业主管部门')).toEqual({ names: ['商务部'], others: ['等相关行业主管部门'] });
  });

  it('should drop spaces, empty pieces, final stops and unbalanced closing brackets', () => {
    expect(splitDepartments(' 商务部 、、 财 政部；。')).toEqual({ names: ['商务部', '财政部'], others: [] });
    expect(splitDepartments('商务部)、财政部')).toEqual({ names: ['商务部)', '财政部'], others: [] });
    expect(splitDepartments('商务部。，财政部')).toEqual({ names: ['商务部。', '财政部'], others: [] });
  });
});

describe('responsibility brackets', () => {
  it('should read lead and co-responsible units of each bracket and the sentences it covers', () => {
    expect(readResponsibilities('制定标准。〔市场监管总局、商务部牵头，工业和信息化部等按职责分工负责〕 推进试点。〔财政部 按职责分工负责〕')).toEqual([
      { covers: '制定标准。', raw: '〔市场监管总局、商务部牵头，工业和信息化部等按职责分工负责〕', lead: ['市场监管总局', '商务部'], coResponsible: ['工业和信息化部'], others: [] },
      { covers: '推进试点。', raw: '〔财政部 按职责分工负责〕', lead: [], coResponsible: ['财政部'], others: [] },
    ]);
  });

  it('should keep collective phrases of either part among the others', () => {
    expect(readResponsibilities('甲。〔各地区牵头,有关部门按职责分工负责〕')).toEqual([{ covers: '甲。', raw: '〔各地区牵头,有关部门按职责分工负责〕', lead: [], coResponsible: [], others: ['各地区', '有关部门'] }]);
  });

  it('should find nothing in a text without brackets', () => {
    expect(readResponsibilities('推进标准化（试点）。')).toEqual([]);
  });
});

describe('task assignments', () => {
  const manifest = ManifestSchema.parse({
    seeds: [{ file: 'a.txt', lang: 'zh-Hans', provenance: 'x', documents: [{ id: 'a', title: 'a', shortTitle: 'a', kind: 'notice' }] }],
    places: [
      { id: 'beijing', name: '北京市', shortNames: ['北京'], kind: 'municipality', pilot: true },
      { id: 'chengdu', name: '成都市', shortNames: ['成都'], kind: 'city', province: 'sichuan' },
    ],
    collectivePhrases: [{ phrase: '各试点省市', scope: 'all', mentions: ['beijing'], explanation: '所有试点' }],
  });
  const where = { file: 'seeds/a.txt', line: 7, task: 3 };

  it('should split the places in the final parentheses off a task line', () => {
    expect(splitAssignment('12345热线规范 (北京、上海 )')).toEqual({ title: '12345热线规范', raw: '北京、上海' });
    expect(splitAssignment('规范（成都）')).toEqual({ title: '规范', raw: '成都' });
    expect(splitAssignment('规范(成都)。')).toBeUndefined();
    expect(splitAssignment('规范(成都(天府))')).toBeUndefined();
  });

  it('should resolve places by short or full name, at any separator', () => {
    expect(resolveAssignment('北京、成都市，北京, 成都', manifest, where)).toEqual({ raw: '北京、成都市，北京, 成都', places: ['beijing', 'chengdu', 'beijing', 'chengdu'] });
  });

  it('should keep a declared collective phrase with its scope and explanation', () => {
    expect(resolveAssignment('各试点省市', manifest, where)).toEqual({ raw: '各试点省市', places: [], collective: { phrase: '各试点省市', scope: 'all', mentions: ['beijing'], explanation: '所有试点' } });
  });

  it('should stop at an unknown place, naming the task and its line', () => {
    expect(() => resolveAssignment('北京、天津', manifest, where)).toThrow(
      'seeds/a.txt:7: task 3 is assigned to "天津", which is neither a known place nor a declared collective phrase; add it to "places" or "collectivePhrases" in seeds/manifest.json',
    );
  });
});

describe('annex rows a note names', () => {
  it('should read single rows, lists and ranges, each once and in order', () => {
    expect(rowsNamedIn('第12条、第8、11条至第12条')).toEqual([8, 11, 12]);
    expect(rowsNamedIn('第3条至第5条，第9条')).toEqual([3, 4, 5, 9]);
    expect(rowsNamedIn('第10条至第13条')).toEqual([10, 11, 12, 13]);
    expect(rowsNamedIn('第、条')).toEqual([]);
    expect(rowsNamedIn('无')).toEqual([]);
  });
});

describe('department slugs', () => {
  it('should spell a name in pinyin, and number a repeated slug', () => {
    const used = new Set<string>();
    expect(uniqueSlug('商务部', used)).toBe('shang-wu-bu');
    expect(uniqueSlug('商务部', used)).toBe('shang-wu-bu-2');
    expect(uniqueSlug('商务部', used)).toBe('shang-wu-bu-3');
    expect(uniqueSlug('女子学院（NV）', used)).toBe('nv-zi-xue-yuan-nv');
    expect(uniqueSlug('——', used)).toBe('department');
  });
});

const source = (line: number) => ({ file: 'f.txt', line });
const tree: BlockNode[] = [
  { type: 'paragraph', id: 'p1', role: 'lead', text: '前言。', source: source(1) },
  {
    type: 'outline', id: 's1', depth: 1, marker: '一、', ordinal: 1, title: '总体', source: source(2),
    children: [
      { type: 'outline', id: 's1-1', depth: 2, marker: '（一）', ordinal: 1, title: '标题。', lead: '正文。', source: source(3), children: [{ type: 'paragraph', id: 'p2', role: 'body', text: '段落。', source: source(4) }] },
      { type: 'paragraph', id: 'p3', role: 'body', text: '尾段。', source: source(5) },
      { type: 'note', id: 'note-1', marker: '注：', text: '注文。', source: source(6) },
    ],
  },
  {
    type: 'annex', id: 'annex', title: '附件', source: source(7),
    children: [
      {
        type: 'table', id: 'annex-table', columns: ['序号', '内容'], headerRepeats: 1,
        groups: [{ id: 'annex-g1', marker: '一、', ordinal: 1, title: '组', source: source(8), rows: [{ id: 'row-1', cells: ['1', '内容'], source: source(9) }] }],
      },
    ],
  },
];

describe('texts of a document page', () => {
  it('should give every text in reading order with the anchor that holds it', () => {
    expect([...anchoredTexts({ blocks: tree })].map(({ anchor, text, source: ref }) => `${anchor}@${ref.line} ${text}`)).toEqual([
      'p1@1 前言。', 's1@2 总体', 's1-1@3 标题。', 's1-1-lead@3 正文。', 'p2@4 段落。', 'p3@5 尾段。', 'note-1@6 注文。', 'annex@7 附件', 'annex-g1@8 组', 'row-1@9 1', 'row-1@9 内容',
    ]);
    expect(textAt({ blocks: tree }, 's1-1-lead')).toBe('正文。');
    expect(textAt({ blocks: tree }, 'row-1')).toBe('1');
    expect(textAt({ blocks: tree }, 'p9')).toBeUndefined();
  });

  it('should name each text by its own segment: the rest of a heading\'s line apart, each cell of a row by its column', () => {
    expect([...anchoredTexts({ blocks: tree })].map(({ segment }) => segment)).toEqual(['p1', 's1', 's1-1', 's1-1-lead', 'p2', 'p3', 'note-1', 'annex', 'annex-g1', 'row-1-c1', 'row-1-c2']);
  });

  it('should cut English sentences after a stop, a semicolon or a question or exclamation mark (a closing quote kept) before a capital, bracket or quote', () => {
    expect(englishSentences('Support pilots. Improve rules; Promote trade! "Open up." (1) Item one? ‘Done’ it is')).toEqual(['Support pilots.', 'Improve rules;', 'Promote trade!', '"Open up."', '(1) Item one?', '‘Done’ it is']);
    // Not before a small letter, nor without a space: e.g. stays in its sentence, and so does No.5.
    expect(englishSentences('Use e.g. standards. No.5 applies.')).toEqual(['Use e.g. standards.', 'No.5 applies.']);
    // A responsibility bracket closes the sentence before it and is no part of the next; alone, it is no sentence.
    expect(englishSentences('Do this. [Lead: MOFCOM, NDRC]  Do that. [Responsible: MIIT]')).toEqual(['Do this.', 'Do that.']);
    expect(englishSentences('[Lead: MOFCOM]Keep it.')).toEqual(['Keep it.']);
    expect(englishSentences('   ')).toEqual([]);
  });

  it('should cut sentences after 。 and ；, keeping an unfinished last one', () => {
    expect(sentencesOf('第一句。第二句；第三句')).toEqual(['第一句。', '第二句；', '第三句']);
    expect(sentencesOf('')).toEqual([]);
  });

  it('should give the clause around a position, between commas or stops of either width', () => {
    const sentence = '到2025年，制定标准50项以上, 完成试点；其后';
    expect(clauseAt(sentence, sentence.indexOf('50'))).toBe('制定标准50项以上');
    expect(clauseAt(sentence, 0)).toBe('到2025年');
    expect(clauseAt(sentence, sentence.indexOf('完成'))).toBe('完成试点');
    expect(clauseAt('甲。乙丙', 2)).toBe('乙丙');
    expect(clauseAt('无标点', 1)).toBe('无标点');
    expect(clauseAt('甲，5，乙', 2)).toBe('5');
  });
});

describe('walking a tree', () => {
  it('should give outline nodes depth-first with their ancestors', () => {
    expect([...outlineNodes(tree)].map(({ node, ancestors }) => [node.id, ancestors.map((ancestor) => ancestor.id)])).toEqual([['s1', []], ['s1-1', ['s1']]]);
  });

  it('should give only the paragraphs directly under a node', () => {
    expect(childParagraphs(tree[1] as OutlineNode).map((paragraph) => paragraph.id)).toEqual(['p3']);
  });

  it('should make texts comparable across widths, quotes and spaces', () => {
    expect(comparable('“标准 化”（ＡＢ）\'x’')).toBe('"标准化"(AB)"x"');
    expect(comparable('‘a’ "b"')).toBe('"a""b"');
  });
});
