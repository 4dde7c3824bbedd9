// Hostile names in reports (`<script>`, quotes, line breaks) come out of `tupu build` as plain data in valid JSON.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { ENTITY_LABELS, ExtractionRecord, GraphJson } from '../../schema/index.ts';
import { runTupu, tempDir, writeCorpus } from './helpers.ts';

const SCRIPT = '<script>alert(1)</script>';
const REPORT = [
  '测试报告：名称中的特殊字符',
  `2023年3月，${SCRIPT}百度发布了“文心一言”。`,
  `2023年5月，北京${SCRIPT}智能科技有限公司（以下简称“脚本智能”）发布了Script-7B大模型。`,
  `2023年6月，脚本智能推出了对话产品“${SCRIPT}助手”。`,
  '2023年6月，上海"引号"智能科技有限公司发布了Quote-13B大模型，总部位于上海。',
  '2021年6月，北京智源人工智',
  '能研究院发布了悟道2.0，该院位于北京。',
  '',
].join('\n');

describe('hostile names survive as data', () => {
  const tmp = tempDir('hostile');
  const out = path.join(tmp.dir, 'out');
  let graphText: string;
  let graph: GraphJson;
  let extractionText: string;

  before(() => {
    const corpus = writeCorpus(path.join(tmp.dir, 'corpus'), { 'hostile.txt': REPORT });
    const run = runTupu(['build', '--corpus', corpus, '--out', out]);
    assert.equal(run.status, 0, run.stderr);
    graphText = readFileSync(path.join(out, 'graph.json'), 'utf8');
    graph = GraphJson.parse(JSON.parse(graphText));
    extractionText = readFileSync(path.join(out, 'extraction.jsonl'), 'utf8');
  });
  after(tmp.cleanup);

  /** Content assertions wait for the extractor: TODO (not failed) while it finds no entity at all. */
  const needsExtraction = (t: TestContext) => {
    if (!graph.nodes.some((n) => (ENTITY_LABELS as readonly string[]).includes(n.attributes.label))) t.todo('extraction has not landed');
  };

  test('graph.json and extraction.jsonl are valid JSON, never HTML-escaped', () => {
    assert.equal(graphText.includes('&lt;'), false);
    assert.equal(extractionText.includes('&lt;'), false);
    for (const line of extractionText.split('\n').filter(Boolean)) ExtractionRecord.parse(JSON.parse(line));
  });

  test('a company named right after a <script> string is found, the string kept in its evidence', (t) => {
    needsExtraction(t);
    const baidu = graph.nodes.find((n) => n.attributes.label === 'Company' && n.attributes.name === '百度');
    assert.ok(baidu, 'Company 百度');
    const evidence = graph.edges.filter((e) => e.source === baidu.key && e.attributes.type === 'DEVELOPS').flatMap((e) => e.attributes.evidence);
    assert.ok(evidence.some((ev) => ev.sentence.includes(SCRIPT)), `DEVELOPS evidence keeps ${SCRIPT}: ${JSON.stringify(evidence)}`);
  });

  // Markup is not part of a name: the extractor stops names at it, and the evidence keeps it whole (above).
  test('no name holds a fragment of markup', (t) => {
    needsExtraction(t);
    const forms = graph.nodes.flatMap((n) => [n.attributes.name, ...n.attributes.aliases]);
    const torn = forms.filter((f) => /script>|<script|alert\(1\)/.test(f) && !f.includes(SCRIPT));
    assert.deepEqual(torn, [], 'no name holds a fragment of the tag');
    assert.ok(forms.includes('脚本智能'), 'the declared short name is kept');
  });

  test('evidence sentences carry ASCII quotes as text', (t) => {
    needsExtraction(t);
    const sentences = graph.edges.flatMap((e) => e.attributes.evidence.map((ev) => ev.sentence));
    assert.ok(sentences.some((s) => s.includes('"引号"') && s.includes('Quote-13B')), `evidence keeps ASCII quotes: ${JSON.stringify(sentences)}`);
  });

  test('a name broken across lines is one node without the line break', (t) => {
    needsExtraction(t);
    assert.equal(graph.nodes.some((n) => [n.attributes.name, ...n.attributes.aliases].some((f) => /[\r\n]/.test(f))), false);
    assert.ok(graph.nodes.some((n) => n.attributes.label === 'Institution' && [n.attributes.name, ...n.attributes.aliases].includes('北京智源人工智能研究院')));
  });
});
