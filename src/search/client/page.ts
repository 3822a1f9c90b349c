/**
 * The search page (/search/, /en/search/): the query and the facets are one GET form, so its URL is
 * the search (`?q=电池&type=task&city=chongqing`) — shared, bookmarked, restored on load. Without
 * JavaScript the form still submits and the page says that searching needs JavaScript.
 */
import { FACETS, type Facet } from '../facets.ts';
import { search, type Filters } from './engine.ts';
import { bindResultKeys, debounce } from './keyboard.ts';
import { format, renderHit, uiOf } from './render.ts';
import { PAGES_RANKED, TYPING_PAUSE_MS } from '../tuning.ts';


const form = document.querySelector<HTMLFormElement>('form[data-search="page"]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results') as HTMLOListElement;
const { ui, edition } = uiOf(form);

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

let ticket = 0;
async function run(): Promise<void> {
  const mine = ++ticket;
  const query = input.value;
  const filters = filtersFromForm();
  const target = urlOfForm();
  if (target !== location.pathname + location.search) history.replaceState(null, '', target);
  list.dataset.state = 'searching';
  list.dataset.query = query;
  if (!query.trim()) {
    list.replaceChildren();
    status.textContent = '';
    list.dataset.state = 'done';
    return;
  }
  status.textContent = ui.searching;
  try {
    const outcome = await search(query, filters, { limit: PAGES_RANKED, edition });
    if (mine !== ticket) return;
    list.replaceChildren(...outcome.hits.map((hit) => renderHit(hit, query, ui)));
    const shown = outcome.hits.length;
    status.textContent = shown === 0 ? format(ui.none, { q: query }) : outcome.pages > PAGES_RANKED ? format(ui.foundMore, { shown }) : format(ui.found, { n: shown });
  } catch (error) {
    if (mine === ticket) status.textContent = format(ui.failed, { error: (error as Error).message });
    throw error;
  } finally {
    if (mine === ticket) list.dataset.state = 'done';
  }
}

const later = debounce(() => void run(), TYPING_PAUSE_MS);
input.addEventListener('input', later);
form.addEventListener('change', (event) => {
  if (event.target !== input) void run();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
bindResultKeys(input, list, (from) => {
  if (from === 'input') {
    input.value = '';
    void run();
  }
});
addEventListener('popstate', () => {
  restore(new URL(location.href));
  void run();
});

// A reader may type before this script runs (a slow connection, a long facet list): keep what they
// typed and search for it rather than resetting the box to the URL's query.
if (input.value === input.defaultValue) restore(new URL(location.href));
void run();
