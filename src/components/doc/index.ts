/** The components the generated MDX uses, by the names it uses (see scripts/emit/document-mdx.ts). */
import type { DocumentComponent } from '../../../scripts/emit/document-mdx.ts';
import Annex from './Annex.astro';
import AnnexTable from './AnnexTable.astro';
import Cell from './Cell.astro';
import GroupRow from './GroupRow.astro';
import Note from './Note.astro';
import Para from './Para.astro';
import Row from './Row.astro';
import Section from './Section.astro';
import Task from './Task.astro';
import Title from './Title.astro';

export const documentComponents = { Annex, AnnexTable, Cell, GroupRow, Note, Para, Row, Section, Task, Title } satisfies Record<DocumentComponent, unknown>;
