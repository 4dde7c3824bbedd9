// Parallel extraction gives exactly the sequential result, in report order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SourceReport } from '../../extract/index.ts';
import { extractAll, extractWorkerCount, PARALLEL_MIN_BYTES } from './extract-pool.ts';

const report = (doc: string, original: string): SourceReport => ({ doc, path: doc, bytes: Buffer.byteLength(original), sha256: '', encoding: 'utf-8', original });
const REPORTS = [
  report('a.txt', '2023年3月，北京智谱华章科技有限公司（以下简称“智谱AI”）开源了ChatGLM-6B。\n'),
  report('b.txt', '阿里巴巴旗下的阿里云于2023年8月开源了Qwen-7B，总部位于杭州。\n'),
  report('c.txt', '百度发布了文心一言，复旦大学发布了MOSS。\n'),
  report('d.txt', '华为推出了盘古大模型。\n'),
];

test('workers or not, the extractions are the same and in report order', async () => {
  const alone = await extractAll(REPORTS, { workers: 0 });
  const seen: string[] = [];
  const shared = await extractAll(REPORTS, { workers: 2, onDone: (r) => seen.push(r.doc) });
  assert.deepEqual(shared, alone);
  assert.deepEqual(shared.map((x) => x.doc), ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
  assert.deepEqual(seen.sort(), ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
});

test('worker count: none for small corpora or one report; $TUPU_EXTRACT_WORKERS decides when set', () => {
  const big = REPORTS.map((r) => ({ ...r, bytes: PARALLEL_MIN_BYTES }));
  assert.equal(extractWorkerCount(REPORTS, {}), 0);
  assert.equal(extractWorkerCount(big.slice(0, 1), {}), 0);
  assert.ok(extractWorkerCount(big, {}) <= 3);
  assert.equal(extractWorkerCount(REPORTS, { TUPU_EXTRACT_WORKERS: '2' }), 2);
  assert.equal(extractWorkerCount(REPORTS, { TUPU_EXTRACT_WORKERS: '9' }), 3);
  assert.equal(extractWorkerCount(big, { TUPU_EXTRACT_WORKERS: '0' }), 0);
  assert.equal(extractWorkerCount(big, { TUPU_EXTRACT_WORKERS: 'x' }), 0);
});
