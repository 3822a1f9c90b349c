import { inBothEditions } from '../../i18n/locales.ts';
import type { SiteData } from '../data.ts';
import { primaryTaskList, type AliasInput } from '../share/aliases.ts';
import { taskSources } from '../task-sources.ts';

/**
 * The overview pages that chart one task list (the atlas, the statistics) exist once per list: the
 * first list's keep the address they always had (/explore/atlas/), each later batch gets its own
 * (/explore/atlas/{list}/). This is the list's route parameter: none for the first list.
 */
export function listPageParam(documents: AliasInput['documents'], list: string): string | undefined {
  return list === primaryTaskList(documents) ? undefined : list;
}

/** The getStaticPaths entries of such a page: one per task list with tasks, in both editions. */
export function listPagePaths(data: SiteData) {
  const lists = taskSources(data).filter((source) => source.kind === 'list').map((source) => source.document.id);
  return inBothEditions(() => lists.map((list) => ({ params: { list: listPageParam(data.documents, list) }, props: { list, data } })));
}

/** What such a page charts, its list's tasks and categories, and the other lists it names and links (with their task counts). */
export function listPageScope(data: SiteData, list: string) {
  return {
    tasks: data.tasks.filter((task) => task.list === list),
    categories: data.categories.filter((category) => category.list === list),
    otherLists: taskSources(data).filter((source) => source.kind === 'list' && source.document.id !== list),
  };
}
