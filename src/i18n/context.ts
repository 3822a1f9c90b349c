/**
 * What a page needs to speak one edition's language: interface strings, links inside the edition,
 * and the name of every entity in that language (with the other language's name beside it).
 */
import type { CollectionEntry } from 'astro:content';
import { href } from '../lib/routes.ts';
import type { LocalizedCategory, LocalizedLocalTask, LocalizedMeasure, LocalizedTask } from '../schema/localized.ts';
import { HTML_LANG, localePath, showsOriginal, type Locale } from './locales.ts';
import { UI } from './ui.ts';

type DocumentData = CollectionEntry<'documents'>['data'];

/** A text with the `lang` it is written in, for mixed-language fragments. */
export interface Text {
  text: string;
  lang: string;
}

export function pageContext(locale: Locale) {
  const english = locale === 'en';
  const t = UI[locale];
  /** Is the document's original text in this edition's language? */
  const isOriginal = (document: DocumentData) => showsOriginal(locale, document.lang);
  const documentText = (document: DocumentData) => {
    const original = isOriginal(document);
    const translation = document.translation;
    return {
      original,
      lang: original ? document.lang : translation.lang,
      title: original ? document.title : translation.title,
      shortTitle: original ? document.shortTitle : translation.shortTitle,
      // Issuers are departments: English pages name them as the department pages do.
      issuers: english ? document.en.issuers : original ? document.issuers : translation.issuers,
      docNumber: original ? document.docNumber : translation.docNumber,
      dateNote: original ? document.dateNote : translation.dateNote,
      status: original ? document.status : translation.status,
      provenance: original ? document.provenance : translation.provenance,
      relationNote: (index: number) => (original ? document.relations[index]?.note : (translation.relationNotes[index] ?? undefined)),
    };
  };
  /** The same document's title in the other language. */
  const otherTitle = (document: DocumentData): Text =>
    isOriginal(document) ? { text: document.translation.title, lang: document.translation.lang } : { text: document.title, lang: document.lang };

  const zhName = { text: '', lang: 'zh-Hans' };
  return {
    locale,
    english,
    t,
    lang: HTML_LANG[locale],
    /** A link inside this edition. */
    link: (path: string, hash?: string) => href(localePath(locale, path), hash),
    documentText,
    otherTitle,
    /** Declared awaiting translation, and this edition is the other language's: its pages show the original. */
    untranslated: (document: DocumentData) => document.translation.pending && !isOriginal(document),
    docTitle: (document: DocumentData) => documentText(document).title,
    docShortTitle: (document: DocumentData) => documentText(document).shortTitle,
    /** Name of a place or department in this edition. */
    name: (entity: { name: string; en: { name: string } }) => (english ? entity.en.name : entity.name),
    /** The name in the other language, with its lang. */
    otherName: (entity: { name: string; en: { name: string } }): Text => (english ? { ...zhName, text: entity.name } : { text: entity.en.name, lang: 'en' }),
    taskTitle: (task: LocalizedTask) => (english ? task.en.title : task.title),
    taskAssignment: (task: LocalizedTask) => (english ? task.en.assignment : task.assignment.raw),
    otherTaskTitle: (task: LocalizedTask): Text => (english ? { ...zhName, text: task.title } : { text: task.en.title, lang: 'en' }),
    localContent: (task: LocalizedLocalTask) => (english ? task.en.content : task.content),
    otherLocalContent: (task: LocalizedLocalTask): Text => (english ? { ...zhName, text: task.content } : { text: task.en.content, lang: 'en' }),
    measureTitle: (measure: LocalizedMeasure) => (english ? measure.en.title : measure.title),
    /** A measure's title in the other language; in Chinese, in the script of its document (`sourceLang`). */
    otherMeasureTitle: (measure: LocalizedMeasure, sourceLang: string): Text => (english ? { text: measure.title, lang: sourceLang } : { text: measure.en.title, lang: 'en' }),
    categoryName: (category: LocalizedCategory) => (english ? (category.en.title ?? category.en.partTitle) : (category.title ?? category.partTitle)),
    categoryPart: (category: LocalizedCategory) => (english ? category.en.partTitle : category.partTitle),
    /** Measure markers and numbers are printed as in the source on Chinese pages, as (8) on English ones. */
    marker: (marker: string, number?: number) => (english && number !== undefined ? `(${number}) ` : marker),
  };
}

export type PageContext = ReturnType<typeof pageContext>;
