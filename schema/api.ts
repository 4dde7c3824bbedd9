// The HTTP API contract: request and response bodies of `tupu serve`, shared by the server and the viewer.
import { z } from 'zod';
import { GraphJson, NodeAttributes, Evidence } from './graph.ts';

/** Every failed API call answers with this body; clients branch on `code`, never on `message`. */
export const ApiError = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ApiError = z.infer<typeof ApiError>;

/** `GET /api/health`: liveness plus the size and date of the graph being served. */
export const HealthResponse = z.object({
  ok: z.boolean(),
  graph: z.object({
    nodes: z.number().int().nonnegative(),
    edges: z.number().int().nonnegative(),
    builtAt: z.string().nullable(),
    docs: z.number().int().nonnegative(),
  }),
  store: z.string().nullable(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

/** `GET /api/graph?focus=&depth=`: the whole graph, or the neighbourhood of one node. */
export const GraphRequest = z.object({
  focus: z.string().min(1).optional(),
  depth: z.coerce.number().int().min(0).max(4).default(2),
});
export type GraphRequest = z.infer<typeof GraphRequest>;
export const GraphResponse = GraphJson;
export type GraphResponse = GraphJson;

/** How a search hit matched, best first: the client may show it next to the suggestion. */
export const MatchKind = z.enum(['exact', 'prefix', 'substring', 'pinyin']);
export type MatchKind = z.infer<typeof MatchKind>;

export const SearchRequest = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});
export type SearchRequest = z.infer<typeof SearchRequest>;

/** One ranked suggestion; `matched` is the name or alias that matched. */
export const SearchHit = z.object({
  id: z.string(),
  name: z.string(),
  label: z.string(),
  matched: z.string(),
  kind: MatchKind,
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;
export const SearchResponse = z.object({ q: z.string(), hits: z.array(SearchHit) });
export type SearchResponse = z.infer<typeof SearchResponse>;

/** A node seen from another: enough to list it and to navigate to it. */
export const NodeRef = z.object({ id: z.string(), name: z.string(), label: z.string() });
export type NodeRef = z.infer<typeof NodeRef>;

/** A report as the viewer names it. */
export const ReportRef = z.object({
  doc: z.string(),
  title: z.string(),
  publisher: z.string().optional(),
  date: z.string().optional(),
});
export type ReportRef = z.infer<typeof ReportRef>;

/** One relationship of a node, seen from that node. */
export const Neighbour = z.object({
  edge: z.string(),
  type: z.string(),
  direction: z.enum(['out', 'in']),
  confidence: z.number(),
  node: NodeRef,
});
export type Neighbour = z.infer<typeof Neighbour>;

/** `GET /api/nodes/:id`: properties, placement, neighbours and the reports that mention it. */
export const NodeDetails = z.object({
  id: z.string(),
  attributes: NodeAttributes,
  tiers: z.array(NodeRef),
  layers: z.array(NodeRef),
  regions: z.array(NodeRef),
  neighbours: z.array(Neighbour),
  reports: z.array(ReportRef),
});
export type NodeDetails = z.infer<typeof NodeDetails>;

/** An evidence sentence with its report named. */
export const EvidenceItem = Evidence.extend({ title: z.string() });
export type EvidenceItem = z.infer<typeof EvidenceItem>;

/** `GET /api/edges/:id/evidence`. */
export const EdgeEvidence = z.object({
  id: z.string(),
  type: z.string(),
  confidence: z.number(),
  method: z.string(),
  source: NodeRef,
  target: NodeRef,
  evidence: z.array(EvidenceItem),
});
export type EdgeEvidence = z.infer<typeof EdgeEvidence>;

/** Query parameters: JSON values only. */
export const CypherParams = z.record(z.string(), z.unknown()).default({});

/** `POST /api/cypher`. */
export const CypherRequest = z.object({
  query: z.string().trim().min(1).max(20_000),
  params: CypherParams,
});
export type CypherRequest = z.infer<typeof CypherRequest>;

/** Nodes and relationships of a result, so the viewer can draw it. */
export const ResultGraph = z.object({
  nodes: z.array(z.object({ id: z.string(), label: z.string(), name: z.string(), properties: z.record(z.string(), z.unknown()) })),
  edges: z.array(z.object({ id: z.string(), source: z.string(), target: z.string(), type: z.string(), properties: z.record(z.string(), z.unknown()) })),
});
export type ResultGraph = z.infer<typeof ResultGraph>;

/** A Cypher result; `truncated` says the row cap cut it. */
export const CypherResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  truncated: z.boolean(),
  rowLimit: z.number().int(),
  ms: z.number(),
  graph: ResultGraph.optional(),
});
export type CypherResponse = z.infer<typeof CypherResponse>;

/** A parameter of a library query, enough to draw a form field. */
export const QueryParamSpec = z.object({
  name: z.string(),
  type: z.enum(['string', 'number', 'integer', 'boolean']),
  description: z.string().optional(),
  default: z.union([z.string(), z.number(), z.boolean()]).optional(),
});
export type QueryParamSpec = z.infer<typeof QueryParamSpec>;

/** A saved query of the library as the viewer lists it. */
export const LibraryQueryInfo = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  cypher: z.string(),
  params: z.array(QueryParamSpec),
});
export type LibraryQueryInfo = z.infer<typeof LibraryQueryInfo>;

/** `GET /api/queries`. */
export const QueriesResponse = z.object({ queries: z.array(LibraryQueryInfo) });
export type QueriesResponse = z.infer<typeof QueriesResponse>;

/** `POST /api/queries/:name/run`. */
export const QueryRunRequest = z.object({ params: CypherParams });
export type QueryRunRequest = z.infer<typeof QueryRunRequest>;
