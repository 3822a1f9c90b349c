/** The components the generated MDX uses, by the names it uses (./names.ts). */
import type { DocumentComponent } from './names.ts';
import Annex from './Annex.astro';
import AnnexTable from './AnnexTable.astro';
import Cell from './Cell.astro';
import GroupRow from './GroupRow.astro';
import Note from './Note.astro';
import Para from './Para.astro';
import Row from './Row.astro';
import RowGroup from './RowGroup.astro';
import Section from './Section.astro';
import TableHead from './TableHead.astro';
import Task from './Task.astro';
import Title from './Title.astro';

export const documentComponents = { Annex, AnnexTable, Cell, GroupRow, Note, Para, Row, RowGroup, Section, TableHead, Task, Title } satisfies Record<DocumentComponent, unknown>;
