/**
 * The sentence control of a document page (progressive: without it every sentence still has its anchor,
 * and opening one marks it by CSS `:target`). The control is the page's `<template data-sentence-tools>`
 * (src/components/share/SentenceTools.astro: its words, the document's citation fields), placed under
 * the paragraph of the sentence it is about:
 * - a click or tap on a sentence, or the paragraph's ¶ link (by keyboard too: Tab then reaches the
 *   control), opens it on that sentence (on the ¶'s paragraph, its first); ‹ › move it through the paragraph;
 * - a selection inside one sentence makes "Copy link" copy the selection as a text fragment as well;
 * - "Copy link" and "Copy citation" copy and say so in the page's live region (#copy-status); Escape closes it.
 * Opening a sentence anchor the edition lacks (the other edition's count of a paragraph's sentences can
 * differ) marks the paragraph instead; a text fragment a browser did not read leads to its sentence.
 */
import { readerToday } from './reader-today.ts';
import { SENTENCE_ANCHOR, sentenceBase } from './sentence-anchor.ts';
import { sentenceCitation, sentenceUrl, type SentenceSource } from './sentence-link.ts';

const template = document.querySelector<HTMLTemplateElement>('template[data-sentence-tools]');
const text = document.querySelector<HTMLElement>('.doc-text');
const status = document.getElementById('copy-status');

const isSentence = (element: Element | null): element is HTMLElement => element instanceof HTMLElement && element.tagName === 'SPAN' && SENTENCE_ANCHOR.test(element.id);
const sentenceOf = (node: Node | null): HTMLElement | undefined => {
  const element = node instanceof Element ? node : node?.parentElement;
  const span = element?.closest('span[id]') ?? null;
  return isSentence(span) && text?.contains(span) ? span : undefined;
};
const sentencesIn = (paragraph: Element): HTMLElement[] => [...paragraph.querySelectorAll('span[id]')].filter(isSentence);

/** The element a hash names; for a sentence anchor this edition lacks, the paragraph holding the same base. */
function landing(hash: string): { element: HTMLElement; exact: boolean } | undefined {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, '')).split(':~:')[0]!;
  } catch {
    return undefined;
  }
  if (!id) return undefined;
  const element = document.getElementById(id);
  if (element) return { element, exact: true };
  const base = sentenceBase(id);
  const first = base ? [...(text?.querySelectorAll('span[id]') ?? [])].find((span) => span.id.startsWith(`${base}-`) && isSentence(span)) : undefined;
  const paragraph = first?.closest<HTMLElement>('.para, .note');
  return paragraph ? { element: paragraph, exact: false } : undefined;
}

/** Arrival: `:target` marks an anchor the page has; this marks what it cannot (see above). */
function arrive(): void {
  document.querySelectorAll('.is-target').forEach((element) => element.classList.remove('is-target'));
  const found = landing(location.hash);
  if (!found || (found.exact && location.hash.indexOf(':~:') === -1)) return;
  found.element.classList.add('is-target');
  found.element.scrollIntoView({ block: 'start' });
}
arrive();
window.addEventListener('hashchange', arrive);

if (template && text && status && navigator.clipboard) {
  const words = template.dataset;
  const source = JSON.parse(words.cite!) as SentenceSource;
  const tools = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  const button = (name: string) => tools.querySelector<HTMLButtonElement>(`[data-sentence="${name}"]`)!;
  const position = tools.querySelector<HTMLElement>('[data-position]')!;
  let current: HTMLElement | undefined;
  /** Text selected inside the current sentence, kept while the control's buttons are used. */
  let selected = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const say = (message: string) => {
    status.textContent = message;
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = ''), 2500);
  };

  const open = (sentence: HTMLElement, selection = '') => {
    current?.classList.remove('sentence-current');
    current = sentence;
    selected = selection;
    sentence.classList.add('sentence-current');
    const all = sentencesIn(sentence.parentElement!);
    const index = all.indexOf(sentence);
    position.textContent = position.dataset.position!.replace('{n}', String(index + 1)).replace('{m}', String(all.length));
    button('previous').setAttribute('aria-disabled', String(index === 0));
    button('next').setAttribute('aria-disabled', String(index === all.length - 1));
    button('link').textContent = selected ? words.linkSelection! : words.link!;
    if (sentence.parentElement!.nextElementSibling !== tools) sentence.parentElement!.after(tools);
  };
  const close = () => {
    current?.classList.remove('sentence-current');
    current = undefined;
    selected = '';
    tools.remove();
  };
  const step = (by: number) => {
    if (!current) return;
    const all = sentencesIn(current.parentElement!);
    const next = all[all.indexOf(current) + by];
    if (!next) return;
    open(next);
    next.scrollIntoView({ block: 'nearest' });
  };
  const copy = (value: string, done: string) => navigator.clipboard.writeText(value).then(() => say(done), () => undefined);

  // A mouse press on a button would end the selection the link is to carry.
  tools.addEventListener('mousedown', (event) => event.preventDefault());
  tools.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLButtonElement>('button[data-sentence]');
    if (!action || !current || action.getAttribute('aria-disabled') === 'true') return;
    const name = action.dataset.sentence;
    if (name === 'previous') step(-1);
    else if (name === 'next') step(1);
    else if (name === 'link') void copy(sentenceUrl(location.href, current.id, selected), selected ? words.selectionCopied! : words.linkCopied!);
    else if (name === 'cite') {
      const url = sentenceUrl(location.href, current.id);
      void copy(sentenceCitation(current.textContent ?? '', { source, url, accessed: readerToday(), locale: words.locale === 'en' ? 'en' : 'zh', siteName: words.siteName!, note: words.note ?? '' }), words.citeCopied!);
    }
  });
  tools.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const permalink = current?.closest('.para, .note')?.querySelector<HTMLElement>('a.permalink');
    close();
    permalink?.focus();
  });
  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (tools.contains(target)) return;
    const permalink = target.closest('a.permalink');
    const paragraph = permalink?.parentElement;
    if (permalink instanceof HTMLElement && paragraph && text.contains(paragraph)) {
      const first = sentencesIn(paragraph)[0];
      if (!first) return;
      open(first);
      // Going to the anchor moves the keyboard's place to the paragraph's start, so Tab would land on
      // the ¶ again; kept on the ¶, Tab goes on into the control below the paragraph.
      if (document.activeElement === permalink) requestAnimationFrame(() => permalink.focus({ preventScroll: true }));
      return;
    }
    const sentence = sentenceOf(target);
    if (sentence && !target.closest('a, button') && document.getSelection()?.isCollapsed !== false) return open(sentence);
    if (!sentence) close();
  });
  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const start = sentenceOf(selection.anchorNode);
    if (start && start === sentenceOf(selection.focusNode)) open(start, selection.toString());
    else if (current && selected) open(current);
  });
}
