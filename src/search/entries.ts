/** Each entity page's search entry (see facets.ts): what results show about it and how facets narrow to it. */
import type { PageContext } from '../i18n/context.ts';
import type { SiteData } from '../lib/data.ts';
import type { LocalizedDocument, LocalizedLocalTask, LocalizedTask } from '../schema/localized.ts';
import type { Instrument } from '../schema/model.ts';
import { instrumentAliases } from '../lib/citations.ts';
import { categoryIds, routes } from '../lib/routes.ts';
import type { SearchEntry } from './facets.ts';

/** The places a task concerns: as its city pages list it (named, through a city, or collectively). */
function placesOfTask(taskId: string, data: SiteData): string[] {
  return data.places
    .filter((place) => place.namedTasks.includes(taskId) || place.cityTasks.includes(taskId) || place.collectiveTasks.includes(taskId))
    .map((place) => place.id);
}

export function taskEntry(task: LocalizedTask, data: SiteData, context: PageContext): SearchEntry {
  return {
    type: 'task',
    document: task.list,
    cities: placesOfTask(task.id, data),
    level: task.level,
    category: categoryIds.searchFilter(task.list, task.category),
    label: context.t.task(task.number),
    assignees: context.taskAssignment(task),
    number: task.number,
  };
}

/** A local plan's task: its plan's place (and province), and the level and category of the national task it adopts. */
export function localTaskEntry(local: LocalizedLocalTask, adopted: LocalizedTask, label: string, data: SiteData, context: PageContext): SearchEntry {
  const places = data.places.filter((place) => place.plans.includes(local.document));
  const provinces = places.flatMap((place) => (place.province ? [place.province] : []));
  return {
    type: 'task',
    document: local.document,
    cities: [...places.map((place) => place.id), ...provinces],
    level: adopted.level,
    category: categoryIds.searchFilter(adopted.list, adopted.category),
    label: pendingLabel(label, data.documents.find((document) => document.id === local.document)?.data, context),
    assignees: context.english ? local.en.assignment : local.assignment,
    adopts: routes.task(adopted.list, adopted.number),
    number: local.number,
  };
}

/**
 * A document: its kind, and its number when the number is its own (the notice's 商资发〔2024〕314号;
 * the Opinions and the Task List carry the same number because they were issued with the notice).
 */
export function documentEntry(document: LocalizedDocument, context: PageContext): SearchEntry {
  const text = context.documentText(document);
  const ownNumber = text.docNumber && !document.relations.some((relation) => relation.type === 'contained-in');
  return { type: 'document', document: document.id, label: pendingLabel([context.t.kind[document.kind], ownNumber ? text.docNumber : undefined].filter(Boolean).join(' · '), document, context), aliases: document.aliases };
}

/** A result from a document awaiting translation says so in its label (the page shows the original language). */
function pendingLabel(label: string, document: Parameters<PageContext['untranslated']>[0] | undefined, context: PageContext): string {
  return document && context.untranslated(document) ? `${label} · ${context.t.pendingLabel}` : label;
}

/** An instrument the texts cite: its kind as the result's label; its other names (abbreviation, merged names and the other language's name) found by search. */
export function instrumentEntry(instrument: Instrument, context: PageContext): SearchEntry {
  const other = context.otherName(instrument);
  return { type: 'instrument', label: context.t.instruments.kind[instrument.kind], aliases: [...instrumentAliases(instrument), { text: other.text, lang: other.lang }] };
}
