/**
 * A local implementation plan as its readers use it (a city official, a bureau): its stages with their
 * deadlines and, per task row, the lead and responsible units as department entities. The units come
 * from the departments' roles (the model resolved the table's cells to departments), in the order the
 * row names them, so a page never parses the cell text again.
 */
import type { LocalizedDepartment, LocalizedLocalTask, LocalizedMeasure } from '../../schema/localized.ts';

export interface PlanUnits {
  lead: LocalizedDepartment[];
  responsible: LocalizedDepartment[];
}

interface PlanData {
  localTasks: LocalizedLocalTask[];
  measures: LocalizedMeasure[];
  departments: LocalizedDepartment[];
}

/** The departments a row names in one role, in the row's order (its cell lists them in that order). */
function unitsIn(data: PlanData, task: LocalizedLocalTask, role: 'lead' | 'responsible', names: string[]): LocalizedDepartment[] {
  const holders = data.departments.filter((department) => department.roles.some((entry) => entry.role === role && entry.entity === task.id));
  const position = (department: LocalizedDepartment) => {
    const index = names.findIndex((name) => name === department.name || department.variants.some((variant) => variant.text === name));
    return index < 0 ? names.length : index;
  };
  return holders.sort((a, b) => position(a) - position(b));
}

export function unitsOf(data: PlanData, task: LocalizedLocalTask): PlanUnits {
  return { lead: unitsIn(data, task, 'lead', task.lead), responsible: unitsIn(data, task, 'responsible', task.responsible) };
}

/** The plan's stages: its measures that print a deadline (推进步骤), in the plan's order. */
export function stagesOf(data: PlanData, plan: string): LocalizedMeasure[] {
  return data.measures
    .filter((measure) => measure.document === plan && measure.deadline)
    .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
}

/** The plan's task rows, in table order. */
export function tasksOf(data: PlanData, plan: string): LocalizedLocalTask[] {
  return data.localTasks.filter((task) => task.document === plan).sort((a, b) => a.number - b.number);
}

/**
 * A stage's title without the deadline the title itself prints ("重点推进阶段（完成时限：2025年8月）"),
 * because the page shows the deadline beside it, read from the same words.
 */
export function stageName(title: string): string {
  return title.replace(/\s*[（(](?:完成时限|Deadline)[：:][^）)]*[）)]\s*$/u, '').replace(/[。.]$/u, '');
}
