/**
 * MUTATION.md from Stryker's JSON reports (reports/mutation/<module>.json): the score of each module,
 * its counts, the score per file and every surviving mutant. The list of survivors judged equivalent is
 * written by hand below the marker line and kept as it is; survivors it names are marked as such, and
 * entries that no longer survive are reported as stale.
 * `node scripts/mutation/report.ts` rewrites the file from the last reports without running Stryker.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { MUTATION_MODULES, reportsDir, type MutationModule } from './modules.ts';

const OUTPUT = 'MUTATION.md';
const HAND_WRITTEN_MARKER = '<!-- Everything below is written by hand and kept by scripts/mutation/report.ts. -->';

type Status = 'Killed' | 'Survived' | 'Timeout' | 'NoCoverage' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
interface Mutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: Status;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}
interface StrykerReport {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

interface Counts {
  killed: number;
  survived: number;
  timeout: number;
  noCoverage: number;
  errors: number;
}

function count(mutants: Mutant[]): Counts {
  const of = (...statuses: Status[]) => mutants.filter((mutant) => statuses.includes(mutant.status)).length;
  return { killed: of('Killed'), survived: of('Survived'), timeout: of('Timeout'), noCoverage: of('NoCoverage'), errors: of('CompileError', 'RuntimeError') };
}

/** Stryker's mutation score: detected (killed or timed out) over valid mutants (errors and ignored left out). */
function score({ killed, survived, timeout, noCoverage }: Counts): number {
  const valid = killed + survived + timeout + noCoverage;
  return valid === 0 ? 100 : ((killed + timeout) / valid) * 100;
}

const percent = (value: number) => `${value.toFixed(1)} %`;
const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
const countCells = (counts: Counts) => [counts.killed, counts.survived, counts.timeout, counts.noCoverage, counts.errors];

/** `file:line:column-line:column Mutator` keys (the mutated span) of the hand-written equivalents list. */
function equivalentKeys(handWritten: string): Set<string> {
  return new Set([...handWritten.matchAll(/^- `([^`\s]+:\d+:\d+-\d+:\d+)` (\w+)/gmu)].map((match) => `${match[1]} ${match[2]}`));
}

const keyOf = (file: string, { location: { start, end }, mutatorName }: Mutant) => `${file}:${start.line}:${start.column}-${end.line}:${end.column} ${mutatorName}`;

function snippet(text: string | undefined): string {
  const flat = (text ?? '').replace(/\s+/gu, ' ').trim();
  const short = flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
  return `\`${short.replaceAll('`', 'ˋ').replaceAll('|', '\\|')}\``;
}

/**
 * The module's last complete report; else the incremental file an interrupted run leaves (Stryker saves
 * the mutants it finished), marked as partial.
 */
async function readReport(module: MutationModule): Promise<(StrykerReport & { partial: boolean }) | undefined> {
  for (const [path, partial] of [[`${reportsDir}/${module.name}.json`, false], [`${reportsDir}/incremental-${module.name}.json`, true]] as const) {
    if (existsSync(path)) return { ...(JSON.parse(await readFile(path, 'utf8')) as StrykerReport), partial };
  }
  return undefined;
}

/** Whether a path (from the report's tables) is one of the module's files: a glob's folder, or a file named exactly. */
function ownedBy(module: MutationModule, path: string): boolean {
  return module.mutate.some((glob) => !glob.startsWith('!') && (glob.includes('*') ? path.startsWith(glob.slice(0, glob.indexOf('*'))) : path === glob));
}

/**
 * A module's rows of the previous MUTATION.md (summary, files, survivors), for a module whose JSON report
 * is not on this machine (reports/ is not committed): its last figures stay until it is run again here.
 */
function previousRows(previous: string, module: MutationModule): { summary?: string; files: string[]; survivors: string[] } {
  const lines = previous.split('\n');
  const pathOf = (line: string) => /^\| `([^`:]+)/u.exec(line)?.[1];
  return {
    summary: lines.find((line) => line.startsWith(`| ${module.name} (`)),
    files: lines.filter((line) => /^\| `[^`:]+` \| \d/u.test(line) && ownedBy(module, pathOf(line)!)),
    survivors: lines.filter((line) => /^\| `[^`\s]+:\d+:\d+-\d+:\d+` \w+ \|/u.test(line) && ownedBy(module, pathOf(line)!)),
  };
}

export async function writeMutationReport({ runtime }: { runtime?: number } = {}): Promise<void> {
  const previous = existsSync(OUTPUT) ? await readFile(OUTPUT, 'utf8') : '';
  const markerAt = previous.indexOf(HAND_WRITTEN_MARKER);
  const handWritten = markerAt >= 0 ? previous.slice(markerAt + HAND_WRITTEN_MARKER.length) : '\n\n## Surviving mutants judged equivalent\n\nNone yet.\n';
  const equivalents = equivalentKeys(handWritten);
  const seen = new Set<string>();

  const summary: string[] = [
    row(['module', 'score', 'killed', 'survived', 'timeout', 'no coverage', 'errors', 'judged equivalent', 'score without them']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  ];
  const perFile: string[] = [row(['file', 'score', 'killed', 'survived', 'timeout', 'no coverage', 'errors']), row(['---', '---:', '---:', '---:', '---:', '---:', '---:'])];
  const survivors: string[] = [];
  for (const module of MUTATION_MODULES) {
    const report = await readReport(module);
    if (!report) {
      const kept = previousRows(previous, module);
      if (!kept.summary) {
        summary.push(row([module.name, 'not run', '', '', '', '', '', '', '']));
        continue;
      }
      summary.push(kept.summary.includes('previous run') ? kept.summary : kept.summary.replace(/^\| ([^|]+?) \|/u, '| $1, *previous run: not re-run here* |'));
      perFile.push(...kept.files);
      for (const line of kept.survivors) {
        const [, where, mutator] = /^\| `([^`]+)` (\w+)/u.exec(line)!;
        seen.add(`${where} ${mutator}`);
        const verdict = equivalents.has(`${where} ${mutator}`) ? 'equivalent (below)' : line.includes('no test runs it') ? '**no test runs it**' : '**not yet killed**';
        survivors.push(line.replace(/\| [^|]+ \|$/u, `| ${verdict} |`));
      }
      continue;
    }
    const files = Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b));
    const all = files.flatMap(([, file]) => file.mutants);
    const moduleEquivalents = files.flatMap(([path, file]) => file.mutants.filter((mutant) => equivalents.has(keyOf(path, mutant)) && mutant.status === 'Survived')).length;
    const counts = count(all);
    const label = `${module.name} (\`${module.mutate.join('`, `')}\`, ${files.length} files)${report.partial ? ', **partial: interrupted run**' : ''}`;
    summary.push(row([label, `**${percent(score(counts))}**`, ...countCells(counts), moduleEquivalents, percent(score({ ...counts, survived: counts.survived - moduleEquivalents }))]));
    for (const [path, file] of files) {
      perFile.push(row([`\`${path}\``, percent(score(count(file.mutants))), ...countCells(count(file.mutants))]));
      const lines = file.source.split('\n');
      for (const mutant of file.mutants.filter((entry) => entry.status === 'Survived' || entry.status === 'NoCoverage')) {
        const key = keyOf(path, mutant);
        seen.add(key);
        const original = lines[mutant.location.start.line - 1]?.trim();
        const verdict = equivalents.has(key) ? 'equivalent (below)' : mutant.status === 'NoCoverage' ? '**no test runs it**' : '**not yet killed**';
        survivors.push(row([`\`${key.replace(' ', '` ')}`, snippet(mutant.replacement), snippet(original), verdict]));
      }
    }
  }
  const stale = [...equivalents].filter((key) => !seen.has(key));

  const text = [
    '# Mutation testing',
    '',
    'Generated by `scripts/mutation/report.ts` from the JSON reports of `npm run mutation` (StrykerJS with its',
    'Vitest runner over the tests in `vitest.mutation.config.ts`); do not edit above the marker line.',
    'The score is Stryker\'s: killed and timed-out mutants over all valid ones (killed, survived, timeout, no',
    'coverage). Target: at least 80 % per module. `npm run mutation -- parse` re-tests one module; results',
    'are incremental (only mutants in changed code or reached by changed tests run again).',
    ...(runtime === undefined ? [] : ['', `Last full run: ${runtime.toFixed(1)} min on this machine (incremental; a run from scratch takes longer).`]),
    '',
    '## Score per module',
    '',
    ...summary,
    '',
    '## Score per file',
    '',
    ...perFile,
    '',
    '## Surviving mutants',
    '',
    ...(survivors.length === 0 ? ['None.'] : [row(['where', 'mutated to', 'original line', 'verdict']), row(['---', '---', '---', '---']), ...survivors]),
    ...(stale.length === 0 ? [] : ['', `Listed as equivalent below but no longer surviving (remove them): ${stale.map((key) => `\`${key}\``).join(', ')}.`]),
    '',
    HAND_WRITTEN_MARKER,
  ].join('\n');
  await writeFile(OUTPUT, `${text}${handWritten}`);
}

if (import.meta.main) await writeMutationReport();
