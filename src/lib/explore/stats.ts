/**
 * The counts the statistics page, the atlas and the heat grid show, computed from the model in one
 * place so that the data tests check exactly what the pages print. Plain functions over model types:
 * the tests run them on the model built from the seeds, the pages on the content collections.
 */
import type { Department, LocalTask, Measure, PlaceEntity, Task, TaskCategory } from '../../schema/model.ts';
import { STANDARD_LEVELS, type StandardLevel } from '../../schema/vocabulary.ts';

export interface Count<T> {
  key: T;
  count: number;
}

/** Tasks of a list per standard level, in the list's order of parts. */
export function tasksByLevel(tasks: Task[]): Array<Count<StandardLevel>> {
  return STANDARD_LEVELS.map((level) => ({ key: level, count: tasks.filter((task) => task.level === level).length })).filter((entry) => entry.count > 0);
}

/** Tasks per category, in the list's order. */
export function tasksByCategory(tasks: Task[], categories: TaskCategory[]): Array<Count<TaskCategory>> {
  return categories.map((category) => ({ key: category, count: tasks.filter((task) => task.list === category.list && task.category === category.key).length }));
}

/**
 * The places tasks name, ordered by their pilot province or municipality (a city after its province's
 * place in the manifest); places outside the pilot provinces after all of them, in the manifest's order.
 * With `tasks`, only the places these tasks name (one list's places, not the corpus's).
 */
export function namedPlaces(places: PlaceEntity[], tasks?: Task[]): PlaceEntity[] {
  const pilots = places.filter((place) => place.pilot).map((place) => place.id);
  const rank = (place: PlaceEntity) => {
    const pilot = pilots.indexOf(place.province ?? place.id);
    return pilot < 0 ? pilots.length : pilot;
  };
  const named = (place: PlaceEntity) => (tasks ? tasks.some((task) => task.assignment.places.includes(place.id)) : place.namedTasks.length > 0);
  return places.filter(named).sort((a, b) => rank(a) - rank(b));
}

/** Tasks assigned by name to each place that has any; with `tasks`, counted among these tasks only. */
export function tasksByPlace(places: PlaceEntity[], tasks?: Task[]): Array<Count<PlaceEntity>> {
  return namedPlaces(places, tasks).map((place) => ({ key: place, count: tasks ? tasks.filter((task) => task.assignment.places.includes(place.id)).length : place.namedTasks.length }));
}

/** Tasks assigned collectively, per phrase as printed, in order of first appearance. */
export function collectiveAssignments(tasks: Task[]): Array<{ phrase: string; scope: 'all' | 'willing' | 'relevant'; tasks: Task[] }> {
  const groups = new Map<string, { phrase: string; scope: 'all' | 'willing' | 'relevant'; tasks: Task[] }>();
  for (const task of tasks) {
    const collective = task.assignment.collective;
    if (!collective) continue;
    const group = groups.get(task.assignment.raw) ?? { phrase: task.assignment.raw, scope: collective.scope, tasks: [] };
    group.tasks.push(task);
    groups.set(task.assignment.raw, group);
  }
  return [...groups.values()];
}

/** Departments by the number of the given entities (measures, local tasks) they lead; an entity counts once however many brackets name it. */
function departmentsLeading(departments: Department[], entities: Array<{ id: string }>): Array<Count<Department>> {
  const ids = new Set(entities.map((entity) => entity.id));
  return departments
    .map((department) => ({
      key: department,
      count: new Set(department.roles.filter((role) => role.role === 'lead' && role.entity && ids.has(role.entity)).map((role) => role.entity)).size,
    }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || a.key.name.localeCompare(b.key.name, 'zh-Hans-CN'));
}

/** Departments by the number of measures whose responsibility brackets name them as lead. */
export function departmentsByMeasuresLed(departments: Department[], measures: Measure[]): Array<Count<Department>> {
  return departmentsLeading(departments, measures);
}

/** Units by the number of local tasks (rows of a plan's table) they lead. */
export function departmentsByLocalTasksLed(departments: Department[], localTasks: LocalTask[]): Array<Count<Department>> {
  return departmentsLeading(departments, localTasks);
}

/** One pilot region of the atlas: what it is assigned by name, collectively, and what is open to it. */
export interface RegionCounts {
  place: PlaceEntity;
  /** Tasks naming it or one of its cities (each task once). */
  named: number;
  collective: number;
  open: number;
}

/** Per pilot region; with `tasks`, counted among these tasks only (one list's, so the map speaks of that list). */
export function regionCounts(places: PlaceEntity[], tasks?: Task[]): RegionCounts[] {
  const ids = tasks && new Set(tasks.map((task) => task.id));
  const scoped = (list: string[]) => (ids ? list.filter((id) => ids.has(id)) : list);
  return places
    .filter((place) => place.pilot)
    .map((place) => ({ place, named: new Set(scoped([...place.namedTasks, ...place.cityTasks])).size, collective: scoped(place.collectiveTasks).length, open: scoped(place.openTasks).length }));
}

/** The city × category grid: named assignments per place and category, collective ones in rows of their own. */
export interface AssignmentMatrix {
  categories: TaskCategory[];
  named: Array<{ place: PlaceEntity; cells: number[]; total: number }>;
  collective: Array<{ phrase: string; scope: 'all' | 'willing' | 'relevant'; cells: number[]; total: number }>;
  /** Tasks per category (a task naming two places counts once here, twice in the rows). */
  tasks: number[];
}

export function assignmentMatrix(tasks: Task[], places: PlaceEntity[], categories: TaskCategory[]): AssignmentMatrix {
  const inCategory = (category: TaskCategory) => tasks.filter((task) => task.list === category.list && task.category === category.key);
  return {
    categories,
    // Only the places these tasks name: a place of another list would be a column of zeros.
    named: namedPlaces(places, tasks).map((place) => {
      const cells = categories.map((category) => inCategory(category).filter((task) => task.assignment.places.includes(place.id)).length);
      return { place, cells, total: cells.reduce((sum, cell) => sum + cell, 0) };
    }),
    collective: collectiveAssignments(tasks).map((group) => {
      const cells = categories.map((category) => inCategory(category).filter((task) => group.tasks.includes(task)).length);
      return { phrase: group.phrase, scope: group.scope, cells, total: cells.reduce((sum, cell) => sum + cell, 0) };
    }),
    tasks: categories.map((category) => inCategory(category).length),
  };
}

/** The 0–1 intensity of a count on a scale up to `max` (for shading). */
export function intensity(count: number, max: number): number {
  return max === 0 ? 0 : count / max;
}
