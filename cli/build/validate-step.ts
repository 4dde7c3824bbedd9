// Build step `validate`: the graph and the extraction records must match the contract before anything is written.
import type { z } from 'zod';
import { TupuError } from '../../common/errors.ts';
import { GraphJson, ReportExtraction } from '../../schema/index.ts';
import type { BuildStep } from './types.ts';

const MAX_LISTED = 5;

export const validateStep: BuildStep = {
  id: 'validate',
  run(ctx) {
    if (!ctx.graph) throw new TupuError('INTERNAL', 'validate: no graph was assembled');
    const graph = ctx.graph;
    const parsed = GraphJson.safeParse(graph);
    const problems = parsed.success ? danglingEdges(graph) : parsed.error.issues.map((i) => describeGraphIssue(graph, i));
    if (problems.length > 0) throw schemaError('graph.json', problems);

    for (const extraction of ctx.extractions) {
      const result = ReportExtraction.safeParse(extraction);
      if (!result.success) {
        throw schemaError(`extraction of ${extraction.doc}`, result.error.issues.map((i) => describeExtractionIssue(extraction, i)));
      }
    }
  },
};

function schemaError(what: string, problems: string[]): TupuError {
  const listed = problems.slice(0, MAX_LISTED).map((p) => `  - ${p}`);
  const more = problems.length > MAX_LISTED ? [`  … and ${problems.length - MAX_LISTED} more`] : [];
  return new TupuError('SCHEMA_INVALID', [`validate: ${what} does not match the schema (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, ...listed, ...more].join('\n'));
}

/** Names the node or edge an issue is about, so the message points at the culprit. */
function describeGraphIssue(graph: GraphJson, issue: z.core.$ZodIssue): string {
  const [section, index, ...rest] = issue.path;
  const field = (rest[0] === 'attributes' ? rest.slice(1) : rest).map(String).join('.');
  if (section === 'nodes' && typeof index === 'number') {
    const node = graph.nodes[index] as { key?: unknown; attributes?: { name?: unknown; label?: unknown } } | undefined;
    return `node #${index} key=${JSON.stringify(node?.key)} name=${JSON.stringify(node?.attributes?.name)} label=${JSON.stringify(node?.attributes?.label)}: ${field || 'node'}: ${issue.message}`;
  }
  if (section === 'edges' && typeof index === 'number') {
    const edge = graph.edges[index] as { source?: unknown; target?: unknown; attributes?: { type?: unknown } } | undefined;
    return `edge #${index} ${JSON.stringify(edge?.source)} -[${String(edge?.attributes?.type)}]-> ${JSON.stringify(edge?.target)}: ${field || 'edge'}: ${issue.message}`;
  }
  return `${issue.path.map(String).join('.') || 'graph'}: ${issue.message}`;
}

function describeExtractionIssue(extraction: ReportExtraction, issue: z.core.$ZodIssue): string {
  const [section, index, ...rest] = issue.path;
  const list = typeof section === 'string' ? (extraction as unknown as Record<string, unknown>)[section] : undefined;
  const record = Array.isArray(list) && typeof index === 'number' ? (list[index] as unknown) : undefined;
  const where = record === undefined ? issue.path.map(String).join('.') : `${String(section)}[${String(index)}] ${truncate(JSON.stringify(record), 160)} at ${rest.map(String).join('.') || 'record'}`;
  return `${where}: ${issue.message}`;
}

function danglingEdges(graph: GraphJson): string[] {
  const keys = new Set<string>();
  const problems: string[] = [];
  for (const [i, node] of graph.nodes.entries()) {
    if (keys.has(node.key)) problems.push(`node #${i} key=${JSON.stringify(node.key)}: duplicate node key`);
    keys.add(node.key);
  }
  for (const [i, edge] of graph.edges.entries()) {
    for (const end of [edge.source, edge.target]) {
      if (!keys.has(end)) problems.push(`edge #${i} ${JSON.stringify(edge.source)} -[${edge.attributes.type}]-> ${JSON.stringify(edge.target)}: no node with key ${JSON.stringify(end)}`);
    }
  }
  return problems;
}

const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n)}…` : s);
