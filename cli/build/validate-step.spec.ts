// The validate step refuses a graph or extraction that breaks the contract, naming the node, edge or record at fault.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TupuError } from '../../common/errors.ts';
import type { GraphJson, ReportExtraction } from '../../schema/index.ts';
import { createProgress } from '../progress.ts';
import type { BuildContext } from './types.ts';
import { validateStep } from './validate-step.ts';

const node = (key: string, label: string, name: string) => ({ key, attributes: { label, name, aliases: [], docs: ['a.txt'] } });
const emptyExtraction: ReportExtraction = { doc: 'a.txt', mentions: [], relations: [], placements: [] };

function context(graph: unknown, extractions: ReportExtraction[] = [emptyExtraction]): BuildContext {
  return {
    options: { corpus: '/c', corpusLabel: 'c', out: '/o', builtAt: '2024-01-01T00:00:00Z', toolVersion: 'test' },
    progress: createProgress(process.stderr, false),
    inputs: [], reports: [], extractions, outputs: {}, stages: {},
    graph: graph as GraphJson,
  };
}

const schemaError = (pattern: RegExp) => (err: unknown) => {
  assert.ok(err instanceof TupuError);
  assert.equal(err.code, 'SCHEMA_INVALID');
  assert.match(err.message, pattern);
  return true;
};

test('a valid graph passes', () => {
  const graph = { attributes: {}, nodes: [node('Company:百度', 'Company', '百度')], edges: [] };
  validateStep.run(context(graph));
});

test('a node with an unknown label is named by index, key and name', () => {
  const graph = { attributes: {}, nodes: [node('Company:百度', 'Company', '百度'), node('X:<script>', 'Gadget', '<script>')], edges: [] };
  assert.throws(() => validateStep.run(context(graph)), schemaError(/node #1 key="X:<script>" name="<script>" label="Gadget": label:/));
});

test('an edge with a bad confidence is named by its ends and type', () => {
  const edge = { source: 'Company:百度', target: 'Model:文心', attributes: { type: 'DEVELOPS', evidence: [], confidence: 3, method: 'pattern' } };
  const graph = { attributes: {}, nodes: [node('Company:百度', 'Company', '百度'), node('Model:文心', 'Model', '文心')], edges: [edge] };
  assert.throws(() => validateStep.run(context(graph)), schemaError(/edge #0 "Company:百度" -\[DEVELOPS\]-> "Model:文心": confidence:/));
});

test('an edge to a missing node and a duplicate key are refused', () => {
  const edge = { source: 'Company:百度', target: 'Model:missing', attributes: { type: 'DEVELOPS', evidence: [], confidence: 0.9, method: 'pattern' } };
  const graph = { attributes: {}, nodes: [node('Company:百度', 'Company', '百度'), node('Company:百度', 'Company', '百度')], edges: [edge] };
  assert.throws(() => validateStep.run(context(graph)), schemaError(/duplicate node key[\s\S]*no node with key "Model:missing"/));
});

test('an invalid extraction record is named by report, list and index', () => {
  const bad = { ...emptyExtraction, mentions: [{ kind: 'mention', doc: 'a.txt', label: 'Company', surface: '', start: 0, end: 0, method: 'pattern' }] } as ReportExtraction;
  const graph = { attributes: {}, nodes: [], edges: [] };
  assert.throws(() => validateStep.run(context(graph, [bad])), schemaError(/extraction of a\.txt[\s\S]*mentions\[0\][\s\S]*surface/));
});
