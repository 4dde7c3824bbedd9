// Curation: every rule kind, unmatched rules reported, YAML/zod errors with line numbers, appends keep comments.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import type { TupuError } from '../../common/errors.ts';
import { smallGraph } from '../test-fixtures.ts';
import { appendCurationRule, applyCuration, parseCuration, type LocatedRule } from './index.ts';

const rules = (yaml: string): LocatedRule[] => parseCuration(`version: 1\nrules:\n${yaml}`, 'c.yaml');

describe('curation rules', () => {
  test('merge moves relationships, aliases and documents, and drops the merged node', () => {
    const g = smallGraph();
    const { graph, report } = applyCuration(g, rules('  - merge: { from: "智谱", into: "百度" }\n'));
    assert.equal(report.rules[0].status, 'applied');
    assert.equal(graph.hasNode('Company:智谱AI'), false);
    assert.ok(graph.getNodeAttribute('Company:百度', 'aliases').includes('智谱AI'));
    assert.ok(graph.edges('Company:百度', 'Model:ChatGLM-6B').length === 1);
    assert.equal(graph.edges('Company:百度', 'Region:北京').length, 1, 'parallel LOCATED_IN merged into one');
    assert.equal(g.hasNode('Company:智谱AI'), true, 'input untouched');
  });

  test('rename keeps the id and the old name as an alias; relabel changes the label', () => {
    const { graph } = applyCuration(smallGraph(), rules('  - rename: { entity: 百度, to: 百度集团 }\n  - relabel: { entity: { name: 清华大学, label: Institution }, label: Company }\n'));
    assert.equal(graph.getNodeAttribute('Company:百度', 'name'), '百度集团');
    assert.ok(graph.getNodeAttribute('Company:百度', 'aliases').includes('百度'));
    assert.equal(graph.getNodeAttribute('Institution:清华大学', 'label'), 'Company');
  });

  test('split alias, reject entity, reject relation, add relation with a note', () => {
    const { graph, report } = applyCuration(smallGraph(), rules([
      '  - splitAlias: { entity: 文心一言, alias: ERNIE Bot }',
      '  - reject: { entity: 唐杰 }',
      '  - rejectRelation: { type: LOCATED_IN, from: 智谱AI, to: 北京 }',
      '  - addRelation: { type: INVESTS_IN, from: 百度, to: 智谱AI, note: "reported in the 2023 funding table" }',
      '',
    ].join('\n')));
    assert.deepEqual(report.rules.map((r) => r.status), ['applied', 'applied', 'applied', 'applied']);
    assert.equal(graph.getNodeAttribute('Model:ERNIE Bot', 'name'), 'ERNIE Bot');
    assert.deepEqual(graph.getNodeAttribute('Model:文心一言', 'aliases'), []);
    assert.equal(graph.hasNode('Person:唐杰'), false);
    assert.equal(graph.edges('Company:智谱AI', 'Region:北京').length, 0);
    const added = graph.edges('Company:百度', 'Company:智谱AI').map((e) => graph.getEdgeAttributes(e));
    assert.deepEqual(added.map((a) => [a.type, a.method, a.note]), [['INVESTS_IN', 'curated', 'reported in the 2023 funding table']]);
  });

  test('rules that match nothing, or more than one thing, are reported with their line, not dropped', () => {
    const { report } = applyCuration(smallGraph(), rules('  - merge: { from: 不存在的公司, into: 百度 }\n  - reject: { entity: 唐杰 }\n  - reject: { entity: 唐杰 }\n'));
    assert.deepEqual(report.rules.map((r) => [r.line, r.status]), [[3, 'unmatched'], [4, 'applied'], [5, 'unmatched']]);
    assert.match(report.rules[0].effect, /不存在的公司/);
    assert.equal(report.unmatched, 2);
    const g = smallGraph();
    g.addNode('Model:百度', { label: 'Model', name: '百度', aliases: [], docs: [] });
    assert.equal(applyCuration(g, rules('  - reject: { entity: 百度 }\n')).report.rules[0].status, 'ambiguous');
  });
});

describe('curation file', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tupu-curation-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const fails = (text: string, pattern: RegExp) => assert.throws(() => parseCuration(text, 'c.yaml'), (e: TupuError) => e.code === 'CURATION_INVALID' && pattern.test(e.message));

  test('errors name the line: YAML syntax, unknown rule, missing field, bad label', () => {
    fails('version: 1\nrules:\n  - merge: { from: a, into: [b\n', /^c\.yaml:\d+: YAML error/);
    fails('version: 1\nrules:\n  - merge: { from: a, into: b }\n  - frobnicate: x\n', /^c\.yaml:4: rules\.1: a rule has exactly one of/);
    fails('version: 1\nrules:\n  - merge:\n      from: a\n', /^c\.yaml:4: rules\.0\.merge\.into: required/);
    fails('rules:\n  - relabel: { entity: a, label: Startup }\n', /^c\.yaml:2: rules\.0\.relabel\.label/);
    fails('rules:\n  - addRelation: { type: DEVELOPS, from: a, to: b }\n', /addRelation\.note: required/);
  });

  test('the shipped example file is valid and has no active rules', () => {
    assert.deepEqual(parseCuration(readFileSync(new URL('../../data/curation.yaml', import.meta.url), 'utf8')), []);
  });

  test('appending keeps comments and existing rules, and validates the new one', async () => {
    const file = path.join(dir, 'curation.yaml');
    writeFileSync(file, '# keep me\nversion: 1\nrules:\n  - reject: { entity: x } # and me\n');
    const line = await appendCurationRule(file, { merge: { from: '智谱', into: '智谱AI' } });
    const text = readFileSync(file, 'utf8');
    assert.match(text, /# keep me/);
    assert.match(text, /# and me/);
    assert.deepEqual(parseCuration(text).map((r) => r.rule), [{ reject: { entity: 'x' } }, { merge: { from: '智谱', into: '智谱AI' } }]);
    assert.equal(line, parseCuration(text)[1].line);
    await assert.rejects(appendCurationRule(file, { relabel: { entity: 'x', label: 'Nope' } }), (e: TupuError) => e.code === 'CURATION_INVALID');
    const fresh = path.join(dir, 'new.yaml');
    await appendCurationRule(fresh, { reject: { entity: 'y' } });
    assert.equal(parseCuration(readFileSync(fresh, 'utf8')).length, 1);
  });
});
