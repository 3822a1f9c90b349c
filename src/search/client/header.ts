/**
 * The search box in every page's header. Loaded by the page's inline bootstrap (src/layouts/Base.astro)
 * when the reader focuses the box (or presses /): until then a page loads no script at all.
 * Results appear in a panel under the box, over the page (no layout shift); the form still submits to
 * the search page, which has the facets.
 */
import { loadEngine, search } from './engine.ts';
import { bindResultKeys, debounce } from './keyboard.ts';
import { format, renderHit, uiOf } from './render.ts';
import { TYPING_PAUSE_MS } from '../tuning.ts';

/** Hits shown in the panel; the search page shows the rest. */
const PANEL_HITS = 8;

function setup(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = form.querySelector<HTMLElement>('.search-panel')!;
  const list = panel.querySelector<HTMLOListElement>('ol')!;
  const all = panel.querySelector<HTMLAnchorElement>('a.search-all')!;
  // The live region that announces the count is added when search loads (the reader has focused the
  // box; results come later, so the region exists before its first message). Pages that never search
  // carry none.
  const status = document.createElement('span');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.append(status);
  const { ui, edition } = uiOf(form);
  let ticket = 0;

  const open = (show: boolean) => {
    panel.hidden = !show;
  };
  const run = async (query: string) => {
    const mine = ++ticket;
    list.dataset.state = 'searching';
    list.dataset.query = query;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      open(false);
      list.dataset.state = 'done';
      return;
    }
    try {
      const outcome = await search(query, {}, { limit: 16, edition });
      if (mine !== ticket) return;
      const hits = outcome.hits.slice(0, PANEL_HITS);
      list.replaceChildren(...hits.map((hit) => renderHit(hit, query, ui)));
      const url = new URL(form.action);
      url.searchParams.set('q', query);
      all.href = url.pathname + url.search;
      status.textContent = hits.length === 0 ? format(ui.none, { q: query }) : format(ui.found, { n: outcome.hits.length });
      open(document.activeElement === input || form.contains(document.activeElement));
    } catch (error) {
      if (mine !== ticket) return;
      status.textContent = format(ui.failed, { error: (error as Error).message });
      throw error;
    } finally {
      if (mine === ticket) list.dataset.state = 'done';
    }
  };
  const later = debounce(run, TYPING_PAUSE_MS);

  input.addEventListener('input', () => later(input.value));
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.children.length > 0) open(true);
  });
  // Close when focus leaves the form (to the page, or another window).
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  bindResultKeys(input, list, (from) => {
    if (from === 'input' && panel.hidden) {
      input.value = '';
      void run('');
    } else open(false);
  });
  void loadEngine();
  // The reader may have typed while this module loaded.
  if (input.value.trim()) void run(input.value);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search="header"]')) setup(form);
