/**
 * An error in the input: it names the file, the line (when there is one) and the problem, so that the
 * person who edits the seeds can fix it without reading a stack trace.
 */
export class SeedError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;

  constructor(file: string, line: number | undefined, problem: string, options?: { cause?: unknown }) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}`, options);
    this.name = 'SeedError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}

/** Several input errors found in one pass, reported together. */
export class SeedErrors extends Error {
  readonly errors: SeedError[];

  constructor(errors: SeedError[]) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'SeedErrors';
    this.errors = errors;
  }
}

export function isInputError(error: unknown): error is SeedError | SeedErrors {
  return error instanceof SeedError || error instanceof SeedErrors;
}
