/** The JSON-LD of each page kind, in the page's edition (see json-ld.ts for the choice of types). */
import type { PageContext } from '../../i18n/context.ts';
import type { LocalizedLocalTask, LocalizedMeasure, LocalizedTask } from '../../schema/localized.ts';
import { must, type DocumentCollectionEntry, type SiteData } from '../data.ts';
import { routes } from '../routes.ts';
import { areas, organizations, type LdNode } from './json-ld.ts';

/** Makes an absolute URL of a site path in the page's edition. */
export type Absolute = (path: string) => string;

/** The short reference to a document that parts point to with isPartOf. */
function documentRef(context: PageContext, document: DocumentCollectionEntry['data'], absolute: Absolute): LdNode {
  const text = context.documentText(document);
  return { '@type': document.kind === 'interpretation' ? 'Article' : 'Legislation', '@id': absolute(routes.document(document.id)), name: text.title, legislationIdentifier: document.kind === 'interpretation' ? undefined : document.docNumber };
}

export function documentLd(context: PageContext, entry: DocumentCollectionEntry, data: SiteData, absolute: Absolute, originalUrl: string): LdNode {
  const document = entry.data;
  const text = context.documentText(document);
  const url = absolute(routes.document(document.id));
  const interpreted = document.relations.filter((relation) => relation.type === 'interprets').map((relation) => documentRef(context, must(data.documents, relation.target, 'document').data, absolute));
  const common: LdNode = {
    '@id': url,
    url,
    name: text.title,
    alternateName: context.otherTitle(document).text,
    inLanguage: text.lang,
    datePublished: document.date,
    isPartOf: document.relations.filter((relation) => relation.type === 'contained-in').map((relation) => documentRef(context, must(data.documents, relation.target, 'document').data, absolute)),
    hasPart: document.relations.filter((relation) => relation.type === 'contains').map((relation) => documentRef(context, must(data.documents, relation.target, 'document').data, absolute)),
    translationOfWork: text.original ? undefined : { '@id': originalUrl },
    creativeWorkStatus: text.status,
  };
  if (document.kind === 'interpretation') return { '@type': 'Article', ...common, author: organizations(text.issuers), about: interpreted };
  const jurisdiction = data.places.filter((place) => place.plans.includes(document.id)).map((place) => context.name(place));
  return {
    '@type': 'Legislation',
    ...common,
    legislationIdentifier: document.docNumber,
    legislationDate: document.date,
    legislationType: context.t.kind[document.kind],
    legislationPassedBy: organizations(text.issuers),
    legislationJurisdiction: jurisdiction[0],
  };
}

export function taskLd(context: PageContext, task: LocalizedTask, data: SiteData, absolute: Absolute): LdNode {
  const document = must(data.documents, task.list, 'document').data;
  return {
    '@type': 'Legislation',
    '@id': absolute(routes.task(task.list, task.number)),
    url: absolute(routes.task(task.list, task.number)),
    name: context.taskTitle(task),
    alternateName: context.otherTaskTitle(task).text,
    inLanguage: context.lang,
    legislationIdentifier: context.t.task(task.number),
    legislationType: context.t.level[task.level],
    isPartOf: documentRef(context, document, absolute),
    spatialCoverage: areas(task.assignment.places.map((id) => must(data.places, id, 'place')).map((place) => ({ name: context.name(place), url: absolute(routes.place(place.id)) }))),
    datePublished: document.date,
  };
}

export function localTaskLd(context: PageContext, local: LocalizedLocalTask, data: SiteData, absolute: Absolute): LdNode {
  const document = must(data.documents, local.document, 'document').data;
  const adopted = must(data.tasks, local.adopts, 'task');
  return {
    '@type': 'Legislation',
    '@id': absolute(routes.task(local.document, local.number)),
    url: absolute(routes.task(local.document, local.number)),
    name: context.localContent(local),
    alternateName: context.otherLocalContent(local).text,
    inLanguage: context.lang,
    legislationIdentifier: context.t.localTask(local.number),
    isPartOf: documentRef(context, document, absolute),
    isBasedOn: { '@type': 'Legislation', '@id': absolute(routes.task(adopted.list, adopted.number)), name: context.taskTitle(adopted) },
    spatialCoverage: areas(data.places.filter((place) => place.plans.includes(local.document)).map((place) => ({ name: context.name(place), url: absolute(routes.place(place.id)) }))),
  };
}

export function measureLd(context: PageContext, measure: LocalizedMeasure, data: SiteData, absolute: Absolute): LdNode {
  const document = must(data.documents, measure.document, 'document').data;
  return {
    '@type': 'Legislation',
    '@id': absolute(routes.measure(measure.document, measure.key)),
    url: absolute(routes.measure(measure.document, measure.key)),
    name: context.measureTitle(measure),
    alternateName: context.otherMeasureTitle(measure, document.lang).text,
    inLanguage: context.lang,
    legislationIdentifier: context.english ? `(${measure.number})` : measure.marker,
    isPartOf: documentRef(context, document, absolute),
    datePublished: document.date,
  };
}
