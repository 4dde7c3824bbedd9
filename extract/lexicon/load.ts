// Reads a lexicon JSON file, validates it against its schema, and caches it once per process.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { TupuError } from '../../common/errors.ts';

/** Where the shipped lexicon files live (data/lexicon/ at the repository root). */
export const LEXICON_DIR = fileURLToPath(new URL('../../data/lexicon/', import.meta.url));

/** Reads and validates one file; any problem is a CONFIG_INVALID error naming the file and the path. */
export function readLexiconFile<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new TupuError('CONFIG_INVALID', `lexicon: ${path}: cannot read JSON (${(cause as Error).message})`, { cause });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    throw new TupuError('CONFIG_INVALID', `lexicon: ${path}: ${where || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Fails like a schema error when a cross-reference inside a file (ids, parents) is broken. */
export function invalidLexicon(path: string, where: string, message: string): TupuError {
  return new TupuError('CONFIG_INVALID', `lexicon: ${path}: ${where}: ${message}`);
}

/** A value built on first use and kept for the life of the process. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
