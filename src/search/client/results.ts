/**
 * A result list, the same for the header panel and the search page: on every query it draws the
 * instant list from the search table at once (`data-state="instant"`), then the ranked list when
 * Pagefind answers (`ranked`), then the excerpts of the hits shown (`done`). The first query searches
 * at once; later ones wait for typing to pause. A newer query makes an older one's answers stale.
 */
import { instant, instantReady, loadExcerpts, search, type Edition, type Filters, type Hit, type SearchOutcome } from './engine.ts';
import { debounce } from './keyboard.ts';
import { fillExcerpt, format, renderHit } from './render.ts';
import type { SearchUi } from '../../i18n/search-ui.ts';
import { queryPhrases } from '../terms.ts';
import { TYPING_PAUSE_MS } from '../tuning.ts';

export interface ResultList {
  /** Searches for `query` (instant list now, ranked list soon). */
  update(query: string, filters: Filters): void;
  /** Shows the next hits of the current outcome, with their excerpts; whether more remain. */
  showMore(): Promise<boolean>;
}

export interface ResultListOptions {
  list: HTMLOListElement;
  /** The live region that announces counts. */
  status: HTMLElement;
  ui: SearchUi;
  edition: Edition;
  /** Hits shown at first (and added by each `showMore`). */
  shown: number;
  /** Called when a query has an outcome (or none, for an empty query). */
  onOutcome?: (outcome: SearchOutcome | undefined, query: string) => void;
}

export function resultList(options: ResultListOptions): ResultList {
  const { list, status, ui, edition } = options;
  // A line above the list: what the search did (a corrected spelling, the closest matches) and the
  // other documents with a number asked for.
  const note = document.createElement('p');
  note.className = 'search-note';
  note.hidden = true;
  list.before(note);
  let ticket = 0;
  let searched = false;
  let current: { outcome: SearchOutcome; shown: number } | undefined;

  // A reader may have arrowed into the instant list when the ranked list replaces it: the result they
  // stand on keeps the focus (or the same place in the list), so Enter opens what they chose.
  const draw = (hits: Hit[], query: string, phrases: string[]) => {
    const focused = document.activeElement instanceof HTMLElement && list.contains(document.activeElement) ? document.activeElement.closest<HTMLElement>('li[data-key]') : null;
    const at = focused ? [...list.children].indexOf(focused) : -1;
    list.replaceChildren(...hits.map((hit) => renderHit(hit, query, phrases, ui)));
    if (!focused) return;
    const same = [...list.children].find((item) => (item as HTMLElement).dataset.key === focused.dataset.key) ?? list.children[Math.min(at, list.children.length - 1)];
    same?.querySelector<HTMLAnchorElement>('a.hit-link')?.focus();
  };

  const excerpts = async (mine: number, hits: Hit[], outcome: SearchOutcome) => {
    await loadExcerpts(hits, outcome.phrases);
    if (mine !== ticket) return;
    for (const hit of hits) {
      const item = [...list.children].find((child) => (child as HTMLElement).dataset.key === hit.key) as HTMLLIElement | undefined;
      if (item) fillExcerpt(item, hit, outcome.query, outcome.phrases, ui);
    }
  };

  const full = async (query: string, filters: Filters) => {
    const mine = ticket;
    try {
      const outcome = await search(query, filters, { edition });
      if (mine !== ticket) return;
      const hits = outcome.hits.slice(0, options.shown);
      current = { outcome, shown: hits.length };
      draw(hits, query, outcome.phrases);
      note.replaceChildren();
      if (outcome.corrected) note.append(format(ui.corrected, { q: outcome.corrected }), ' ');
      if (outcome.partial) note.append(ui.partial, ' ');
      if (outcome.alsoNumbered.length > 0) {
        note.append(ui.alsoNumbered, ' ');
        outcome.alsoNumbered.forEach((hit, index) => {
          if (index > 0) note.append(ui.sep);
          const link = document.createElement('a');
          link.href = hit.url;
          link.textContent = [hit.page.label, hit.page.title].filter(Boolean).join(' ');
          note.append(link);
        });
      }
      note.hidden = !note.hasChildNodes();
      list.dataset.state = 'ranked';
      status.textContent = outcome.hits.length === 0 ? format(ui.none, { q: query }) : format(ui.found, { n: outcome.hits.length });
      options.onOutcome?.(outcome, query);
      await excerpts(mine, hits, outcome);
    } catch (error) {
      if (mine === ticket) status.textContent = format(ui.failed, { error: (error as Error).message });
      throw error;
    } finally {
      if (mine === ticket) list.dataset.state = 'done';
    }
  };
  const later = debounce((query: string, filters: Filters) => void full(query, filters), TYPING_PAUSE_MS);

  return {
    update(query, filters) {
      const mine = ++ticket;
      list.dataset.query = query;
      current = undefined;
      if (!query.trim()) {
        list.replaceChildren();
        note.replaceChildren();
        note.hidden = true;
        status.textContent = '';
        list.dataset.state = 'done';
        options.onOutcome?.(undefined, query);
        return;
      }
      list.dataset.state = 'searching';
      const drawInstant = () => {
        if (mine !== ticket || list.dataset.state !== 'searching') return false;
        const hits = instant(query, filters, edition);
        if (!hits) return false;
        if (hits.length > 0) {
          draw(hits.slice(0, options.shown), query, queryPhrases(query, {}));
          list.dataset.state = 'instant';
        }
        return true;
      };
      // The table may still be on its way (the box was focused a moment ago): draw as soon as it lands,
      // not at the next frame. A table that cannot load is the full search's error to report.
      if (!drawInstant()) instantReady().then(drawInstant, () => undefined);
      if (searched) later(query, filters);
      else {
        searched = true;
        void full(query, filters);
      }
    },
    async showMore() {
      if (!current) return false;
      const mine = ticket;
      const { outcome } = current;
      const more = outcome.hits.slice(current.shown, current.shown + options.shown);
      current.shown += more.length;
      list.append(...more.map((hit) => renderHit(hit, outcome.query, outcome.phrases, ui)));
      const remain = current.shown < outcome.hits.length;
      await excerpts(mine, more, outcome);
      return remain;
    },
  };
}
