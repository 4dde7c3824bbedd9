// Reading one report file: size cap checked before reading, binary/empty rejected, decoded, hashed.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TupuError } from '../../common/errors.ts';
import type { SourceReport } from '../types.ts';
import { decodeReport, looksBinary } from './decode.ts';

/** Default size cap: larger files are skipped, never read. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Options for readReport: `maxBytes` caps the file size (default 50 MB); `doc` is the document id (default the file name). */
export interface ReadReportOptions {
  maxBytes?: number;
  /** The id the report goes by in evidence, `docs` and its Document node: the corpus passes the path relative to it. */
  doc?: string;
}

/** The document id of `file` in a corpus rooted at `corpus`: its relative path with `/` separators, so same-named reports in different folders stay apart. */
export const docIdOf = (corpus: string, file: string): string => path.relative(corpus, file).split(path.sep).join('/');

/** Reads and decodes a report; throws TupuError INPUT_* naming the file when it cannot be used. */
export async function readReport(file: string, opts: ReadReportOptions = {}): Promise<SourceReport> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const stat = await fs.stat(file).catch((cause: unknown) => {
    throw new TupuError('INPUT_NOT_FOUND', `${file}: no such file`, { cause });
  });
  if (!stat.isFile()) throw new TupuError('INPUT_NOT_FOUND', `${file}: not a regular file`);
  if (stat.size > maxBytes) {
    throw new TupuError('INPUT_TOO_LARGE', `${file}: ${stat.size} bytes is over the ${maxBytes}-byte cap`);
  }
  if (stat.size === 0) throw new TupuError('INPUT_EMPTY', `${file}: empty file`);
  const bytes = await fs.readFile(file);
  if (looksBinary(bytes)) throw new TupuError('INPUT_BINARY', `${file}: binary content, not a text report`);
  const { encoding, text } = decodeReport(bytes, file);
  if (text.trim() === '') throw new TupuError('INPUT_EMPTY', `${file}: only whitespace`);
  return {
    doc: opts.doc ?? path.basename(file),
    path: file,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    encoding,
    original: text,
  };
}
