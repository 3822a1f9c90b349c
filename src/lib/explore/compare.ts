/**
 * Two places side by side (/compare/{a}/{b}/): the tasks each is named for, by task category and level,
 * with the tasks assigned collectively apart and a local plan's tasks where a place has one. Counts and
 * lists only: no score, no order of merit. Pure, so the pages stay markup and the test reads the same.
 */
import type { LocalizedCategory, LocalizedPlace, LocalizedTask } from '../../schema/localized.ts';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every pair once, a before b by id: one URL per pair, whatever order the places are read in. */
export function placePairs<P extends { id: string }>(places: P[]): Array<[P, P]> {
  const sorted = [...places].sort(byId);
  return sorted.flatMap((a, index) => sorted.slice(index + 1).map((b): [P, P] => [a, b]));
}

/** Two places in their pair's order (as `placePairs` lists it): the order of their page's URL. */
export function pairOf<P extends { id: string }>(a: P, b: P): [P, P] {
  return byId(a, b) <= 0 ? [a, b] : [b, a];
}

/** A task a place is named for: directly, or through one of its cities (`via`). */
export interface NamedTask {
  task: LocalizedTask;
  via?: string;
}

/** The tasks a place is named for, with the city that carries it when that is one of its cities. */
export function namedTasks(place: LocalizedPlace, tasks: LocalizedTask[]): NamedTask[] {
  return tasks.flatMap((task): NamedTask[] => {
    if (place.namedTasks.includes(task.id)) return [{ task }];
    if (!place.cityTasks.includes(task.id)) return [];
    const via = place.cities.find((city) => task.assignment.places.includes(city));
    return [{ task, ...(via ? { via } : {}) }];
  });
}

/** One row of the comparison: a task category and what each place is named for in it. */
export interface CompareRow {
  category: LocalizedCategory;
  a: NamedTask[];
  b: NamedTask[];
}

/** The categories either place is named for, in the lists' order, each with both places' tasks. */
export function compareRows(a: LocalizedPlace, b: LocalizedPlace, tasks: LocalizedTask[], categories: LocalizedCategory[]): CompareRow[] {
  const ofA = namedTasks(a, tasks);
  const ofB = namedTasks(b, tasks);
  const inCategory = (named: NamedTask[], category: LocalizedCategory) => named.filter(({ task }) => task.list === category.list && task.category === category.key);
  return categories
    .map((category) => ({ category, a: inCategory(ofA, category), b: inCategory(ofB, category) }))
    .filter((row) => row.a.length > 0 || row.b.length > 0);
}
