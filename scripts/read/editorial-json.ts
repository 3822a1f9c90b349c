import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { SeedError } from '../lib/seed-error.ts';

/** Reads a JSON file under seeds/ and validates it, naming the file and the fields at fault. */
export async function readEditorialJson<Schema extends z.ZodType>(seedsDir: string, path: string, schema: Schema): Promise<z.output<Schema>> {
  const label = `seeds/${path}`;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(`${seedsDir}/${path}`, 'utf8'));
  } catch (cause) {
    throw new SeedError(label, undefined, `cannot read (${(cause as Error).message})`, { cause });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new SeedError(label, undefined, parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  return parsed.data;
}
