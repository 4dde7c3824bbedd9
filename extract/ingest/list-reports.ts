// Listing the report files of a corpus directory: `.txt` and `.md`, recursively, sorted; README files are not reports.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TupuError } from '../../common/errors.ts';

const REPORT_FILE = /\.(?:txt|md)$/i;
/** README.md, readme.txt, README-en.md…: notes about the corpus, not reports. */
const README = /^readme/i;

/** Is this file name (not a path) a report? `.txt`/`.md`, not hidden, not a README. */
export const isReportName = (name: string): boolean => REPORT_FILE.test(name) && !README.test(name) && !name.startsWith('.');

/** Paths of every report under `dir` (hidden entries and README files skipped), sorted; NO_REPORTS if none. */
export async function listReports(dir: string): Promise<string[]> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat) throw new TupuError('INPUT_NOT_FOUND', `${dir}: corpus directory does not exist`);
  if (!stat.isDirectory()) throw new TupuError('INPUT_NOT_FOUND', `${dir}: not a directory`);
  const files: string[] = [];
  await walk(dir, files);
  if (files.length === 0) throw new TupuError('NO_REPORTS', `${dir}: no reports (.txt or .md files)`);
  return files.sort();
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (entry.isFile() && isReportName(entry.name)) out.push(full);
  }
}
