// `tupu build`: reports in a corpus directory → OUT/graph.json, extraction.jsonl and manifest.json.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isTupuError } from '../../common/errors.ts';
import type { BuildResult } from '../build/run-build.ts';
import { UsageError, defineCommand } from '../command.ts';
import { toolVersion } from '../tool-version.ts';

const DEFAULT_CORPUS = 'data/demo';
const DEFAULT_OUT = 'out';
/** The demo corpus ships with the package, so the default works from any directory. */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const buildCommand = defineCommand({
  name: 'build',
  summary: 'Build the knowledge graph from a directory of reports',
  usage: '[--corpus DIR] [--out DIR] [--curation FILE] [--max-bytes N] [--json]',
  options: {
    corpus: { type: 'string', valueName: 'DIR', description: 'directory of .txt/.md reports (UTF-8 or GB18030)', defaultText: `${DEFAULT_CORPUS}, the demo corpus` },
    out: { type: 'string', valueName: 'DIR', description: 'where graph.json, extraction.jsonl and manifest.json go', defaultText: DEFAULT_OUT },
    curation: { type: 'string', valueName: 'FILE', description: 'curation rules applied at the end of the build', defaultText: '$TUPU_CURATION or data/curation.yaml' },
    'max-bytes': { type: 'string', valueName: 'N', description: 'skip report files larger than N bytes (suffix K, M or G allowed)', defaultText: '50M' },
    json: { type: 'boolean', description: 'print a machine-readable summary on stdout' },
  },
  details: [
    'Files that cannot be read (empty, binary, too large, neither UTF-8 nor GB18030) are reported',
    'on stderr, recorded as skipped in manifest.json, and the build goes on without them.',
    'Outputs are replaced atomically: a failed build leaves the previous ones in place.',
    '',
    'Exit status: 0 built (even with skipped files), 1 nothing could be built, 2 usage error.',
  ].join('\n'),
  async run({ values }) {
    const corpusArg = values.corpus;
    const options = {
      corpus: corpusArg === undefined ? path.join(PACKAGE_ROOT, DEFAULT_CORPUS) : path.resolve(corpusArg),
      corpusLabel: corpusArg ?? DEFAULT_CORPUS,
      out: path.resolve(values.out ?? DEFAULT_OUT),
      maxBytes: values['max-bytes'] === undefined ? undefined : parseByteSize(values['max-bytes']),
      curation: values.curation === undefined ? undefined : existingFile('--curation', values.curation),
      builtAt: new Date().toISOString(),
      toolVersion: toolVersion(),
    };
    const { runBuild } = await import('../build/run-build.ts');
    try {
      const result = await runBuild(options);
      process.stdout.write(values.json ? `${JSON.stringify(jsonSummary(result))}\n` : textSummary(result));
      return 0;
    } catch (err) {
      // The CLI reports the error on stderr and exits 1; --json callers also get it on stdout.
      if (values.json) {
        const error = isTupuError(err) ? { code: err.code, message: err.message } : { code: 'INTERNAL', message: String(err) };
        process.stdout.write(`${JSON.stringify({ ok: false, error })}\n`);
      }
      throw err;
    }
  },
});

/** An absolute path to a file the user named, which must exist (a missing default file only means no rules). */
function existingFile(flag: string, given: string): string {
  const file = path.resolve(given);
  if (!existsSync(file)) throw new UsageError(`${flag}: no file at ${file}`);
  return file;
}

/** Parses `1048576`, `512K`, `50M`, `1G` (binary multiples). */
export function parseByteSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg])?i?b?$/i.exec(text.trim());
  const scale = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as const;
  const bytes = match ? Number(match[1]) * (match[2] ? scale[match[2].toLowerCase() as keyof typeof scale] : 1) : NaN;
  if (!Number.isFinite(bytes) || bytes < 1) {
    throw new UsageError(`--max-bytes expects a positive size such as 52428800 or 50M, got "${text}"`);
  }
  return Math.floor(bytes);
}

function jsonSummary({ manifest, outputs }: BuildResult) {
  const read = manifest.inputs.filter((i) => i.status === 'read');
  const bytesRead = read.reduce((sum, i) => sum + i.bytes, 0);
  const seconds = (manifest.timingsMs.total ?? 0) / 1000;
  return {
    ok: true,
    corpus: manifest.corpus,
    outputs,
    files: { read: read.length, skipped: manifest.inputs.length - read.length },
    skipped: manifest.inputs.filter((i) => i.status === 'skipped').map(({ file, reason }) => ({ file, reason })),
    bytesRead,
    counts: manifest.counts,
    timingsMs: manifest.timingsMs,
    mbPerSecond: seconds > 0 ? bytesRead / 1e6 / seconds : null,
    /** Peak resident memory of this process, for benchmarks. */
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    /** CPU time of this process so far (all its threads), for benchmarks on a shared machine. */
    cpuMs: cpuMs(),
  };
}

function cpuMs(): { user: number; system: number } {
  const { user, system } = process.cpuUsage();
  return { user: Math.round(user / 1000), system: Math.round(system / 1000) };
}

function textSummary(result: BuildResult): string {
  const s = jsonSummary(result);
  const labels = Object.entries(s.counts.byLabel).map(([k, v]) => `${k} ${v}`).join(' · ');
  const rel = (file: string) => {
    const relative = path.relative(process.cwd(), file);
    return relative && !relative.startsWith('..') ? relative : file;
  };
  return [
    `Built ${rel(s.outputs.graph ?? '')}: ${s.counts.nodes} nodes, ${s.counts.edges} edges from ${s.files.read} report${s.files.read === 1 ? '' : 's'}` +
      `${s.files.skipped ? ` (${s.files.skipped} skipped)` : ''} in ${((s.timingsMs.total ?? 0) / 1000).toFixed(2)} s`,
    ...(labels ? [`  ${labels}`] : []),
    `  also wrote ${Object.entries(s.outputs).filter(([role]) => role !== 'graph').map(([, f]) => rel(f)).join(', ')}`,
    '',
  ].join('\n');
}
