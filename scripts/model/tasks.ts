import type { Manifest } from '../../src/schema/manifest.ts';
import type { Task, TaskCategory } from '../../src/schema/model.ts';
import { SeedError } from '../lib/seed-error.ts';
import type { ParsedDocument } from '../parse/parse-seed.ts';
import { resolveAssignment, splitAssignment } from './assignments.ts';
import { outlineNodes } from './walk.ts';
import { categoryIds } from '../../src/lib/routes.ts';

/** The tasks and categories of a task-list document, read from its outline. */
export function buildTasks(document: ParsedDocument, manifest: Manifest): { tasks: Task[]; categories: TaskCategory[] } {
  const spec = document.entry.taskList!;
  const list = document.entry.id;
  const tasks: Task[] = [];
  const categories = new Map<string, TaskCategory>();
  for (const { node, ancestors } of outlineNodes(document.blocks)) {
    if (node.depth !== spec.depth) continue;
    const part = ancestors.find((ancestor) => ancestor.depth === 1);
    if (!part) throw new SeedError(node.source.file, node.source.line, `task ${node.ordinal} stands outside any part (一、…) of the task list`);
    const level = spec.levels[String(part.ordinal)];
    if (!level) throw new SeedError(node.source.file, part.source.line, `part ${part.marker} of the task list has no standard level in seeds/manifest.json (taskList.levels)`);
    const sub = ancestors.find((ancestor) => ancestor.depth === 2);
    const key = sub ? `${part.ordinal}-${sub.ordinal}` : `${part.ordinal}`;
    const category = categories.get(key) ?? {
      id: categoryIds.category(list, key),
      key,
      list,
      part: part.ordinal,
      partTitle: part.title,
      level,
      ...(sub ? { sub: sub.ordinal, title: sub.title } : {}),
      anchor: (sub ?? part).id,
      tasks: [],
    };
    categories.set(key, category);
    const text = [node.title, node.lead].filter(Boolean).join('');
    const split = splitAssignment(text);
    if (!split) throw new SeedError(node.source.file, node.source.line, `task ${node.ordinal} has no assignment: a task line must end with the places in parentheses, e.g. (北京、上海)`);
    category.tasks.push(node.ordinal);
    tasks.push({
      id: `${list}-${node.ordinal}`,
      list,
      number: node.ordinal,
      title: split.title,
      level,
      category: key,
      assignment: resolveAssignment(split.raw, manifest, { file: node.source.file, line: node.source.line, task: node.ordinal }),
      anchor: node.id,
      source: node.source,
      adoptedBy: [],
    });
  }
  checkSequence(tasks, document);
  return { tasks, categories: [...categories.values()] };
}

function checkSequence(tasks: Task[], document: ParsedDocument): void {
  const file = `seeds/${document.seed.file}`;
  if (tasks.length === 0) throw new SeedError(file, document.headingLines[0]?.line, `task list "${document.entry.id}" has no numbered tasks`);
  tasks.forEach((task, index) => {
    if (task.number !== index + 1) throw new SeedError(file, task.source.line, `task numbers must run 1, 2, 3 … without gaps; found ${task.number} where ${index + 1} was expected`);
  });
}
