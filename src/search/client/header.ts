/**
 * The search box in every page's header. Loaded by the page's inline bootstrap (src/layouts/Base.astro,
 * src/lib/security/inline-scripts.ts) when the reader focuses the box (or presses /): until then a page
 * loads no script at all. The bootstrap fetches the search table beside this script and hands it to
 * `start`, which starts Pagefind, so the first keystroke already has a list to draw.
 * Results appear in a panel under the box, over the page (no layout shift); the form still submits to
 * the search page, which has the facets.
 */
import { prepare } from './engine.ts';
import { bindResultKeys } from './keyboard.ts';
import { uiOf } from './render.ts';
import { resultList } from './results.ts';

/** Hits shown in the panel; the search page shows the rest. */
const PANEL_HITS = 8;

function setup(form: HTMLFormElement, table: Promise<unknown>): void {
  form.dataset.searchReady = '';
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
  const open = (show: boolean) => {
    panel.hidden = !show;
  };
  const results = resultList({
    list,
    status,
    ui,
    edition,
    shown: PANEL_HITS,
    onOutcome: (outcome, query) => {
      if (!outcome) return open(false);
      const url = new URL(form.action);
      url.searchParams.set('q', query);
      all.href = url.pathname + url.search;
    },
  });
  const run = (query: string) => {
    results.update(query, {});
    if (query.trim()) open(document.activeElement === input || form.contains(document.activeElement));
  };

  input.addEventListener('input', () => run(input.value));
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.children.length > 0) open(true);
  });
  // Close when focus leaves the form (to the page, or another window). A result the ranked list
  // replaces loses the focus for a moment and results.ts gives it back: decide once that is done.
  form.addEventListener('focusout', (event) => {
    if (form.contains(event.relatedTarget as Node | null)) return;
    queueMicrotask(() => {
      if (!document.hasFocus() || !form.contains(document.activeElement)) open(false);
    });
  });
  bindResultKeys(input, list, (from) => {
    if (from === 'input' && panel.hidden) {
      input.value = '';
      run('');
    } else open(false);
  });
  prepare(table);
  // The reader may have typed while this module loaded.
  if (input.value.trim()) run(input.value);
}

/**
 * Sets up the header boxes with the search table the bootstrap is fetching. On the search page, page.js
 * has set the box up already (with its own copy of the engine, whose table and Pagefind are loaded): a
 * second set of listeners would search twice.
 */
export function start(table: Promise<unknown>): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search="header"]:not([data-search-ready])')) setup(form, table);
}
