// `tupu load`: load a build's graph into the embedded kuzu store or into Neo4j (idempotent MERGE, batched).
import path from 'node:path';
import { UsageError, defineCommand } from '../command.ts';

export const loadCommand = defineCommand({
  name: 'load',
  summary: 'Load the built graph into the embedded store (kuzu) or Neo4j',
  usage: '[--out DIR] [--target kuzu|neo4j] [--uri bolt://…] [--user U] [--batch-size N] [--dry-run] [--json]',
  options: {
    out: { type: 'string', valueName: 'DIR', description: 'build output holding graph.json', defaultText: 'out' },
    target: { type: 'string', valueName: 'STORE', description: 'kuzu (OUT/tupu.kuzu, rebuilt atomically) or neo4j', defaultText: 'kuzu' },
    uri: { type: 'string', valueName: 'URI', description: 'Neo4j bolt URI', defaultText: '$NEO4J_URI or bolt://localhost:7687' },
    user: { type: 'string', valueName: 'USER', description: 'Neo4j user; the password is read from NEO4J_PASSWORD only', defaultText: 'neo4j' },
    database: { type: 'string', valueName: 'NAME', description: 'Neo4j database' },
    'batch-size': { type: 'string', valueName: 'N', description: 'rows per UNWIND batch (Neo4j)', defaultText: '10000' },
    'dry-run': { type: 'boolean', description: 'print the statements and batch sizes instead of running them (Neo4j)' },
    json: { type: 'boolean', description: 'print the load summary as JSON' },
  },
  details: 'Neo4j: constraints first, then UNWIND $rows MERGE batches in write transactions; re-running finishes an interrupted load.',
  async run({ values }) {
    const { readGraphJsonFile, toGraphology } = await import('../../graph/export/index.ts');
    const target = values.target ?? 'kuzu';
    if (target !== 'kuzu' && target !== 'neo4j') throw new UsageError(`--target expects kuzu or neo4j, got "${target}"`);
    const batchSize = values['batch-size'] === undefined ? 10_000 : Number(values['batch-size']);
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch-size expects a positive integer, got "${values['batch-size']}"`);
    const out = path.resolve(values.out ?? 'out');
    const json = await readGraphJsonFile(path.join(out, 'graph.json'));
    const graph = toGraphology(json);
    if (values['dry-run']) {
      const { neo4jLoadPlan } = await import('../../graph/stores/neo4j-plan.ts');
      const plan = neo4jLoadPlan(graph, batchSize);
      for (const c of plan.constraints) process.stdout.write(`${c};\n`);
      for (const b of plan.batches) process.stdout.write(`// ${b.kind} ${b.name}: ${b.rows.length} rows as $rows\n${b.statement};\n`);
      return 0;
    }
    const { openStore } = await import('../../graph/stores/open-store.ts');
    const { createProgress } = await import('../progress.ts');
    const progress = createProgress();
    let reported = 0;
    const store = openStore({
      target, out,
      neo4j: {
        uri: values.uri ?? process.env.NEO4J_URI ?? 'bolt://localhost:7687', user: values.user ?? process.env.NEO4J_USER, database: values.database, batchSize,
        onProgress: (done, _total, what) => { progress.tick(done - reported, what); reported = done; },
      },
    });
    try {
      if (target === 'neo4j') progress.start('load to neo4j', graph.order + graph.size);
      const summary = await store.load(json);
      progress.done();
      if (values.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
      else {
        const n = Object.values(summary.nodes).reduce((a, b) => a + b, 0); const r = Object.values(summary.relationships).reduce((a, b) => a + b, 0);
        const counts = summary.created ? ` (created ${summary.created.nodes} nodes / ${summary.created.relationships} relationships, matched existing ${summary.updated!.nodes} / ${summary.updated!.relationships})` : '';
        process.stdout.write(`Loaded ${n} nodes and ${r} relationships into ${target} in ${(summary.ms / 1000).toFixed(2)} s${counts}\n`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
});
