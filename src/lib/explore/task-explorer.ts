/**
 * The task explorer's behaviour: loaded only by /explore/tasks/. Without it the page shows the whole
 * table; with it the filter form appears, column headers become sort buttons, the count is announced,
 * the URL's query string follows the view (and restores it on load), and the CSV link downloads the
 * rows on screen.
 */
import { toCsv } from '../open-data/csv.ts';
import { DEFAULT_STATE, FILTERS, compareValues, matches, readState, writeState, type ExplorerState, type Filter, type RowFacts, type SortKey } from './explorer-state.ts';

const form = document.querySelector<HTMLFormElement>('#explorer-filters');
const table = document.querySelector<HTMLTableElement>('#task-table');
const status = document.querySelector<HTMLElement>('#explorer-count');
const csv = document.querySelector<HTMLAnchorElement>('#explorer-csv');
if (form && table && status && csv) init(form, table, status, csv);

function init(form: HTMLFormElement, table: HTMLTableElement, status: HTMLElement, csv: HTMLAnchorElement) {
  const body = table.tBodies[0]!;
  const rows = [...body.rows].map((row) => ({ row, facts: factsOf(row) }));
  const locale = document.documentElement.lang;
  // A filter is a <select> or a group of checkboxes (places: several at once).
  const controls = (filter: Filter) => [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${filter}"]`)];
  const boxes = (filter: Filter) => controls(filter).filter((control): control is HTMLInputElement => control instanceof HTMLInputElement);
  const valuesOf = (filter: Filter) => {
    const checks = boxes(filter);
    if (checks.length > 0) return checks.filter((box) => box.checked).map((box) => box.value);
    const value = (controls(filter)[0] as HTMLSelectElement).value;
    return value ? [value] : [];
  };
  const show = (filter: Filter, values: string[]) => {
    const checks = boxes(filter);
    if (checks.length > 0) for (const box of checks) box.checked = values.includes(box.value);
    else (controls(filter)[0] as HTMLSelectElement).value = values[0] ?? '';
  };
  const allowed = Object.fromEntries(
    FILTERS.map((filter) => [filter, controls(filter).flatMap((control) => (control instanceof HTMLSelectElement ? [...control.options].map((option) => option.value) : [control.value]))]),
  ) as Record<Filter, string[]>;
  const keyword = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const headers = [...table.tHead!.rows[0]!.cells];
  const columnOf = (key: SortKey) => headers.findIndex((cell) => cell.dataset.sortKey === key);
  const headerTexts = headers.map((cell) => cell.textContent?.trim() ?? '');

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
    filters: Object.fromEntries(FILTERS.map((filter) => [filter, valuesOf(filter)])) as Record<Filter, string[]>,
    ...sort,
  });

  const template = status.dataset.template!;
  // The folded places' summary says which are chosen ("：北京市、上海市"), in the page's punctuation.
  const chosen = form.querySelector<HTMLElement>('.filter-places .chosen');
  let download: string | undefined;
  /** The CSV link: the rows on screen, in their order, as the table shows them, with each task's address. */
  const offer = (shown: HTMLTableRowElement[]) => {
    if (download) URL.revokeObjectURL(download);
    const lines = shown.map((row) => [...[...row.cells].map((cell) => cell.innerText.trim().replace(/\s*\n\s*/g, '; ')), new URL(row.querySelector('a')!.href, location.href).href]);
    download = URL.createObjectURL(new Blob([toCsv([...headerTexts, 'URL'], lines)], { type: 'text/csv;charset=utf-8' }));
    csv.href = download;
    csv.download = `${csv.dataset.file}.csv`;
    csv.textContent = csv.dataset.template!.replace('{n}', String(shown.length));
  };
  const apply = (state: ExplorerState) => {
    sort = { sort: state.sort, dir: state.dir };
    const column = columnOf(state.sort);
    const sorted = [...rows].sort((a, b) => compareValues(valueOf(a.row, column), valueOf(b.row, column), state.dir, locale) || compareValues(valueOf(a.row, 0), valueOf(b.row, 0), 'asc', locale));
    const shown: HTMLTableRowElement[] = [];
    for (const { row, facts } of sorted) {
      row.hidden = !matches(facts, state);
      if (!row.hidden) shown.push(row);
      body.append(row);
    }
    for (const header of headers) {
      if (!header.dataset.sortKey) continue;
      if (header.dataset.sortKey === state.sort) header.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      else header.removeAttribute('aria-sort');
    }
    status.textContent = template.replace('{shown}', String(shown.length)).replace('{total}', String(rows.length));
    if (chosen) {
      const names = boxes('place').filter((box) => box.checked).map((box) => box.labels?.[0]?.textContent?.trim() ?? box.value);
      chosen.textContent = `${chosen.dataset.colon}${names.length > 0 ? names.join(chosen.dataset.sep) : chosen.dataset.none}`;
    }
    offer(shown);
    const query = writeState(state);
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    // The printed address is the view's, query included (the footer's, see src/layouts/Base.astro).
    for (const printed of document.querySelectorAll('.print-url')) printed.textContent = location.href;
  };

  const restore = () => {
    const state = readState(new URLSearchParams(location.search), allowed);
    keyword.value = state.q;
    for (const filter of FILTERS) show(filter, state.filters[filter]);
    // A shared view with places chosen shows them, unfolded.
    if (state.filters.place.length > 0) form.querySelector('details.filter-places')?.setAttribute('open', '');
    apply(state);
  };

  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', () => apply(stateOfForm()));
  form.addEventListener('reset', () => setTimeout(() => apply({ ...DEFAULT_STATE, sort: sort.sort, dir: sort.dir })));
  restore();
  // The table was held back while a shared view loaded (the inline script in the page): show it now.
  delete document.documentElement.dataset.explorerPending;
}

function factsOf(row: HTMLTableRowElement): RowFacts {
  const data = row.dataset;
  const list = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);
  return { places: list(data.places), level: data.level ?? '', category: data.category ?? '', doc: data.doc ?? '', assignment: data.assignment ?? '', units: list(data.units), text: row.textContent ?? '' };
}

function valueOf(row: HTMLTableRowElement, column: number): string {
  const cell = row.cells[column];
  return cell?.dataset.sort ?? cell?.textContent?.trim() ?? '';
}
