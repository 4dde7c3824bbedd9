// The Neo4j store: batched idempotent MERGE loads in write transactions, queries in READ sessions.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { TupuError } from '../../common/errors.ts';
import type { GraphJson } from '../../schema/index.ts';
import { parseGraphJson, toGraphology, type TupuGraph } from '../export/graph-json.ts';
import { neo4jError } from './neo4j-errors.ts';
import { neo4jLoadPlan } from './neo4j-plan.ts';
import { neo4jResult } from './neo4j-values.ts';
import { QUERY_DEFAULTS, type GraphStore, type LoadSummary, type QueryOptions, type QueryResult } from './types.ts';

/** Where and how to connect; the password comes from NEO4J_PASSWORD only, never from a flag. */
export interface Neo4jConfig {
  uri: string;
  user?: string;
  database?: string;
  batchSize?: number;
  /** How long the driver keeps retrying a retriable failure. */
  maxRetryMs?: number;
  connectTimeoutMs?: number;
  onProgress?: (done: number, total: number, what: string) => void;
}

export class Neo4jStore implements GraphStore {
  readonly target = 'neo4j' as const;
  private driver?: Driver;
  private verified = false;
  constructor(readonly config: Neo4jConfig, private readonly password = process.env.NEO4J_PASSWORD) {}

  private async connect(): Promise<Driver> {
    if (!this.driver) {
      if (this.password === undefined) throw new TupuError('STORE_AUTH', 'neo4j: set NEO4J_PASSWORD (the password is never taken from a flag)');
      try {
        this.driver = neo4j.driver(this.config.uri, neo4j.auth.basic(this.config.user ?? 'neo4j', this.password), {
          connectionTimeout: this.config.connectTimeoutMs ?? 5000,
          connectionAcquisitionTimeout: this.config.connectTimeoutMs ?? 5000,
          maxTransactionRetryTime: this.config.maxRetryMs ?? 5000,
          disableLosslessIntegers: true,
        });
      } catch (err) {
        throw new TupuError('STORE_UNAVAILABLE', `neo4j: cannot use URI ${JSON.stringify(this.config.uri)} (${(err as Error).message})`, { cause: err });
      }
    }
    if (!this.verified) {
      try {
        await this.driver.verifyConnectivity({ database: this.config.database });
        this.verified = true;
      } catch (err) {
        throw neo4jError(err, `neo4j ${this.config.uri}`);
      }
    }
    return this.driver;
  }

  /** Constraints first, then every batch in its own write transaction; counts what MERGE created. */
  async load(graph: GraphJson | TupuGraph): Promise<LoadSummary> {
    const started = performance.now();
    const g = 'forEachNode' in graph ? graph : toGraphology(parseGraphJson(graph));
    const plan = neo4jLoadPlan(g, this.config.batchSize);
    const driver = await this.connect();
    const session = driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.WRITE });
    const summary: LoadSummary = { target: 'neo4j', nodes: {}, relationships: {}, ms: 0, created: { nodes: 0, relationships: 0 }, updated: { nodes: 0, relationships: 0 } };
    const total = plan.batches.reduce((n, b) => n + b.rows.length, 0);
    let done = 0;
    try {
      for (const c of plan.constraints) await session.executeWrite((tx) => tx.run(c));
      for (const batch of plan.batches) {
        const result = await session.executeWrite((tx) => tx.run(batch.statement, { rows: batch.rows }));
        const counters = result.summary.counters.updates();
        const created = batch.kind === 'node' ? counters.nodesCreated : counters.relationshipsCreated;
        const bucket = batch.kind === 'node' ? summary.nodes : summary.relationships;
        const key = batch.kind === 'node' ? 'nodes' : 'relationships';
        bucket[batch.name] = (bucket[batch.name] ?? 0) + batch.rows.length;
        summary.created![key] += created;
        summary.updated![key] += batch.rows.length - created;
        done += batch.rows.length;
        this.config.onProgress?.(done, total, batch.name);
      }
    } catch (err) {
      throw neo4jError(err, `neo4j load ${this.config.uri}`);
    } finally {
      await session.close();
    }
    summary.ms = Math.round(performance.now() - started);
    return summary;
  }

  /** Read-only queries run in READ transactions, so the server itself refuses writes. */
  async query(cypher: string, params: Record<string, unknown> = {}, options: QueryOptions = {}): Promise<QueryResult> {
    const { write = false, timeoutMs = QUERY_DEFAULTS.timeoutMs, rowLimit = QUERY_DEFAULTS.rowLimit } = options;
    const driver = await this.connect();
    const session = driver.session({ database: this.config.database, defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ });
    try {
      const work = (tx: ManagedTransaction) => tx.run(cypher, params);
      const result = write ? await session.executeWrite(work, { timeout: timeoutMs }) : await session.executeRead(work, { timeout: timeoutMs });
      return neo4jResult(result.records, rowLimit);
    } catch (err) {
      throw neo4jError(err, 'neo4j query');
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    const d = this.driver;
    this.driver = undefined; this.verified = false;
    await d?.close();
  }
}
