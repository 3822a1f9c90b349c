/**
 * Renders hits as list items. A hit's link opens the exact page (with `?highlight=` so the page marks
 * the query); its sub-results link to the paragraph, section or task line that matched.
 */
import { SEARCH_UI, type SearchUi } from '../../i18n/search-ui.ts';
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
export function withHighlight(url: string, query: string): string {
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

export function renderHit(hit: Hit, query: string, ui: SearchUi): HTMLLIElement {
  const item = element('li', 'hit');
  item.dataset.type = hit.type;
  const link = element('a', 'hit-link', hit.originalTitle ?? hit.title);
  link.href = withHighlight(hit.url, query);
  link.lang = hit.originalTitle ? 'zh-Hant' : LANG[hit.edition];
  item.append(link);

  const meta = element('p', 'hit-meta');
  const type = element('span', 'badge', ui.type[hit.type as keyof SearchUi['type']] ?? hit.type);
  meta.append(type);
  if (hit.label) meta.append(element('span', 'hit-label', hit.label));
  if (hit.assignees) meta.append(element('span', 'hit-assignees', hit.assignees));
  meta.append(element('span', 'hit-edition', ui.edition[hit.edition]));
  item.append(meta);

  const excerpt = element('p', 'hit-excerpt');
  // Pagefind escapes the page text itself and adds only <mark> elements.
  excerpt.innerHTML = hit.excerpt;
  excerpt.lang = LANG[hit.edition];
  item.append(excerpt);
  if (hit.folded) item.append(element('p', 'hit-note', ui.folded));

  if (hit.subHits.length > 0) {
    const subs = element('ul', 'hit-subs');
    for (const sub of hit.subHits) {
      const entry = element('li', '');
      const subLink = element('a', 'hit-sub', sub.title);
      subLink.href = withHighlight(sub.url, query);
      const subExcerpt = element('span', 'hit-sub-excerpt');
      subExcerpt.innerHTML = sub.excerpt;
      entry.append(subLink, ' ', subExcerpt);
      subs.append(entry);
    }
    item.append(subs);
  }
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
