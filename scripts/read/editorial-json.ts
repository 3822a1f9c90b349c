import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { SeedError, SeedErrors } from '../lib/seed-error.ts';
import { jsonLines, type JsonPath } from './json-lines.ts';

/** Reads a JSON file under seeds/ and validates it, naming the file, the line and the field at fault. */
export async function readEditorialJson<Schema extends z.ZodType>(seedsDir: string, path: string, schema: Schema): Promise<z.output<Schema>> {
  return (await readLocatedJson(seedsDir, path, schema)).data;
}

/** A validated editorial file with what its later checks need to name the line of a problem. */
export interface LocatedJson<T> {
  data: T;
  /** `seeds/…`, as messages name it. */
  label: string;
  /** The line a value starts on, by its path in the file. */
  lineOf: (path: JsonPath) => number | undefined;
}

/**
 * Reads and validates an editorial JSON file; every schema problem is reported at once, each as
 * `file:line: path: problem`.
 */
export async function readLocatedJson<Schema extends z.ZodType>(seedsDir: string, path: string, schema: Schema): Promise<LocatedJson<z.output<Schema>>> {
  const label = `seeds/${path}`;
  let raw: string;
  try {
    raw = await readFile(`${seedsDir}/${path}`, 'utf8');
  } catch (cause) {
    throw new SeedError(label, undefined, `cannot read (${(cause as Error).message})`, { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    const position = /position (\d+)/u.exec((cause as Error).message);
    throw new SeedError(label, position ? raw.slice(0, Number(position[1])).split('\n').length : undefined, `not valid JSON (${(cause as Error).message})`, { cause });
  }
  const lineOf = jsonLines(raw);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new SeedErrors(parsed.error.issues.map((issue) => new SeedError(label, lineOf(issue.path as JsonPath), `${issue.path.join('.') || '(root)'}: ${issue.message}`)));
  }
  return { data: parsed.data, label, lineOf };
}
