// The interface every Cypher store implements: the embedded kuzu store and Neo4j.
import type { GraphJson } from '../../schema/index.ts';

/** Which database a store talks to. */
export type StoreTarget = 'kuzu' | 'neo4j';

/** Limits applied to every query unless the caller overrides them. */
export interface QueryOptions {
  /** Allow writes (CLI `--write` only; the HTTP API never sets it). */
  write?: boolean;
  timeoutMs?: number;
  rowLimit?: number;
}

/** Nodes and relationships found in a result, so a viewer can draw it. */
export interface ResultGraph {
  nodes: { id: string; label: string; name: string; properties: Record<string, unknown> }[];
  edges: { id: string; source: string; target: string; type: string; properties: Record<string, unknown> }[];
}

/** Rows keyed by column name; `truncated` is true when the row limit cut the result. */
export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  graph?: ResultGraph;
}

/** What a load created or updated, per label and per relationship type. */
export interface LoadSummary {
  target: StoreTarget;
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  ms: number;
  /** Neo4j only: how many MERGEs created a new node/relationship versus matched an existing one. */
  created?: { nodes: number; relationships: number };
  updated?: { nodes: number; relationships: number };
}

/** A Cypher database holding one built graph. Errors are TupuError with codes CYPHER_* / STORE_*. */
export interface GraphStore {
  readonly target: StoreTarget;
  load(graph: GraphJson): Promise<LoadSummary>;
  query(cypher: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<QueryResult>;
  close(): Promise<void>;
}

/** Limits a query gets when the caller gives none: a row cap and a timeout. */
export const QUERY_DEFAULTS = { rowLimit: 1000, timeoutMs: 10_000 } as const;
