// Served graphs for the web benchmarks: the corpus build and generated graphs (with analytics and layouts), cached
// under bench/.data/, plus a `tupu serve` child process to measure against.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateGraph } from './generate-graph.ts';
import { assignAnalytics } from '../graph/analytics/index.ts';
import { assignLayouts } from '../graph/layout/index.ts';
import { toGraphology, toGraphJson } from '../graph/export/index.ts';
import { KuzuStore, KUZU_FILE } from '../graph/stores/kuzu.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DATA = path.join(ROOT, 'bench', '.data');

/** A dataset the web benchmarks serve. */
export interface WebDataset { name: string; outDir: string; nodes: number; edges: number }

/** The corpus graph, built with `tupu build` once and reused. */
export function corpusDataset(log: (s: string) => void): WebDataset {
  const outDir = path.join(DATA, 'web-corpus');
  if (!existsSync(path.join(outDir, KUZU_FILE))) {
    log('building the corpus graph…');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/tupu.mjs'), 'build', '--corpus', path.join(ROOT, '../shared/corpus'), '--out', outDir], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('bench: tupu build failed');
  }
  return { name: 'corpus', outDir, nodes: 0, edges: 0 };
}

/** A generated graph of the given size with PageRank, communities, both layouts and a kuzu store. */
export async function generatedDataset(nodes: number, edges: number, { layout = true } = {}, log: (s: string) => void = () => {}): Promise<WebDataset> {
  const outDir = path.join(DATA, `web-gen-${nodes}-${edges}${layout ? '' : '-nolayout'}`);
  if (!existsSync(path.join(outDir, KUZU_FILE))) {
    log(`generating ${nodes} nodes / ${edges} edges…`);
    mkdirSync(outDir, { recursive: true });
    const graph = toGraphology(generateGraph({ nodes, edges, seed: 7 }));
    assignAnalytics(graph, {}, ['pagerank', 'community']);
    if (layout) assignLayouts(graph);
    const json = toGraphJson(graph);
    writeFileSync(path.join(outDir, 'graph.json'), JSON.stringify(json));
    const store = new KuzuStore(path.join(outDir, KUZU_FILE));
    await store.load(json);
    await store.close();
  }
  return { name: `generated ${nodes / 1000}k/${edges / 1000}k`, outDir, nodes, edges };
}

/** `tupu serve` in a child process on a free port; resolves once it prints its URL. */
export async function serveChild(outDir: string): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/tupu.mjs'), 'serve', '--out', outDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /at (http:\/\/\S+)/.exec(buf);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`bench: tupu serve exited with ${code}`)));
  });
  const stop = () => new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.kill('SIGTERM'); });
  return { url, child, stop };
}
