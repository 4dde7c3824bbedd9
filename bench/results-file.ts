// Keeps one benchmark's section of bench/RESULTS.md up to date, leaving other benchmarks' sections alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

/** Machine facts printed beside every result: numbers only compare on the same kind of machine. */
export function machineLine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.arch()}`;
}

/** Replaces the section between `<!-- id:start -->` and `<!-- id:end -->`, or appends it. */
export function writeResultsSection(file: string, id: string, body: string): void {
  const start = `<!-- ${id}:start -->`;
  const end = `<!-- ${id}:end -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n\nWritten by the scripts in `bench/`; each section is replaced when its benchmark runs again.\n';
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next = from >= 0 && to > from
    ? `${current.slice(0, from)}${section}${current.slice(to + end.length)}`
    : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
