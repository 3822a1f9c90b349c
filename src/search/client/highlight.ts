/**
 * Marks the query on a page opened from a search result (`?highlight=…`). Loaded by the page's inline
 * bootstrap only when that parameter is present. The page text is folded to Simplified script the way
 * the index was (one character for one, so positions hold), so a query finds its words on a
 * Traditional-script page too. Then the parameter is dropped from the address, which stays shareable.
 */
import { markRanges } from '../forms.ts';
import { foldScript, queryPhrases } from '../terms.ts';
import { foldMap } from './fold.ts';

const url = new URL(location.href);
const query = url.searchParams.get('highlight') ?? '';
const root = document.querySelector<HTMLElement>('main article') ?? document.querySelector('main');

async function highlight(): Promise<void> {
  if (!query.trim() || !root) return;
  const map = foldMap();
  // The reader's runs as typed (a Chinese run whole: 家电 marks 家电, not every 家 and 电), English
  // words whole ("national" is not marked inside "international").
  const words = queryPhrases(query, map);
  if (words.length === 0) return;
  const fold = (text: string) => foldScript(text, map);
  const texts: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('script, style, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    // Folding maps one character to one, so offsets in the folded text are offsets in the page's.
    const ranges = markRanges(text.data, words, fold).map((range): [number, number] => [range.start, range.end]);
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
