// `tupu build` outputs: the three files match the contract, --json is machine-readable, failures write nothing.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ExtractionRecord, GraphJson, Manifest } from '../../schema/index.ts';
import { TupuError } from '../../common/errors.ts';
import { BUILD_STEPS } from '../../cli/build/steps.ts';
import { runBuild } from '../../cli/build/run-build.ts';
import { createProgress } from '../../cli/progress.ts';
import { KuzuStore } from '../../graph/stores/kuzu.ts';
import { loadQueryLibrary, resolveQueryParams } from '../../graph/queries/index.ts';
import { GOOD_REPORT, REPO_ROOT, runTupu, tempDir, writeCorpus } from './helpers.ts';

const read = (file: string) => readFileSync(file, 'utf8');

describe('tupu build on the demo corpus (the defaults)', () => {
  const tmp = tempDir('demo');
  let summary: { ok: boolean; files: { read: number; skipped: number }; counts: Manifest['counts']; maxRssBytes: number; outputs: Record<string, string> };

  before(() => {
    // No --corpus: the demo corpus that ships with the repository, whatever the working directory.
    const run = runTupu(['build', '--out', 'out', '--json'], { cwd: tmp.dir });
    assert.equal(run.status, 0, run.stderr);
    summary = JSON.parse(run.stdout) as typeof summary;
  });
  after(tmp.cleanup);

  test('--json prints one summary object on stdout', () => {
    assert.equal(summary.ok, true);
    assert.ok(summary.files.read >= 3);
    assert.equal(summary.files.skipped, 0);
    assert.ok(summary.maxRssBytes > 0);
    assert.equal(summary.outputs.graph, path.join(tmp.dir, 'out', 'graph.json'));
  });

  test('companies per province: the demo 北京 companies (总部位于北京, 北京…有限公司) are counted under 北京', async () => {
    const q = loadQueryLibrary().find((x) => x.id === 'companies-by-province-and-layer')!;
    const store = new KuzuStore(path.join(tmp.dir, 'out', 'tupu.kuzu'));
    try {
      const { rows } = await store.query(q.cypher.kuzu, resolveQueryParams(q, {}));
      assert.ok(rows.some((r) => r.province === '北京' && Number(r.companies) >= 2), JSON.stringify(rows));
    } finally {
      await store.close();
    }
  });

  test('graph.json matches the GraphJson schema and has a Document node per report', () => {
    const graph = GraphJson.parse(JSON.parse(read(path.join(tmp.dir, 'out', 'graph.json'))));
    const documents = graph.nodes.filter((n) => n.attributes.label === 'Document');
    const reports = readdirSync(path.join(REPO_ROOT, 'data', 'demo')).filter((f) => f.endsWith('.txt'));
    for (const doc of reports) {
      assert.ok(documents.some((n) => n.attributes.file === doc || n.attributes.docs.includes(doc)), `Document node for ${doc}`);
    }
    // data/demo/README.md describes the corpus; it is not a report.
    assert.equal(documents.length, reports.length);
    assert.equal(summary.files.read, reports.length);
  });

  test('extraction.jsonl holds one valid ExtractionRecord a line', () => {
    const lines = read(path.join(tmp.dir, 'out', 'extraction.jsonl')).split('\n').filter(Boolean);
    for (const line of lines) ExtractionRecord.parse(JSON.parse(line));
  });

  test('manifest.json records inputs, counts, timings and the tool version', () => {
    const manifest = Manifest.parse(JSON.parse(read(path.join(tmp.dir, 'out', 'manifest.json'))));
    const pkg = JSON.parse(read(path.join(REPO_ROOT, 'package.json'))) as { version: string };
    assert.equal(manifest.toolVersion, pkg.version);
    assert.equal(manifest.corpus, 'data/demo');
    assert.deepEqual(manifest.counts, summary.counts);
    for (const step of BUILD_STEPS) assert.equal(typeof manifest.timingsMs[step.id], 'number', `timing for ${step.id}`);
    for (const input of manifest.inputs) {
      assert.equal(input.status, 'read');
      assert.match(input.sha256, /^[0-9a-f]{64}$/);
    }
  });
});

describe('a failed build leaves the previous outputs in place', () => {
  const tmp = tempDir('atomic');
  const out = path.join(tmp.dir, 'out');
  const corpus = writeCorpus(path.join(tmp.dir, 'good'), { 'good.txt': GOOD_REPORT });
  /** Every file in OUT with its content: a failed build must leave all of them as they were. */
  const snapshot = () => readdirSync(out, { recursive: true, encoding: 'utf8' }).sort().map((f) => {
    const file = path.join(out, f);
    return [f, statSync(file).isFile() ? readFileSync(file).toString('base64') : 'dir'];
  });
  let before_: string[][];

  before(() => {
    const run = runTupu(['build', '--corpus', corpus, '--out', out]);
    assert.equal(run.status, 0, run.stderr);
    before_ = snapshot();
  });
  after(tmp.cleanup);

  test('a corpus with nothing readable exits 1 and writes nothing', () => {
    const bad = writeCorpus(path.join(tmp.dir, 'bad'), { 'empty.txt': '' });
    const run = runTupu(['build', '--corpus', bad, '--out', out]);
    assert.equal(run.status, 1);
    assert.deepEqual(snapshot(), before_);
  });

  test('a step that throws before writing leaves graph.json and manifest.json untouched', async () => {
    const failing = { id: 'explode', run() { throw new TupuError('INTERNAL', 'explode: simulated failure'); } };
    const steps = [...BUILD_STEPS];
    steps.splice(steps.findIndex((s) => s.id === 'write'), 0, failing);
    await assert.rejects(
      runBuild({ corpus, corpusLabel: 'good', out, maxBytes: 1 << 20, builtAt: new Date().toISOString(), toolVersion: 'test' }, { steps, progress: createProgress(process.stderr, false) }),
      (err: unknown) => err instanceof TupuError && err.code === 'INTERNAL',
    );
    assert.deepEqual(snapshot(), before_);
    assert.equal(readdirSync(out, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith('.tmp')), false, 'no temp files left');
  });

  test('steps added after write see the written files and report into manifest.stages', async () => {
    const out2 = path.join(tmp.dir, 'out2');
    const probe = {
      id: 'probe',
      run(ctx: Parameters<(typeof BUILD_STEPS)[number]['run']>[0]) {
        ctx.stages.probe = { sawGraph: existsSync(ctx.outputs.graph ?? '') };
      },
    };
    const result = await runBuild(
      { corpus, corpusLabel: 'good', out: out2, maxBytes: 1 << 20, builtAt: new Date().toISOString(), toolVersion: 'test' },
      { steps: [...BUILD_STEPS, probe], progress: createProgress(process.stderr, false) },
    );
    assert.deepEqual(result.manifest.stages?.probe, { sawGraph: true });
    assert.equal(typeof result.manifest.timingsMs.probe, 'number');
  });
});
