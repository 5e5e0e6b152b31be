import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/** A user-facing input problem: printed as lines, exit code 2, never a stack trace. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'InputError';
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Read JSON from a file path, or from stdin when the path is `-` or missing. */
export async function readJsonInput(source: string | undefined): Promise<unknown> {
  const fromStdin = source === undefined || source === '-';
  let text: string;
  try {
    text = fromStdin ? await readStdin() : await readFile(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? `No such file: ${source}` : `Cannot read ${source}: ${code ?? error}`,
    );
  }
  if (text.trim() === '')
    throw new InputError(`The input${fromStdin ? ' on stdin' : ` in ${source}`} is empty.`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`The input is not valid JSON: ${(error as Error).message}`);
  }
}

/** Validate with a zod schema; problems name each failing field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
    return `${path}: ${issue.message}`;
  });
  throw new InputError(`The ${what} is not valid:`, details);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
