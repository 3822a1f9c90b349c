import type { PolicyDocument } from '../../src/schema/model.ts';
import type { ParsedDocument } from '../parse/parse-seed.ts';

const INVERSE = { contains: 'contained-in', implements: 'implemented-by', interprets: 'interpreted-by', related: 'related' } as const;

/** Document entities with their relations made two-way. */
export function buildDocuments(parsed: ParsedDocument[]): PolicyDocument[] {
  const documents: PolicyDocument[] = parsed.map((document, order) => {
    const entry = document.entry;
    return {
      id: entry.id,
      title: entry.title,
      titleEditorial: !entry.heading,
      ...(entry.heading ? { heading: entry.heading } : {}),
      shortTitle: entry.shortTitle,
      kind: entry.kind,
      lang: document.seed.lang,
      issuers: entry.issuers,
      ...(entry.docNumber ? { docNumber: entry.docNumber } : {}),
      ...(entry.date ? { date: entry.date } : {}),
      ...(entry.dateNote ? { dateNote: entry.dateNote } : {}),
      ...(entry.status ? { status: entry.status } : {}),
      ...(entry.batch ? { batch: entry.batch } : {}),
      provenance: document.seed.provenance,
      seedFile: document.seed.file,
      order,
      truncated: entry.truncated,
      translationPending: entry.translationPending,
      relations: entry.relations.map((relation) => ({ type: relation.type, target: relation.target, editorial: relation.editorial, ...(relation.note ? { note: relation.note } : {}) })),
      cleaning: [...document.repairs.map((repair) => ({ rule: 'encoding', changes: 1, lines: [], examples: [], removed: [], reason: repair })), ...document.cleaning],
      blocks: document.blocks,
    };
  });
  for (const document of documents) {
    for (const relation of [...document.relations]) {
      const target = documents.find((other) => other.id === relation.target)!;
      const type = INVERSE[relation.type as keyof typeof INVERSE];
      if (!type || target.relations.some((existing) => existing.target === document.id)) continue;
      target.relations.push({ type, target: document.id, editorial: relation.editorial, ...(relation.note ? { note: relation.note } : {}) });
    }
  }
  return documents;
}
