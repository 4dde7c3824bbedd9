// Checks on the real reports in ../shared/corpus (read in place, never copied into the repo).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evidenceFor, normalise, readReport, segment } from './index.ts';

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const skip = existsSync(CORPUS) ? false : 'shared corpus not present';
const files = skip ? [] : readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
const load = async (prefix: string) => {
  const report = await readReport(path.join(CORPUS, files.find((f) => f.startsWith(prefix))!));
  const norm = normalise(report.doc, report.original);
  return { report, norm, segments: segment(norm) };
};
const squash = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

test('002: Kangxi radicals are gone, 金融 is readable', { skip }, async () => {
  const { norm } = await load('002');
  assert.ok(norm.text.includes('金融'));
  assert.ok(!/[\u2f00-\u2fdf\u2e80-\u2eff]/.test(norm.text));
});

test('000: the cover watermark name does not survive 24 times', { skip }, async () => {
  const { report, norm } = await load('000');
  const name = /^(\S{2,4})(?: \1){3}\s*$/m.exec(report.original)?.[1];
  assert.ok(name, 'the watermark is in the original');
  assert.ok(report.original.split(name).length - 1 >= 24);
  assert.ok(norm.text.split(name).length - 1 < 5);
});

test('no TOC leaders, URLs or e-mail addresses survive; wrapped lines are joined', { skip }, async () => {
  for (const f of files) {
    const { norm } = await load(f.slice(0, 3));
    assert.ok(!/(\.{4,}|…{2,})\s*\d+\s*$/m.test(norm.text), `${f}: TOC line`);
    assert.ok(!/https?:\/\/|www\.|[\w.]+@[\w-]+\.[a-z]{2,}/i.test(norm.text), `${f}: URL or e-mail`);
  }
  const { norm } = await load('000');
  assert.ok(norm.text.includes('中美经济利益紧密交融'), 'a word split over two PDF lines is whole again');
});

test('003 table 3-2: rows keep model and parameters together, group headers are rows', { skip }, async () => {
  const { segments } = await load('003');
  const rows = segments.filter((s) => s.kind === 'table-row' && s.table?.caption.includes('3-2'));
  assert.ok(rows.length > 30);
  assert.ok(rows.some((r) => r.cells?.includes('davinci') && r.cells.includes('175B')));
  assert.ok(rows.some((r) => r.cells?.[0] === 'code-davinci-002' && r.cells.includes('8000')));
  assert.ok(rows.some((r) => r.cells?.length === 1 && r.cells[0] === 'OpenAI'));
  assert.deepEqual(rows[0].table?.header.slice(0, 3), ['发布者', '模型', '参数量']);
  assert.ok(rows.every((r) => r.text.length < 120), 'no prose swallowed');
});

test('002 and 004: the model tables are found (uncaptioned header, captioned with groups)', { skip }, async () => {
  const t002 = (await load('002')).segments.filter((s) => s.kind === 'table-row');
  assert.ok(t002.some((r) => r.cells?.[0] === 'LLaMA2' && r.cells[1] === 'Meta'));
  const t004 = (await load('004')).segments.filter((s) => s.kind === 'table-row' && s.table?.caption.startsWith('表 3'));
  assert.ok(t004.some((r) => r.cells?.[0] === 'ChatGLM-6B' && r.cells[1] === '清华大学'));
});

test('every segment of every report has evidence found in its original', { skip }, async () => {
  for (const f of files) {
    const { report, norm, segments } = await load(f.slice(0, 3));
    const doc = squash(report.original);
    for (const s of segments) {
      const ev = evidenceFor(report, norm, s.start, s.end);
      assert.ok(ev.start <= ev.end && ev.end <= report.original.length);
      assert.ok(doc.includes(squash(ev.sentence)), `${f}: ${ev.sentence}`);
    }
  }
});
