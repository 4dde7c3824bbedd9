// Corpus layout: reports in subfolders keep distinct document ids, and README files are not reports.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { GraphJson, Manifest } from '../../schema/index.ts';
import { GOOD_REPORT, runTupu, tempDir, writeCorpus } from './helpers.ts';

describe('tupu build on a corpus with subfolders', () => {
  const tmp = tempDir('layout');
  const out = path.join(tmp.dir, 'out');
  let graph: GraphJson;
  let manifest: Manifest;

  before(() => {
    const corpus = path.join(tmp.dir, 'corpus');
    writeCorpus(corpus, { 'README.md': '# 语料说明\n本目录收录两份报告。\n' });
    writeCorpus(path.join(corpus, '2023'), { 'report.txt': GOOD_REPORT });
    writeCorpus(path.join(corpus, '2024'), { 'report.txt': GOOD_REPORT.replace('2023年3月', '2024年1月'), 'readme.txt': '说明' });
    const run = runTupu(['build', '--corpus', corpus, '--out', out]);
    assert.equal(run.status, 0, run.stderr);
    graph = GraphJson.parse(JSON.parse(readFileSync(path.join(out, 'graph.json'), 'utf8')));
    manifest = Manifest.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
  });
  after(tmp.cleanup);

  test('two reports named report.txt in different folders are two documents', () => {
    const documents = graph.nodes.filter((n) => n.attributes.label === 'Document').map((n) => n.key).sort();
    assert.deepEqual(documents, ['Document:2023/report.txt', 'Document:2024/report.txt']);
    assert.deepEqual(graph.attributes?.docs, ['2023/report.txt', '2024/report.txt']);
    const mentioned = graph.edges.filter((e) => e.attributes.type === 'MENTIONED_IN' && e.source === 'Company:智谱AI').map((e) => e.target).sort();
    assert.deepEqual(mentioned, ['Document:2023/report.txt', 'Document:2024/report.txt']);
  });

  test('README files are neither read nor listed as skipped', () => {
    assert.deepEqual(manifest.inputs.map((i) => [i.file, i.status]), [['2023/report.txt', 'read'], ['2024/report.txt', 'read']]);
  });
});
