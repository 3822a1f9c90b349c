/**
 * The search page (/search/, /en/search/): the query and the facets are one GET form, so its URL is
 * the search (`?q=电池&type=task&city=chongqing`) — shared, bookmarked, restored on load. Without
 * JavaScript the form still submits and the page says that searching needs JavaScript.
 */
import { FACETS, type Facet } from '../facets.ts';
// Each search script is one file (no shared chunks: a chunk is one more request after the script, on
// the way to the first result), so this page sets up its header box too, sharing this file's engine.
import './header.ts';
import { prepare, type Filters } from './engine.ts';
import { bindResultKeys } from './keyboard.ts';
import { uiOf } from './render.ts';
import { resultList } from './results.ts';
import { PAGE_HITS } from '../tuning.ts';

const form = document.querySelector<HTMLFormElement>('form[data-search="page"]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results') as HTMLOListElement;
const { ui, edition } = uiOf(form);

const more = document.createElement('button');
more.type = 'button';
more.className = 'search-more';
more.textContent = ui.more;
more.hidden = true;
list.after(more);

const results = resultList({
  list,
  status,
  ui,
  edition,
  shown: PAGE_HITS,
  onOutcome: (outcome) => {
    more.hidden = !outcome || outcome.hits.length <= PAGE_HITS;
  },
});
more.addEventListener('click', async () => {
  // Focus moves to the first new result, so a keyboard or screen-reader user continues where the list grew.
  const before = list.children.length;
  more.hidden = !(await results.showMore());
  list.children[before]?.querySelector<HTMLAnchorElement>('a.hit-link')?.focus();
});

function facetInputs(facet: Facet): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]`)];
}

function filtersFromForm(): Filters {
  const filters: Filters = {};
  for (const facet of FACETS) {
    const values = facetInputs(facet).filter((box) => box.checked).map((box) => box.value);
    if (values.length > 0) filters[facet] = values;
  }
  return filters;
}

/** Puts the URL's query and facets into the form (a shared link, the back button). */
function restore(url: URL): void {
  input.value = url.searchParams.get('q') ?? '';
  for (const facet of FACETS) {
    const values = url.searchParams.getAll(facet);
    for (const box of facetInputs(facet)) box.checked = values.includes(box.value);
  }
}

/** The URL of the form's state: the same one a plain (no-script) submission would produce. */
function urlOfForm(): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string' && (name !== 'q' || value.trim())) params.append(name, value);
  const url = new URL(location.href);
  url.search = params.toString();
  return url.pathname + url.search;
}

function run(): void {
  const target = urlOfForm();
  if (target !== location.pathname + location.search) history.replaceState(null, '', target);
  if (input.value.trim()) status.textContent = ui.searching;
  results.update(input.value, filtersFromForm());
}

input.addEventListener('input', run);
form.addEventListener('change', (event) => {
  if (event.target !== input) run();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  run();
});
bindResultKeys(input, list, (from) => {
  if (from === 'input') {
    input.value = '';
    run();
  }
});
addEventListener('popstate', () => {
  restore(new URL(location.href));
  run();
});

// Search loads when it is used: when the reader focuses the box, or at once for a query in the URL.
const load = () => {
  prepare();
};
input.addEventListener('focus', load, { once: true });
// A reader may type before this script runs (a slow connection, a long facet list): keep what they
// typed and search for it rather than resetting the box to the URL's query.
if (input.value === input.defaultValue) restore(new URL(location.href));
if (input.value.trim() || document.activeElement === input) load();
run();
