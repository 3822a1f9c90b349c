import type { Responsibility } from '../../src/schema/model.ts';
import { splitDepartments } from './department-names.ts';

const BRACKET = /〔([^〔〕]*)〕/gu;

/**
 * Reads the responsibility brackets of an action-plan measure: 〔A、B牵头，C、D等按职责分工负责〕.
 * Each bracket covers the sentences between the previous bracket and itself.
 */
export function readResponsibilities(text: string): Responsibility[] {
  const result: Responsibility[] = [];
  let start = 0;
  for (const match of text.matchAll(BRACKET)) {
    const covers = text.slice(start, match.index).trim();
    start = match.index + match[0].length;
    const inner = match[1]!.replace(/\s+/gu, '');
    const leadSplit = /^(.*?)牵头[,，](.*)$/u.exec(inner);
    const leadText = leadSplit ? leadSplit[1]! : '';
    const restText = (leadSplit ? leadSplit[2]! : inner).replace(/按职责分工负责.*$/u, '');
    const lead = splitDepartments(leadText);
    const rest = splitDepartments(restText);
    result.push({ covers, raw: match[0], lead: lead.names, coResponsible: rest.names, others: [...lead.others, ...rest.others] });
  }
  return result;
}
