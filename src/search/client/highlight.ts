/**
 * Marks the query on a page opened from a search result (`?highlight=…`). Loaded by the page's inline
 * bootstrap only when that parameter is present. The page text is folded to Simplified script the way
 * the index was (one character for one, so positions hold), so a query finds its words on a
 * Traditional-script page too. Then the parameter is dropped from the address, which stays shareable.
 */
import { foldScript, queryPhrases } from '../terms.ts';
import { loadFoldMap } from './engine.ts';

const url = new URL(location.href);
const query = url.searchParams.get('highlight') ?? '';
const root = document.querySelector<HTMLElement>('main article') ?? document.querySelector('main');

async function highlight(): Promise<void> {
  if (!query.trim() || !root) return;
  const map = await loadFoldMap();
  // The reader's runs as typed (a Chinese run whole), longest first: 家电 marks 家电, not every 家 and 电.
  const words = queryPhrases(query, map).sort((a, b) => b.length - a.length);
  if (words.length === 0) return;
  const texts: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('script, style, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    const folded = foldScript(text.data, map).toLowerCase();
    // Offsets only carry over when folding kept the length (it maps one character to one).
    const haystack = folded.length === text.data.length ? folded : text.data.toLowerCase();
    const ranges: Array<[number, number]> = [];
    for (let at = 0; at < haystack.length; ) {
      const word = words.find((candidate) => haystack.startsWith(candidate, at));
      if (word) {
        ranges.push([at, at + word.length]);
        at += word.length;
      } else at += 1;
    }
    // Wrap from the end so earlier offsets stay valid.
    for (const [start, end] of ranges.reverse()) {
      const match = text.splitText(start);
      match.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      match.replaceWith(mark);
      mark.append(match);
    }
  }
  url.searchParams.delete('highlight');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  const first = root.querySelector('mark.search-hit');
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}

void highlight();
