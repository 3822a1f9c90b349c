/**
 * Renders hits as list items. A hit's link opens the exact page (with `?highlight=` so the page marks
 * the query); its sub-results link to the paragraph, section or task line that matched.
 */
import { SEARCH_UI, type SearchUi } from '../../i18n/search-ui.ts';
import { markRanges } from '../forms.ts';
import type { Edition, Hit } from './engine.ts';

/** The interface text for a form's edition (its data-edition). */
export function uiOf(form: HTMLElement): { edition: Edition; ui: SearchUi } {
  const edition: Edition = form.dataset.edition === 'en' ? 'en' : 'zh';
  return { edition, ui: SEARCH_UI[edition] };
}

export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** A result URL that asks the target page to highlight the query (before any #anchor). */
function withHighlight(url: string, query: string): string {
  const target = new URL(url, location.href);
  target.searchParams.set('highlight', query);
  return `${target.pathname}${target.search}${target.hash}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const LANG: Record<Edition, string> = { zh: 'zh-Hans', en: 'en' };

/**
 * Text with what the reader typed marked: built from text nodes and <mark> elements only, whatever the
 * text holds (excerpts come from pages that republish outside sources: nothing in them becomes markup).
 */
function marked(text: string, phrases: readonly string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const range of markRanges(text, phrases)) {
    if (range.start > at) fragment.append(text.slice(at, range.start));
    fragment.append(element('mark', '', text.slice(range.start, range.end)));
    at = range.end;
  }
  if (at < text.length) fragment.append(text.slice(at));
  return fragment;
}

export function renderHit(hit: Hit, query: string, phrases: readonly string[], ui: SearchUi): HTMLLIElement {
  const item = element('li', 'hit');
  item.dataset.type = hit.row.type;
  item.dataset.key = hit.key;
  const link = element('a', 'hit-link', hit.page.title);
  link.href = withHighlight(hit.url, query);
  link.lang = hit.page.folded ? 'zh-Hant' : LANG[hit.edition];
  item.append(link);

  const meta = element('p', 'hit-meta');
  meta.append(element('span', 'badge', ui.type[hit.row.type]));
  if (hit.page.label) meta.append(element('span', 'hit-label', hit.page.label));
  if (hit.page.assignees) meta.append(element('span', 'hit-assignees', hit.page.assignees));
  meta.append(element('span', 'hit-edition', ui.edition[hit.edition]));
  item.append(meta);
  fillExcerpt(item, hit, query, phrases, ui);

  if (hit.other) {
    const other = element('a', 'hit-other', hit.other.edition === 'en' ? ui.otherEdition : ui.otherEditionZh);
    other.href = withHighlight(hit.other.url, query);
    other.hreflang = LANG[hit.other.edition];
    const line = element('p', 'hit-meta');
    line.append(other);
    item.append(line);
  }
  return item;
}

/** Puts a hit's excerpt and sub-results into its list item, once they are loaded (before its other-edition line). */
export function fillExcerpt(item: HTMLLIElement, hit: Hit, query: string, phrases: readonly string[], ui: SearchUi): void {
  if (hit.excerpt === undefined || item.querySelector('.hit-excerpt')) return;
  const added: HTMLElement[] = [];
  const excerpt = element('p', 'hit-excerpt');
  excerpt.append(marked(hit.excerpt, phrases));
  excerpt.lang = LANG[hit.edition];
  added.push(excerpt);
  if (hit.row.traditional && hit.edition === 'zh') added.push(element('p', 'hit-note', ui.folded));
  if (hit.subHits.length > 0) {
    const subs = element('ul', 'hit-subs');
    for (const sub of hit.subHits) {
      const entry = element('li', '');
      const subLink = element('a', 'hit-sub', sub.title);
      subLink.href = withHighlight(sub.url, query);
      const subExcerpt = element('span', 'hit-sub-excerpt');
      subExcerpt.append(marked(sub.excerpt, phrases));
      entry.append(subLink, ' ', subExcerpt);
      subs.append(entry);
    }
    added.push(subs);
  }
  const otherLine = item.querySelector('.hit-other')?.parentElement;
  if (otherLine) otherLine.before(...added);
  else item.append(...added);
}
