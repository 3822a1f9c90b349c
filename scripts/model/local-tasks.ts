import type { AnnexNode, LocalTask, NoteNode, TableNode, Task } from '../../src/schema/model.ts';
import { SeedError } from '../lib/seed-error.ts';
import type { ParsedDocument } from '../parse/parse-seed.ts';
import { splitDepartments } from './department-names.ts';
import { comparable } from './walk.ts';

/** The rows of a local plan's annex table, each matched by its text to the national task it adopts. */
export function buildLocalTasks(document: ParsedDocument, nationalTasks: Task[]): LocalTask[] {
  const spec = document.entry.annex!.table;
  const annex = document.blocks.find((block): block is AnnexNode => block.type === 'annex');
  const table = annex?.children.find((block): block is TableNode => block.type === 'table');
  if (!annex || !table) throw new SeedError(`seeds/${document.seed.file}`, undefined, `the annex table of "${document.entry.id}" was not parsed`);
  const notes = annex.children.filter((block): block is NoteNode => block.type === 'note');
  const column = (name: string) => spec.columns.indexOf(name);
  const candidates = nationalTasks.filter((task) => spec.adopts.includes(task.list));

  return table.groups.flatMap((group) =>
    group.rows.map((row): LocalTask => {
      const number = Number(row.cells[column(spec.roles.number)]);
      const content = row.cells[column(spec.roles.content)]!;
      const matches = candidates.filter((task) => comparable(task.title) === comparable(content));
      const adopted = matches[0];
      if (!adopted) {
        throw new SeedError(row.source.file, row.source.line, `row ${number} of the annex table ("${content.slice(0, 24)}…") matches no task of ${spec.adopts.map((id) => `"${id}"`).join(' or ')} word for word`);
      }
      // Two batches may print the same task: the row cannot say which one it takes.
      if (matches.length > 1) {
        throw new SeedError(row.source.file, row.source.line, `row ${number} of the annex table matches tasks of several lists word for word (${matches.map((task) => `${task.list} ${task.number}`).join(', ')})`);
      }
      const leadRaw = row.cells[column(spec.roles.lead)]!;
      const responsibleRaw = row.cells[column(spec.roles.responsible)]!;
      const lead = leadRaw === spec.empty ? [] : splitDepartments(leadRaw).names;
      const responsible = responsibleRaw === spec.empty ? [] : splitDepartments(responsibleRaw).names;
      if (lead.length === 0) throw new SeedError(row.source.file, row.source.line, `row ${number} of the annex table has no lead unit (${spec.roles.lead})`);
      return {
        id: `${document.entry.id}-${number}`,
        document: document.entry.id,
        number,
        content,
        group: { ordinal: group.ordinal, title: group.title },
        assignment: row.cells[column(spec.roles.assignment)]!,
        lead,
        leadRaw,
        responsible,
        responsibleRaw,
        adopts: adopted.id,
        anchor: row.id,
        notes: notes.filter((note) => rowsNamedIn(note.text).includes(number)).map((note) => note.id),
        source: row.source,
      };
    }),
  );
}

/** Row numbers a note speaks of: 第8、11、12条 → 8, 11, 12; 第8条至第12条 → 8 … 12. */
export function rowsNamedIn(text: string): number[] {
  const rows = new Set<number>();
  for (const match of text.matchAll(/第(\d+)条至第(\d+)条/gu)) {
    for (let row = Number(match[1]); row <= Number(match[2]); row++) rows.add(row);
  }
  for (const match of text.matchAll(/第([\d、]+)条/gu)) {
    for (const value of match[1]!.split('、')) if (value) rows.add(Number(value));
  }
  return [...rows].sort((a, b) => a - b);
}
