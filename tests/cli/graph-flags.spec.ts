// `tupu build --curation FILE` and repeated `tupu query --param k=v`.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { KuzuStore, KUZU_FILE } from '../../graph/stores/kuzu.ts';
import { smallGraphJson } from '../../graph/test-fixtures.ts';
import { GOOD_REPORT, runTupu, tempDir, writeCorpus } from './helpers.ts';

describe('tupu build --curation FILE', () => {
  const tmp = tempDir('curation-flag');
  const corpus = writeCorpus(path.join(tmp.dir, 'corpus'), { 'good.txt': GOOD_REPORT });
  const flagged = path.join(tmp.dir, 'flagged.yaml');
  const fromEnv = path.join(tmp.dir, 'env.yaml');
  after(tmp.cleanup);

  test('the flag names the rules the build applies, over $TUPU_CURATION', () => {
    writeFileSync(flagged, 'version: 1\nrules:\n  - rename: { entity: 智谱AI, to: 智谱 }\n  - reject: { entity: 不存在的公司 }\n');
    writeFileSync(fromEnv, 'version: 1\nrules: []\n');
    const out = path.join(tmp.dir, 'out');
    process.env.TUPU_CURATION = fromEnv;
    const run = runTupu(['build', '--corpus', corpus, '--out', out, '--curation', flagged]);
    delete process.env.TUPU_CURATION;
    assert.equal(run.status, 0, run.stderr);
    const curation = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')).stages.curation;
    assert.equal(curation.file, flagged);
    assert.deepEqual([curation.applied, curation.unmatched], [1, 1]);
    const graph = JSON.parse(readFileSync(path.join(out, 'graph.json'), 'utf8'));
    assert.ok(graph.nodes.some((n: { attributes: { name: string } }) => n.attributes.name === '智谱'));
  });

  test('a --curation file that does not exist is a usage error', () => {
    const run = runTupu(['build', '--corpus', corpus, '--out', path.join(tmp.dir, 'out2'), '--curation', path.join(tmp.dir, 'nope.yaml')]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--curation: no file at .*nope\.yaml/);
  });
});

describe('tupu query --param, repeated', () => {
  const tmp = tempDir('query-params');
  before(async () => {
    const store = new KuzuStore(path.join(tmp.dir, KUZU_FILE));
    await store.load(smallGraphJson());
    await store.close();
  });
  after(tmp.cleanup);

  test('every occurrence reaches the query, typed, in both spellings', () => {
    const run = runTupu(['query', '--out', tmp.dir, '--format', 'json', '--param', 'name=百度', '--param=min=1',
      'MATCH (c:Company) WHERE c.name = $name AND size(c.docs) > $min RETURN c.name AS name, $min + 1 AS next']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), [{ name: '百度', next: 2 }]);
  });

  test('a library query takes several parameters', () => {
    const run = runTupu(['query', '--out', tmp.dir, '--format', 'json', '--library', 'top-entities', '--param', 'label=Model', '--param', 'limit=1']);
    assert.equal(run.status, 0, run.stderr);
    const rows = JSON.parse(run.stdout);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].label, 'Model');
  });
});
