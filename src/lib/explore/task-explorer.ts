/**
 * The task explorer's behaviour: loaded only by /explore/tasks/. Without it the page shows the whole
 * table; with it the filter form appears, column headers become sort buttons, the count is announced,
 * and the URL's query string follows the view (and restores it on load).
 */
import { DEFAULT_STATE, FILTERS, compareValues, matches, readState, writeState, type ExplorerState, type Filter, type RowFacts, type SortKey } from './explorer-state.ts';

const form = document.querySelector<HTMLFormElement>('#explorer-filters');
const table = document.querySelector<HTMLTableElement>('#task-table');
const status = document.querySelector<HTMLElement>('#explorer-count');
if (form && table && status) init(form, table, status);

function init(form: HTMLFormElement, table: HTMLTableElement, status: HTMLElement) {
  const body = table.tBodies[0]!;
  const rows = [...body.rows].map((row) => ({ row, facts: factsOf(row) }));
  const locale = document.documentElement.lang;
  const select = (filter: Filter) => form.querySelector<HTMLSelectElement>(`select[name="${filter}"]`)!;
  const keyword = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const allowed = Object.fromEntries(FILTERS.map((filter) => [filter, [...select(filter).options].map((option) => option.value)])) as Record<Filter, string[]>;
  const headers = [...table.tHead!.rows[0]!.cells];
  const columnOf = (key: SortKey) => headers.findIndex((cell) => cell.dataset.sortKey === key);

  // Header labels become buttons only now: without this script they would do nothing.
  for (const header of headers) {
    const key = header.dataset.sortKey as SortKey | undefined;
    if (!key) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...header.childNodes);
    const arrow = document.createElement('span');
    arrow.className = 'sort-arrow';
    arrow.setAttribute('aria-hidden', 'true');
    button.append(arrow);
    header.append(button);
    button.addEventListener('click', () => {
      const current = readState(new URLSearchParams(location.search), allowed);
      const dir = current.sort === key && current.dir === 'asc' ? 'desc' : 'asc';
      apply({ ...stateOfForm(), sort: key, dir });
    });
  }

  let sort: Pick<ExplorerState, 'sort' | 'dir'> = { sort: DEFAULT_STATE.sort, dir: DEFAULT_STATE.dir };
  const stateOfForm = (): ExplorerState => ({
    q: keyword.value.trim(),
    filters: Object.fromEntries(FILTERS.map((filter) => [filter, select(filter).value])) as Record<Filter, string>,
    ...sort,
  });

  const template = status.dataset.template!;
  const apply = (state: ExplorerState) => {
    sort = { sort: state.sort, dir: state.dir };
    const column = columnOf(state.sort);
    const sorted = [...rows].sort((a, b) => compareValues(valueOf(a.row, column), valueOf(b.row, column), state.dir, locale) || compareValues(valueOf(a.row, 0), valueOf(b.row, 0), 'asc', locale));
    let shown = 0;
    for (const { row, facts } of sorted) {
      row.hidden = !matches(facts, state);
      if (!row.hidden) shown += 1;
      body.append(row);
    }
    for (const header of headers) {
      if (!header.dataset.sortKey) continue;
      if (header.dataset.sortKey === state.sort) header.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      else header.removeAttribute('aria-sort');
    }
    status.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
    const query = writeState(state);
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };

  const restore = () => {
    const state = readState(new URLSearchParams(location.search), allowed);
    keyword.value = state.q;
    for (const filter of FILTERS) select(filter).value = state.filters[filter];
    apply(state);
  };

  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', () => apply(stateOfForm()));
  form.addEventListener('reset', () => setTimeout(() => apply({ ...DEFAULT_STATE, sort: sort.sort, dir: sort.dir })));
  restore();
}

function factsOf(row: HTMLTableRowElement): RowFacts {
  const data = row.dataset;
  return { places: (data.places ?? '').split(' ').filter(Boolean), level: data.level ?? '', category: data.category ?? '', doc: data.doc ?? '', assignment: data.assignment ?? '', text: row.textContent ?? '' };
}

function valueOf(row: HTMLTableRowElement, column: number): string {
  const cell = row.cells[column];
  return cell?.dataset.sort ?? cell?.textContent?.trim() ?? '';
}
