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

/** One corpus measured: the build as a child process, and jieba's cut (and tag) over the same text. */
interface Row {
  name: string;
  files: number;
  bytes: number;
  wallMs: number;
  inProcessMs: number;
  /** CPU time of the build process (all threads: main, extraction workers, kuzu). */
  cpuMs: number;
  rssBytes: number;
  jiebaMBps: number;
  jiebaTagMBps: number;
  /** 1-minute load average before the first and after the last run: other work on the machine. */
  load: [number, number];
  timingsMs: Record<string, number>;
}

interface BuildSummary {
  ok: boolean; bytesRead: number; files: { read: number }; timingsMs: Record<string, number> & { total: number };
  maxRssBytes: number; cpuMs?: { user: number; system: number };
}

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

/**
 * Raw jieba over every report of `corpus`, one call per file, best of 3 after a warm-up: `cut` (no HMM) is the
 * floor the issue names; `tag` is what extraction actually runs on every prose sentence.
 */
function jiebaThroughput(corpus: string): { cut: number; tag: number } {
  const texts = reportFiles(corpus).map(({ file }) => decode(readFileSync(file)));
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const best = (run: (text: string) => unknown): number => {
    run(texts[0] ?? '');
    const times = Array.from({ length: 3 }, () => {
      const started = performance.now();
      for (const text of texts) run(text);
      return performance.now() - started;
    });
    return bytes / MB / (Math.min(...times) / 1000);
  };
  return { cut: best((t) => jieba.cut(t, false)), tag: best((t) => jieba.tag(t)) };
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const load1 = (): number => os.loadavg()[0];

function measure(name: string, corpus: string, scratch: string): Row {
  const loadBefore = load1();
  const trials = Array.from({ length: runs }, () => timeBuild(corpus, path.join(scratch, 'out')));
  const loadAfter = load1();
  const mid = [...trials].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(trials.length / 2)];
  process.stderr.write(`  ${name}: ${(mid.wallMs / 1000).toFixed(2)} s (load ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)})\n`);
  const jiebaMBps = jiebaThroughput(corpus);
  const cpu = (t: BuildSummary) => (t.cpuMs ? t.cpuMs.user + t.cpuMs.system : NaN);
  return {
    name,
    files: mid.summary.files.read,
    bytes: mid.summary.bytesRead,
    wallMs: mid.wallMs,
    inProcessMs: median(trials.map((t) => t.summary.timingsMs.total)),
    cpuMs: median(trials.map((t) => cpu(t.summary))),
    rssBytes: Math.max(...trials.map((t) => t.summary.maxRssBytes)),
    jiebaMBps: jiebaMBps.cut,
    jiebaTagMBps: jiebaMBps.tag,
    load: [loadBefore, loadAfter],
    timingsMs: mid.summary.timingsMs,
  };
}

function table(rows: Row[]): string {
  const header = ['corpus', 'files', 'MB', 'wall s', 'end-to-end MB/s', 'in-process MB/s', 'CPU s', 'peak RSS MiB', 'jieba cut MB/s', 'jieba tag MB/s', 'load before → after'];
  const body = rows.map((r) => [
    r.name, String(r.files), (r.bytes / MB).toFixed(2), (r.wallMs / 1000).toFixed(2),
    (r.bytes / MB / (r.wallMs / 1000)).toFixed(2), (r.bytes / MB / (r.inProcessMs / 1000)).toFixed(2), (r.cpuMs / 1000).toFixed(1),
    (r.rssBytes / 2 ** 20).toFixed(0), r.jiebaMBps.toFixed(1), r.jiebaTagMBps.toFixed(1), `${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)}`,
  ]);
  return [header, header.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function verdicts(rows: Row[]): string[] {
  const generated = rows.filter((r) => r.name.startsWith('generated'));
  const lines: string[] = [];
  if (generated.length >= 2) {
    const secPerMb = generated.map((r) => r.inProcessMs / (r.bytes / MB));
    const cpuPerMb = generated.map((r) => r.cpuMs / (r.bytes / MB));
    lines.push(`Linearity: from ${generated[0].name} to ${generated.at(-1)?.name}, in-process seconds per MB change ×${(secPerMb.at(-1)! / secPerMb[0]).toFixed(2)}, ` +
      `CPU seconds per MB ×${(cpuPerMb.at(-1)! / cpuPerMb[0]).toFixed(2)} (1.00 = linear).`);
  }
  const verdict = (r: Row) => {
    const mbps = r.bytes / MB / (r.wallMs / 1000);
    return `${r.name}: end-to-end ${mbps.toFixed(2)} MB/s (target ≥ ${TARGET_MBPS}) ${mbps >= TARGET_MBPS ? 'met' : 'NOT met'}`;
  };
  const largest = generated.at(-1);
  lines.push(`Targets — ${[rows[0], ...(largest ? [largest] : [])].map(verdict).join('; ')}` +
    (largest ? `; peak RSS at ${largest.name} ${(largest.rssBytes / 2 ** 20).toFixed(0)} MiB (target < 1.5 GiB) ${largest.rssBytes < TARGET_RSS ? 'met' : 'NOT met'}.` : '.'));
  const big = largest ?? rows[0];
  lines.push(`Build steps at ${big.name} (ms, one run): ${Object.entries(big.timingsMs).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}.`);
  return lines;
}

const loadAtStart = os.loadavg()[0];
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
    `Machine: ${machineLine()}; load average ${loadAtStart.toFixed(2)} at start (other work on the machine slows every number). Command: \`npm run bench:build\` (bench/build-throughput.ts).`,
    'End-to-end = wall time of `tupu build` as a child process (start-up included; median run); in-process = the build steps\' own total;',
    'CPU s = the build process\'s user + system time, all threads (extraction uses one worker thread per further core);',
    'peak RSS = the build process\'s maxRSS; jieba cut / tag = `@node-rs/jieba` cut without HMM (the floor) and tag (what extraction runs), over the same decoded text, one call per file, best of 3, one thread.',
    'Load = 1-minute load average before the first and after the last run of that corpus. The build itself keeps both cores busy while it extracts (load ≈ 2);',
    'a load well above the core count before a run means other work on this shared machine took CPU from it.',
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
