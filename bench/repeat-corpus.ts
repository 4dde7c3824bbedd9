// Timing corpora of a chosen size: the real reports, shuffled and repeated into a temp directory.
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isReportName } from '../extract/ingest/list-reports.ts';

/** Deterministic shuffle (mulberry32-driven Fisher–Yates) so a seed always gives the same corpus. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The report files (.txt/.md, not README) directly in `dir`, with their sizes. */
export function reportFiles(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir)
    .filter(isReportName)
    .sort()
    .map((f) => ({ file: path.join(dir, f), bytes: statSync(path.join(dir, f)).size }));
}

/** Copies shuffled rounds of `source`'s reports into `dest` until it holds at least `targetBytes`. */
export function repeatCorpus(source: string, dest: string, targetBytes: number, seed = 1): { files: number; bytes: number } {
  const reports = reportFiles(source);
  if (reports.length === 0) throw new Error(`bench: no reports in ${source}`);
  mkdirSync(dest, { recursive: true });
  let bytes = 0;
  let files = 0;
  for (let round = 0; bytes < targetBytes; round++) {
    for (const report of shuffled(reports, seed + round)) {
      if (bytes >= targetBytes) break;
      copyFileSync(report.file, path.join(dest, `r${String(round).padStart(4, '0')}_${path.basename(report.file)}`));
      bytes += report.bytes;
      files++;
    }
  }
  return { files, bytes };
}
