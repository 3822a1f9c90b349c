import { primaryTaskList, type AliasInput } from '../share/aliases.ts';

/**
 * The atlas of a task list, as the parameter of routes.atlas(): none for the first list, whose atlas
 * keeps the address it always had (/explore/atlas/); later batches get /explore/atlas/{list}/.
 */
export function atlasList(documents: AliasInput['documents'], list: string): string | undefined {
  return list === primaryTaskList(documents) ? undefined : list;
}
