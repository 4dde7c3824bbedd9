import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceReport } from '../types.ts';
import { evidenceFor } from './evidence.ts';
import { normalise } from './normalise.ts';

const report = (original: string): SourceReport => ({ doc: 'r.txt', path: '/x/r.txt', bytes: 0, sha256: '', encoding: 'utf-8', original });
const squash = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

test('evidence points at the original span and reads cleanly', () => {
  const original = '页眉\n\n  北京智源人工智能研究院发布\n\n了 悟 道 模型。下一句。';
  const rep = report(original);
  const norm = normalise(rep.doc, original);
  const start = norm.text.indexOf('北京');
  const end = norm.text.indexOf('。') + 1;
  const ev = evidenceFor(rep, norm, start, end);
  assert.equal(ev.doc, 'r.txt');
  assert.equal(original.slice(ev.start, ev.end), '北京智源人工智能研究院发布\n\n了 悟 道 模型。');
  assert.equal(ev.sentence, '北京智源人工智能研究院发布了悟道模型。');
  assert.ok(squash(original).includes(squash(ev.sentence)));
});

test('NFKC in evidence: Kangxi radicals read as ordinary characters', () => {
  const original = '⾦融⼤模型的研究。';
  const rep = report(original);
  const norm = normalise(rep.doc, original);
  const ev = evidenceFor(rep, norm, 0, norm.text.length);
  assert.equal(ev.sentence, '金融大模型的研究。');
  assert.deepEqual([ev.start, ev.end], [0, original.length]);
});
