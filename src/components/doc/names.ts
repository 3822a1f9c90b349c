/**
 * The components the emitted MDX may use, by the names it writes (scripts/emit/document-mdx.ts writes
 * nothing else; ./index.ts provides each).
 */
export const DOCUMENT_COMPONENTS = ['Annex', 'AnnexTable', 'Cell', 'GroupRow', 'Note', 'Para', 'Row', 'RowGroup', 'Section', 'TableHead', 'Task', 'Title'] as const;
export type DocumentComponent = (typeof DOCUMENT_COMPONENTS)[number];
