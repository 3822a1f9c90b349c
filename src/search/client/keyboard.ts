/**
 * Keyboard for a search box and its results: ↓ from the box moves to the first result, ↑/↓ move
 * between results (focus moves to the result's link, so Enter opens it as any link), ↑ from the first
 * result returns to the box, Esc calls `onEscape` (close the panel, or clear the box).
 */
export function bindResultKeys(input: HTMLInputElement, results: HTMLElement, onEscape: (from: 'input' | 'results') => void): void {
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a.hit-link')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onEscape('input');
    }
  });
  results.addEventListener('keydown', (event) => {
    const all = links();
    const current = all.findIndex((link) => link === document.activeElement || link.parentElement?.contains(document.activeElement));
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = current + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
      onEscape('results');
    }
  });
}

/** Calls `run` after the reader pauses typing, so each keystroke does not start a search. */
export function debounce<A extends unknown[]>(run: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => run(...args), ms);
  };
}
