import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as graphology from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { GraphJson, type ReportExtraction } from '../../schema/index.ts';
import { assembleGraph } from './index.ts';

// graphology's types describe its CommonJS build; Node runs its ES build, whose named `Graph` is the generic class:
// `Graph.from` builds whatever graph the serialisation's own options declare, as users of graph.json do.
const { Graph } = graphology as unknown as { Graph: { from(json: unknown): AbstractGraph } };

const ev = (doc: string, start: number) => ({ doc, sentence: `句子${start}`, start, end: start + 4 });
const mention = (doc: string, label: 'Company' | 'Model', surface: string, extra = {}) => ({ kind: 'mention' as const, doc, label, surface, start: 0, end: surface.length, method: 'pattern' as const, ...extra });

const extractions: ReportExtraction[] = [
  {
    doc: 'a.txt',
    mentions: [mention('a.txt', 'Company', '北京百川智能科技有限公司'), mention('a.txt', 'Company', '百川智能'), mention('a.txt', 'Model', 'Baichuan-13B'), mention('a.txt', 'Company', '<script>alert(1)</script>公司')],
    relations: [{ kind: 'relation', type: 'DEVELOPS', from: { label: 'Company', surface: '百川智能' }, to: { label: 'Model', surface: 'Baichuan-13B' }, evidence: ev('a.txt', 10), confidence: 0.8, method: 'pattern' }],
    placements: [{ kind: 'tier', entity: { label: 'Model', surface: 'Baichuan-13B' }, tier: 'L0', evidence: ev('a.txt', 10), confidence: 0.7, method: 'rule' }],
  },
  {
    doc: 'b.txt',
    mentions: [mention('b.txt', 'Company', '百川智能'), mention('b.txt', 'Model', 'Baichuan 13B')],
    relations: [{ kind: 'relation', type: 'DEVELOPS', from: { label: 'Company', surface: '百川智能' }, to: { label: 'Model', surface: 'Baichuan 13B' }, evidence: ev('b.txt', 3), confidence: 0.8, method: 'table' }],
    placements: [],
  },
];

const hints = { withoutPlacePrefix: (s: string) => (s.startsWith('北京') ? s.slice(2) : undefined) };

test('surface variants within and across reports become one node with every alias and doc', () => {
  const g = GraphJson.parse(assembleGraph(extractions, [{ doc: 'a.txt' }, { doc: 'b.txt' }], { builtAt: 'now', toolVersion: 't' }, hints));
  const companies = g.nodes.filter((n) => n.attributes.label === 'Company' && n.attributes.name.includes('百川'));
  assert.equal(companies.length, 1);
  assert.deepEqual(new Set([companies[0].attributes.name, ...companies[0].attributes.aliases]), new Set(['百川智能', '北京百川智能科技有限公司']));
  assert.deepEqual(companies[0].attributes.docs, ['a.txt', 'b.txt']);
  const models = g.nodes.filter((n) => n.attributes.label === 'Model');
  assert.equal(models.length, 1, 'Baichuan-13B and Baichuan 13B are one model');
});

test('a form reference data names joins that name as written, even when the written name starts with a place', () => {
  const x: ReportExtraction[] = [{ doc: 'a.txt', mentions: [mention('a.txt', 'Company', '北京星河研究会'), mention('a.txt', 'Company', 'XHRS')], relations: [], placements: [] }];
  const named = { ...hints, canonicalName: (_: string, s: string) => (s === 'XHRS' ? '北京星河研究会' : undefined) };
  const g = GraphJson.parse(assembleGraph(x, [{ doc: 'a.txt' }], { builtAt: 'now', toolVersion: 't' }, named));
  const nodes = g.nodes.filter((n) => n.attributes.label === 'Company');
  assert.deepEqual(nodes.map((n) => [n.attributes.name, n.attributes.aliases]), [['北京星河研究会', ['XHRS']]]);
});

test('one edge per relation, with the evidence of every report, and tier edges to the Tier node', () => {
  const g = assembleGraph(extractions, [{ doc: 'a.txt' }, { doc: 'b.txt' }], { builtAt: 'now', toolVersion: 't' }, hints);
  const develops = g.edges.filter((e) => e.attributes.type === 'DEVELOPS');
  assert.equal(develops.length, 1);
  assert.deepEqual(develops[0].attributes.evidence.map((e) => e.doc).sort(), ['a.txt', 'b.txt']);
  assert.ok(develops[0].attributes.confidence > 0.8, 'two independent statements raise confidence');
  assert.ok(g.edges.some((e) => e.attributes.type === 'IN_TIER' && e.target === 'Tier:L0'));
  const mentioned = g.edges.filter((e) => e.attributes.type === 'MENTIONED_IN' && e.target === 'Document:a.txt');
  assert.ok(mentioned.every((e) => (e.attributes.count ?? 0) >= 1));
});

test('hostile names stay data', () => {
  const g = assembleGraph(extractions, [{ doc: 'a.txt' }], { builtAt: 'now', toolVersion: 't' });
  const hostile = g.nodes.find((n) => n.attributes.name.includes('<script>'));
  assert.equal(hostile?.attributes.name, '<script>alert(1)</script>公司');
  assert.equal(JSON.parse(JSON.stringify(g)).nodes.length, g.nodes.length);
});

test('two relationship types between the same entities: a multigraph Graph.from reads whole', () => {
  const person = { kind: 'mention' as const, doc: 'c.txt', label: 'Person' as const, surface: '王小川', start: 0, end: 3, method: 'pattern' as const };
  const rel = (type: 'FOUNDED' | 'AFFILIATED_WITH', start: number) => ({ kind: 'relation' as const, type, from: { label: 'Person' as const, surface: '王小川' },
    to: { label: 'Company' as const, surface: '百川智能' }, evidence: ev('c.txt', start), confidence: 0.8, method: 'pattern' as const });
  const report: ReportExtraction = { doc: 'c.txt', mentions: [person, mention('c.txt', 'Company', '百川智能')], relations: [rel('FOUNDED', 5), rel('AFFILIATED_WITH', 20)], placements: [] };
  const json = assembleGraph([report], [{ doc: 'c.txt' }], { builtAt: 'now', toolVersion: 't' });
  const graph = Graph.from(JSON.parse(JSON.stringify(json)));
  const types = graph.mapEdges((_k, a, source, target) => `${graph.getNodeAttribute(source, 'name')}-${a.type}->${graph.getNodeAttribute(target, 'name')}`);
  assert.deepEqual(types.filter((t) => t.endsWith('->百川智能')).sort(), ['王小川-AFFILIATED_WITH->百川智能', '王小川-FOUNDED->百川智能']);
});

test('a jurisdiction read from a policy title and an owner read from a name are nodes of their report; a place read from inside another name is not', () => {
  const rel = (type: 'APPLIES_TO' | 'LOCATED_IN', from: { label: 'Policy' | 'Institution'; surface: string }, place: string) =>
    ({ kind: 'relation' as const, type, from, to: { label: 'Region' as const, surface: place }, evidence: ev('p.txt', 0), confidence: 0.8, method: 'pattern' as const });
  const policy = { label: 'Policy' as const, surface: '《江苏省人工智能行动计划》' };
  const university = { label: 'Institution' as const, surface: '南山大学' };
  const x: ReportExtraction[] = [{
    doc: 'p.txt',
    mentions: [{ ...mention('p.txt', 'Company', 'x'), label: 'Policy', surface: policy.surface }, { ...mention('p.txt', 'Company', 'x'), label: 'Institution', surface: university.surface }],
    relations: [rel('APPLIES_TO', policy, '江苏'), rel('LOCATED_IN', university, '南山'),
      { ...rel('LOCATED_IN', university, 'x'), type: 'SUBSIDIARY_OF', to: { label: 'Institution', surface: '南山集团' } }],
    placements: [],
  }];
  const g = GraphJson.parse(assembleGraph(x, [{ doc: 'p.txt' }], { builtAt: 'now', toolVersion: 't' }));
  assert.deepEqual(g.nodes.filter((n) => n.attributes.name === '南山集团').map((n) => n.attributes.docs), [['p.txt']]);
  const regions = g.nodes.filter((n) => n.attributes.label === 'Region');
  assert.deepEqual(regions.map((n) => [n.attributes.name, n.attributes.docs]), [['江苏', ['p.txt']]]);
  assert.deepEqual(g.edges.filter((e) => ['APPLIES_TO', 'LOCATED_IN', 'SUBSIDIARY_OF'].includes(e.attributes.type)).map((e) => e.attributes.type).sort(), ['APPLIES_TO', 'SUBSIDIARY_OF']);
});
