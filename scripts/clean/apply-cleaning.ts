import type { CleaningRule } from '../../src/schema/manifest.ts';
import type { CleaningReport } from '../../src/schema/model.ts';
import type { SourceLine } from '../lib/source-line.ts';
import { joinBrokenLines } from './broken-lines.ts';
import { joinExtractionSpaces } from './extraction-spaces.ts';
import { cutPageFurniture } from './page-furniture.ts';
import { removePinyinGlosses } from './pinyin-gloss.ts';
import { splitRunInParagraphs } from './run-in-paragraphs.ts';
import type { CleaningResult } from './report.ts';

/** Runs the rules a seed declares, in the declared order, and returns what each one did. */
export function applyCleaning(
  lines: SourceLine[],
  rules: CleaningRule[],
  file: string,
): { lines: SourceLine[]; reports: CleaningReport[] } {
  const reports: CleaningReport[] = [];
  let current = lines;
  for (const rule of rules) {
    const result = applyRule(current, rule, file);
    current = result.lines;
    reports.push(result.report);
  }
  return { lines: current, reports };
}

function applyRule(lines: SourceLine[], rule: CleaningRule, file: string): CleaningResult {
  switch (rule.rule) {
    case 'pinyin-gloss':
      return removePinyinGlosses(lines);
    case 'run-in-paragraphs':
      return splitRunInParagraphs(lines);
    case 'extraction-spaces':
      return joinExtractionSpaces(lines, rule.keep);
    case 'broken-lines':
      return joinBrokenLines(lines);
    case 'page-furniture':
      return cutPageFurniture(lines, rule, file);
  }
}
