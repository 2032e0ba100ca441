/** Rows are parsed with zod on read (house rule 6): a row that does not fit is reported, never trusted. */
import type { z } from 'zod';
import { ReviewError } from './context';

export function parseRow<S extends z.ZodType>(schema: S, row: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(row);
  if (!parsed.success) throw new ReviewError('bad-input', `stored ${what} is unreadable: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

export function mustGet<S extends z.ZodType>(schema: S, row: unknown, what: string): z.infer<S> {
  if (row === undefined) throw new ReviewError('not-found', `${what} not found`);
  return parseRow(schema, row, what);
}

/** Parses many rows, keeping the good ones and counting the rest. */
export function parseRows<S extends z.ZodType>(schema: S, rows: readonly unknown[]): { rows: z.infer<S>[]; invalid: number } {
  const out: z.infer<S>[] = [];
  let invalid = 0;
  for (const r of rows) {
    const p = schema.safeParse(r);
    if (p.success) out.push(p.data);
    else invalid++;
  }
  return { rows: out, invalid };
}
