// Atomic rebuild of the embedded store: load a new database beside the old one, then swap; failures keep the old.
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { TupuGraph } from '../export/graph-json.ts';
import { kuzuError } from './kuzu-errors.ts';
import { stageCopyFiles } from './kuzu-copy.ts';
import { kuzuSchemaStatements, relTriples } from './kuzu-schema.ts';
import { KuzuSession } from './kuzu-session.ts';
import type { LoadSummary } from './types.ts';

/** kuzu 0.11 keeps a database in one file plus an optional write-ahead log beside it. */
const companions = (file: string) => [file, `${file}.wal`];

async function removeDb(file: string): Promise<void> {
  for (const f of companions(file)) await fs.rm(f, { recursive: true, force: true });
}

async function moveDb(from: string, to: string): Promise<void> {
  for (const [a, b] of companions(from).map((f, i) => [f, companions(to)[i]])) if (existsSync(a)) await fs.rename(a, b);
}

/**
 * `copying`: called once the COPY statements are in kuzu's hands (staging and schema done), for callers that
 * want to do other work while kuzu loads. `beforeSwap`: run after COPY and before the swap; throwing keeps the
 * previous database (tests use it to simulate a crash half-way; the build, to wait for its other outputs).
 */
export interface LoadHooks { copying?: () => void; beforeSwap?: () => Promise<void> | void }

/** Build `file` from the graph with COPY FROM; on any failure the previous database is left untouched. */
export async function loadKuzu(graph: TupuGraph, file: string, hooks: LoadHooks = {}): Promise<LoadSummary> {
  const started = performance.now();
  const tag = `${process.pid}-${Date.now()}`;
  const fresh = `${file}.new-${tag}`; const staging = `${file}.staging-${tag}`; const old = `${file}.old-${tag}`;
  await fs.mkdir(path.dirname(file), { recursive: true });
  const summary: LoadSummary = { target: 'kuzu', nodes: {}, relationships: {}, ms: 0 };
  try {
    const jobs = await stageCopyFiles(graph, staging);
    const session = new KuzuSession(fresh, false);
    try {
      // Multi-statement queries: kuzu runs the schema, then every COPY, on its own threads without coming back to
      // this thread between statements, so a busy event loop (the build renders exports meanwhile) does not stall
      // it. One transaction for all COPYs saves kuzu a commit per table (~200 ms on a small graph).
      // BEGIN and COMMIT go alone: a transaction begun inside a multi-statement query that then fails leaves kuzu
      // 0.11 a result it cannot close, and the process crashes on exit.
      await session.run(kuzuSchemaStatements(relTriples(graph)).join(';\n'));
      await session.run('BEGIN TRANSACTION');
      try {
        // COMMIT rides with the COPYs: no round trip through a busy event loop between them.
        const loading = session.run([...jobs.map((job) => job.statement), 'COMMIT'].join(';\n'));
        hooks.copying?.();
        await loading;
      } catch (err) {
        await session.run('ROLLBACK').catch(() => { /* kuzu has already rolled back after a failed statement */ });
        throw err;
      }
      for (const job of jobs) {
        const bucket = path.basename(job.file).startsWith('node-') ? summary.nodes : summary.relationships;
        bucket[job.table] = (bucket[job.table] ?? 0) + job.rows;
      }
    } finally {
      await session.close();
    }
    await hooks.beforeSwap?.();
    if (existsSync(file)) await moveDb(file, old);
    await moveDb(fresh, file);
    await removeDb(old);
  } catch (err) {
    await removeDb(fresh);
    if (!existsSync(file) && existsSync(old)) await moveDb(old, file);
    throw kuzuError(err, `kuzu load ${file}`);
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
  summary.ms = Math.round(performance.now() - started);
  return summary;
}
