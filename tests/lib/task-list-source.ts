/**
 * The first national Task List read straight from its seed text, with nothing of the build's parser:
 * an independent oracle for counts on the built pages. The list starts at its title line and is printed
 * as parts (一、…), sub-categories ((一)…) and numbered task lines (`60.12345 政务…(重庆)`), each ending
 * in the assignment in brackets. Its stated size is 104 tasks.
 */
import { readFileSync } from 'node:fs';

const TASK_LIST_SEED = 'seeds/000_8c31acff08a708a5.txt';
const TASK_LIST_TITLE = '国家服务业扩大开放综合试点示范省市标准制修订及相关工作任务清单(首批)';
/** Parts 一 to 五, in the order the list prints them, as the manifest's taskList.levels names them. */
const PART_LEVELS = ['national', 'industry', 'local', 'group', 'other'] as const;

export interface SourceTask {
  number: number;
  /** The category key as the site writes it: `3-5` for 三（五）, `1` for a part without sub-categories. */
  category: string;
  level: (typeof PART_LEVELS)[number];
  /** The line's text between the number and the bracketed assignment. */
  title: string;
  /** The bracket's text as printed: 重庆, 北京、上海、杭州、广州, 各试点示范省市. */
  assignment: string;
}

const NUMERALS = '一二三四五六七八九十';
const numeral = (text: string) => (text.length === 1 ? NUMERALS.indexOf(text) + 1 : text.startsWith('十') ? 10 + NUMERALS.indexOf(text[1]!) + 1 : 0);

export function readTaskListSource(file = TASK_LIST_SEED): SourceTask[] {
  const lines = readFileSync(file, 'utf8').split('\n').map((line) => line.trim());
  const start = lines.indexOf(TASK_LIST_TITLE);
  if (start < 0) throw new Error(`${file}: the Task List's title line is missing`);
  const tasks: SourceTask[] = [];
  let part = 0;
  let sub = 0;
  for (const line of lines.slice(start + 1)) {
    const partMatch = /^([一二三四五六七八九十]+)、/.exec(line);
    const subMatch = /^[(（]([一二三四五六七八九十]+)[)）]/.exec(line);
    const taskMatch = /^(\d+)\.\s*(.*)[(（]([^()（）]+)[)）]$/.exec(line);
    if (partMatch) [part, sub] = [numeral(partMatch[1]!), 0];
    else if (subMatch) sub = numeral(subMatch[1]!);
    else if (taskMatch) {
      tasks.push({ number: Number(taskMatch[1]), category: sub ? `${part}-${sub}` : `${part}`, level: PART_LEVELS[part - 1]!, title: taskMatch[2]!.trim(), assignment: taskMatch[3]! });
    } else if (line !== '') throw new Error(`${file}: a line of the Task List neither heading nor task: ${line}`);
  }
  return tasks;
}
