import { createHash } from 'node:crypto';
import type { BlockNode, Model, PolicyDocument } from '../../src/schema/model.ts';

/** One translatable piece of a document: its stable id and the source text. */
export interface Segment {
  id: string;
  text: string;
}

export function sourceHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * Every piece of text of a document that a reader sees, in reading order: its metadata fields, then
 * its blocks. Ids are the anchors the pages use, so a translation stays attached to its place in the
 * text. A task line of a task list is two segments (what is to be done, and who does it), because the
 * site shows them apart.
 */
export function segmentsOf(document: PolicyDocument, model: Model): Segment[] {
  const segments: Segment[] = [];
  const add = (id: string, text: string | undefined) => {
    if (text !== undefined && text !== '') segments.push({ id, text });
  };
  add('meta-title', document.title);
  add('meta-short-title', document.shortTitle);
  document.issuers.forEach((issuer, index) => add(`meta-issuer-${index + 1}`, issuer));
  add('meta-doc-number', document.docNumber);
  add('meta-date-note', document.dateNote);
  add('meta-status', document.status);
  add('meta-batch', document.batch);
  add('meta-provenance', document.provenance);
  document.relations.forEach((relation, index) => add(`meta-relation-${index + 1}`, relation.note));

  const tasks = new Map(model.tasks.filter((task) => task.list === document.id).map((task) => [task.anchor, task]));
  const walk = (blocks: BlockNode[]) => {
    for (const block of blocks) {
      switch (block.type) {
        case 'paragraph':
        case 'note':
          add(block.id, block.text);
          break;
        case 'outline': {
          const task = tasks.get(block.id);
          if (task) {
            add(block.id, task.title);
            add(`${block.id}-assignment`, task.assignment.raw);
          } else {
            add(block.id, block.title);
            add(`${block.id}-lead`, block.lead);
          }
          walk(block.children);
          break;
        }
        case 'annex':
          add(block.id, block.title);
          walk(block.children);
          break;
        case 'table':
          block.columns.forEach((column, index) => add(`${block.id}-col-${index + 1}`, column));
          for (const group of block.groups) {
            add(group.id, group.title);
            for (const row of group.rows) row.cells.forEach((cell, index) => add(`${row.id}-c${index + 1}`, cell));
          }
          break;
      }
    }
  };
  walk(document.blocks);
  return segments;
}
