// End-to-end `tupu build` throughput (MB/s) and peak RSS on the real corpus and on 5/10/20 MB repeats, beside raw jieba cut.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { repeatCorpus, reportFiles } from './repeat-corpus.ts';
import { machineLine, writeResultsSection } from './results-file.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MB = 1e6;
const TARGET_MBPS = 2;
const TARGET_RSS = 1.5 * 2 ** 30;

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.join(ROOT, '..', 'shared', 'corpus') },
    sizes: { type: 'string', default: '5,10,20' },
    runs: { type: 'string', default: '1' },
    'no-write': { type: 'boolean', default: false },
  },
});
const sizesMb = values.sizes.split(',').map(Number).filter((n) => n > 0);
const runs = Math.max(1, Number(values.runs) || 1);

/** One corpus measured: the build as a child process, and jieba's cut over the same text. */
interface Row {
  name: string;
  files: number;
  bytes: number;
  wallMs: number;
  inProcessMs: number;
  rssBytes: number;
  jiebaMBps: number;
}

interface BuildSummary { ok: boolean; bytesRead: number; files: { read: number }; timingsMs: { total: number }; maxRssBytes: number }

function timeBuild(corpus: string, out: string): { wallMs: number; summary: BuildSummary } {
  const started = performance.now();
  const child = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'tupu.mjs'), 'build', '--corpus', corpus, '--out', out, '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`bench: tupu build on ${corpus} exited ${child.status}\n${child.stderr}`);
  return { wallMs, summary: JSON.parse(child.stdout) as BuildSummary };
}

const jieba = Jieba.withDict(dict);

/** Raw jieba cut (no HMM) over every report of `corpus`, one call per file: the throughput floor (best of 3 after a warm-up). */
function jiebaThroughput(corpus: string): number {
  const texts = reportFiles(corpus).map(({ file }) => decode(readFileSync(file)));
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  jieba.cut(texts[0] ?? '', false);
  const times = Array.from({ length: 3 }, () => {
    const started = performance.now();
    for (const text of texts) jieba.cut(text, false);
    return performance.now() - started;
  });
  return bytes / MB / (Math.min(...times) / 1000);
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(name: string, corpus: string, scratch: string): Row {
  const trials = Array.from({ length: runs }, () => timeBuild(corpus, path.join(scratch, 'out')));
  const last = trials[trials.length - 1].summary;
  process.stderr.write(`  ${name}: ${(median(trials.map((t) => t.wallMs)) / 1000).toFixed(2)} s\n`);
  return {
    name,
    files: last.files.read,
    bytes: last.bytesRead,
    wallMs: median(trials.map((t) => t.wallMs)),
    inProcessMs: median(trials.map((t) => t.summary.timingsMs.total)),
    rssBytes: Math.max(...trials.map((t) => t.summary.maxRssBytes)),
    jiebaMBps: jiebaThroughput(corpus),
  };
}

function table(rows: Row[]): string {
  const header = ['corpus', 'files', 'MB', 'wall s', 'end-to-end MB/s', 'in-process MB/s', 'peak RSS MiB', 'jieba cut MB/s'];
  const body = rows.map((r) => [
    r.name, String(r.files), (r.bytes / MB).toFixed(2), (r.wallMs / 1000).toFixed(2),
    (r.bytes / MB / (r.wallMs / 1000)).toFixed(2), (r.bytes / MB / (r.inProcessMs / 1000)).toFixed(2),
    (r.rssBytes / 2 ** 20).toFixed(0), r.jiebaMBps.toFixed(1),
  ]);
  return [header, header.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function verdicts(rows: Row[]): string[] {
  const generated = rows.filter((r) => r.name.startsWith('generated'));
  const lines: string[] = [];
  if (generated.length >= 2) {
    const secPerMb = generated.map((r) => r.inProcessMs / (r.bytes / MB));
    lines.push(`Linearity: in-process seconds per MB from ${generated[0].name} to ${generated.at(-1)?.name} changes ×${(secPerMb.at(-1)! / secPerMb[0]).toFixed(2)} (1.00 = linear).`);
  }
  const largest = generated.at(-1) ?? rows[0];
  const mbps = largest.bytes / MB / (largest.wallMs / 1000);
  lines.push(`Targets at ${largest.name}: end-to-end ${mbps.toFixed(2)} MB/s (target ≥ ${TARGET_MBPS}) ${mbps >= TARGET_MBPS ? 'met' : 'NOT met'}; ` +
    `peak RSS ${(largest.rssBytes / 2 ** 20).toFixed(0)} MiB (target < 1.5 GiB) ${largest.rssBytes < TARGET_RSS ? 'met' : 'NOT met'}.`);
  return lines;
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'tupu-bench-'));
try {
  process.stderr.write(`bench: build throughput (${runs} run${runs > 1 ? 's' : ''} each)\n`);
  const rows = [measure('real (../shared/corpus)', values.corpus, scratch)];
  for (const size of sizesMb) {
    const dir = path.join(scratch, `gen-${size}mb`);
    repeatCorpus(values.corpus, dir, size * MB);
    rows.push(measure(`generated ${size} MB`, dir, scratch));
    rmSync(dir, { recursive: true, force: true });
  }
  const report = [
    `## Build throughput — ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Machine: ${machineLine()}; load average ${os.loadavg()[0].toFixed(2)} at start (other work on the machine slows every number). Command: \`npm run bench:build\` (bench/build-throughput.ts).`,
    'End-to-end = wall time of `tupu build` as a child process (start-up included); in-process = the build steps\' own total;',
    'peak RSS = the build process\'s maxRSS; jieba cut = `@node-rs/jieba` cut without HMM over the same decoded text, one call per file, best of 3 (the floor).',
    'Generated corpora are the real reports shuffled and repeated into a temp directory (deleted afterwards). MB = 10^6 bytes.',
    '',
    table(rows),
    '',
    ...verdicts(rows),
  ].join('\n');
  process.stdout.write(`${report}\n`);
  if (!values['no-write']) writeResultsSection(path.join(ROOT, 'bench', 'RESULTS.md'), 'build-throughput', report);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
