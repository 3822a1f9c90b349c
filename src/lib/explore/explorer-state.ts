/**
 * The task explorer's state — filters and sort — and how it reads from and writes to the URL, so a
 * filtered view can be shared. Pure functions: the page script (src/lib/explore/task-explorer.ts) wires
 * them to the DOM, the unit tests call them directly.
 */

const SORT_KEYS = ['number', 'title', 'level', 'category', 'assignment', 'units', 'document'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Direction = 'asc' | 'desc';

/**
 * The filters; each holds the values chosen (none: off), those of the page's options. A filter may hold
 * several values (`?place=beijing&place=shanghai`): a row passes when it has any of them.
 * `unit` is a department named in a local plan's row as lead or responsible unit.
 */
export const FILTERS = ['place', 'level', 'category', 'doc', 'assignment', 'unit'] as const;
export type Filter = (typeof FILTERS)[number];

/**
 * The words the search page uses for the same filters (`/search/?city=…&document=…`), read here too so
 * that either spelling opens the same view. The explorer keeps writing its own (published) names.
 */
const ALSO_READ: Partial<Record<Filter, string>> = { place: 'city', doc: 'document' };

export interface ExplorerState {
  q: string;
  filters: Record<Filter, string[]>;
  sort: SortKey;
  dir: Direction;
}

export const DEFAULT_STATE: ExplorerState = {
  q: '',
  filters: { place: [], level: [], category: [], doc: [], assignment: [], unit: [] },
  sort: 'number',
  dir: 'asc',
};

/**
 * The state a query string asks for. A value the page does not offer (a stale or mistyped link) is
 * ignored rather than matching nothing, so an old link still shows a sensible view.
 */
export function readState(params: URLSearchParams, allowed: Record<Filter, string[]>): ExplorerState {
  const filters = Object.fromEntries(
    FILTERS.map((filter) => {
      const alias = ALSO_READ[filter];
      const values = [...params.getAll(filter), ...(alias ? params.getAll(alias) : [])];
      return [filter, [...new Set(values)].filter((value) => value !== '' && allowed[filter].includes(value))];
    }),
  ) as Record<Filter, string[]>;
  const sort = params.get('sort') as SortKey | null;
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: sort && SORT_KEYS.includes(sort) ? sort : DEFAULT_STATE.sort,
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** The query string for a state: only what differs from the default, in a fixed order. */
export function writeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const filter of FILTERS) for (const value of state.filters[filter]) params.append(filter, value);
  if (state.sort !== DEFAULT_STATE.sort || state.dir !== DEFAULT_STATE.dir) {
    params.set('sort', state.sort);
    params.set('dir', state.dir);
  }
  return params.toString();
}

/** What the page says about one row (its data-* attributes). */
export interface RowFacts {
  /** The places it names, with their provinces, or the place of the local plan it belongs to. */
  places: string[];
  level: string;
  /** `${list}:${key}` of its category (a local task: the category of the national task it adopts). */
  category: string;
  doc: string;
  /** named, all, willing or relevant. */
  assignment: string;
  /** Departments its row names as lead or responsible units (local plans' rows only). */
  units: string[];
  /** Its visible text, for the keyword filter. */
  text: string;
}

/** Lower case and NFKC, so full-width letters and digits match their ASCII forms. */
function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Does a row pass every filter? Keywords (separated by spaces) must all occur in its text. */
export function matches(row: RowFacts, state: ExplorerState): boolean {
  const { place, level, category, doc, assignment, unit } = state.filters;
  const anyOf = (chosen: string[], values: string[]) => chosen.length === 0 || values.some((value) => chosen.includes(value));
  if (!anyOf(place, row.places) || !anyOf(unit, row.units)) return false;
  if (!anyOf(level, [row.level]) || !anyOf(category, [row.category]) || !anyOf(doc, [row.doc]) || !anyOf(assignment, [row.assignment])) return false;
  const text = normalize(row.text);
  return normalize(state.q)
    .split(/\s+/u)
    .filter(Boolean)
    .every((word) => text.includes(word));
}

/** Compares two rows' sort values for a column: numbers and text in natural order. */
export function compareValues(a: string, b: string, dir: Direction, locale: string): number {
  const order = a.localeCompare(b, locale, { numeric: true });
  return dir === 'asc' ? order : -order;
}

