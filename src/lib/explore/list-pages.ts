import { primaryTaskList, type AliasInput } from '../share/aliases.ts';

/**
 * The overview pages that chart one task list (the atlas, the statistics) exist once per list: the
 * first list's keep the address they always had (/explore/atlas/), each later batch gets its own
 * (/explore/atlas/{list}/). This is the list's route parameter: none for the first list.
 */
export function listPageParam(documents: AliasInput['documents'], list: string): string | undefined {
  return list === primaryTaskList(documents) ? undefined : list;
}
