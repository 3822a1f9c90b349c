/** The citation source of each citable page: a document, a task, a local task, a measure. */
import type { DocumentCollectionEntry } from '../data.ts';
import type { LocalizedLocalTask, LocalizedMeasure, LocalizedTask } from '../../schema/localized.ts';
import type { CiteSource } from './source.ts';

type Document = DocumentCollectionEntry['data'];

/** Who and when, taken from the document (a part inherits them from its document). */
function fromDocument(document: Document) {
  const englishOriginal = document.lang === 'en';
  return {
    lang: document.lang,
    authors: document.issuers,
    authorsEn: englishOriginal ? document.issuers : document.translation.issuers,
    docNumber: document.docNumber,
    date: document.date,
  };
}

const englishTitle = (document: Document) => (document.lang === 'en' ? undefined : document.translation.title);

export function documentSource(document: Document, url: string, accessed: string): CiteSource {
  return { key: document.id, ...fromDocument(document), title: document.title, titleEn: englishTitle(document), url, accessed };
}

export function taskSource(task: LocalizedTask, document: Document, url: string, accessed: string): CiteSource {
  return {
    key: `${task.list}-task-${task.number}`,
    ...fromDocument(document),
    title: task.title,
    titleEn: task.en.title,
    part: { label: `任务${task.number}`, labelEn: `Task ${task.number}` },
    container: { title: document.title, titleEn: englishTitle(document) },
    url,
    accessed,
  };
}

export function localTaskSource(local: LocalizedLocalTask, document: Document, url: string, accessed: string): CiteSource {
  return {
    key: `${local.document}-item-${local.number}`,
    ...fromDocument(document),
    title: local.content,
    titleEn: local.en.content,
    part: { label: `附件第${local.number}项`, labelEn: `Annex item ${local.number}` },
    container: { title: document.title, titleEn: englishTitle(document) },
    url,
    accessed,
  };
}

export function measureSource(measure: LocalizedMeasure, document: Document, url: string, accessed: string): CiteSource {
  return {
    key: `${measure.document}-measure-${measure.key}`,
    ...fromDocument(document),
    title: measure.title,
    titleEn: document.lang === 'en' ? undefined : measure.en.title,
    part: { label: `${measure.parent?.marker ?? ''}${measure.marker}`, labelEn: `(${measure.number})` },
    container: { title: document.title, titleEn: englishTitle(document) },
    url,
    accessed,
  };
}
