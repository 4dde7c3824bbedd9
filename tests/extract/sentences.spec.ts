// Recognition and relation rules on sentences we wrote, one behaviour each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReport } from '../../extract/index.ts';
import type { SourceReport } from '../../extract/types.ts';

const report = (original: string): SourceReport => ({ doc: 't.txt', path: 't.txt', bytes: original.length, sha256: '', encoding: 'utf-8', original });
const rel = (x: ReturnType<typeof extractReport>) => x.relations.map((r) => `${r.type}|${r.from.surface}|${r.to.surface}`);

test('a release verb links the developer to its model, with evidence offsets into the original', () => {
  const text = '2023年3月，百度正式发布了文心一言大模型。\n';
  const x = extractReport(report(text));
  assert.ok(rel(x).some((r) => r.startsWith('DEVELOPS|百度|文心一言')), rel(x).join(' '));
  const e = x.relations[0].evidence;
  assert.equal(text.slice(e.start, e.end).normalize('NFKC').replace(/\s/g, ''), e.sentence.replace(/\s/g, ''));
});

test('a negated statement is not a relation', () => {
  const x = extractReport(report('百川智能表示，其模型并非基于LLaMA开发。\n'));
  assert.ok(!rel(x).some((r) => r.startsWith('BASED_ON')), rel(x).join(' '));
});

test('a policy title with its issuing body, and a journal title ignored', () => {
  const x = extractReport(report('2023年7月，国家互联网信息办公室等七部门联合发布《生成式人工智能服务管理暂行办法》。《中国人工智能发展报告》对此有论述。\n'));
  const policies = x.mentions.filter((m) => m.label === 'Policy').map((m) => m.surface);
  assert.deepEqual([...new Set(policies)], ['《生成式人工智能服务管理暂行办法》']);
  assert.ok(rel(x).some((r) => r.startsWith('ISSUED|国家互联网信息办公室')), rel(x).join(' '));
});

test('a researcher and the university named with them', () => {
  const x = extractReport(report('复旦大学的邱锡鹏教授团队发布了MOSS模型。\n'));
  assert.ok(x.mentions.some((m) => m.label === 'Person' && m.surface === '邱锡鹏'));
  assert.ok(rel(x).includes('AFFILIATED_WITH|邱锡鹏|复旦大学'), rel(x).join(' '));
});
