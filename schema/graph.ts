// The graph JSON contract: graphology's SerializedGraph with the ontology's attributes.
import { z } from 'zod';
import { NodeLabel, RelType } from './ontology.ts';

/** Where a relation is stated: a sentence or table row, with offsets into the original file. */
export const Evidence = z.object({
  doc: z.string().min(1),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Method = z.enum(['pattern', 'table', 'cooccurrence', 'rule', 'curated', 'lexicon', 'taxonomy']);
export type Method = z.infer<typeof Method>;

/** Node attributes: identity and ontology properties, then derived analytics and layout. */
export const NodeAttributes = z.object({
  label: NodeLabel,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  docs: z.array(z.string()),
  mentions: z.number().int().nonnegative().optional(),
  code: z.string().optional(),
  parent: z.string().optional(),
  // ontology properties (only what a report states)
  country: z.string().optional(),
  kind: z.string().optional(),
  role: z.string().optional(),
  params: z.string().optional(),
  releaseDate: z.string().optional(),
  openSource: z.enum(['true', 'false', 'unknown']).optional(),
  modality: z.enum(['nlp', 'cv', 'multimodal', 'science', 'code']).optional(),
  contextLength: z.string().optional(),
  date: z.string().optional(),
  jurisdiction: z.string().optional(),
  level: z.enum(['country', 'province', 'city', 'bloc']).optional(),
  title: z.string().optional(),
  publisher: z.string().optional(),
  file: z.string().optional(),
  // derived by graph/ analytics and layout; never entity data
  degree: z.number().optional(),
  weightedDegree: z.number().optional(),
  pagerank: z.number().optional(),
  betweenness: z.number().optional(),
  community: z.number().int().optional(),
  component: z.number().int().optional(),
  x: z.number().optional(),
  y: z.number().optional(),
  chainX: z.number().optional(),
  chainY: z.number().optional(),
});
export type NodeAttributes = z.infer<typeof NodeAttributes>;

export const EdgeAttributes = z.object({
  type: RelType,
  evidence: z.array(Evidence),
  confidence: z.number().min(0).max(1),
  method: Method,
  count: z.number().int().nonnegative().optional(),
  note: z.string().optional(),
});
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;

export const GraphAttributes = z.object({
  name: z.string().optional(),
  builtAt: z.string().optional(),
  toolVersion: z.string().optional(),
  docs: z.array(z.string()).optional(),
});
export type GraphAttributes = z.infer<typeof GraphAttributes>;

/**
 * The options every writer declares: relationships of different types may link the same two nodes (FOUNDED and
 * AFFILIATED_WITH), so graph.json is a directed multigraph and `Graph.from(json)` accepts its parallel edges.
 */
export const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

/** graph.json: exactly graphology's `graph.export()` shape, so the viewer does `Graph.from(json)`. */
export const GraphJson = z.object({
  options: z.object({ type: z.literal('directed'), multi: z.boolean(), allowSelfLoops: z.boolean() }).optional(),
  attributes: GraphAttributes,
  nodes: z.array(z.object({ key: z.string().min(1), attributes: NodeAttributes })),
  edges: z.array(z.object({
    key: z.string().optional(),
    source: z.string(),
    target: z.string(),
    attributes: EdgeAttributes,
  })),
});
export type GraphJson = z.infer<typeof GraphJson>;
