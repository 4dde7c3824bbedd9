// The Cypher console: the query being edited, the last result or error, and the history.
import { createStore } from './create-store.ts';
import { runCypher, runLibraryQuery, type ApiFailure } from '../api/client.ts';
import type { CypherResponse } from '../../../schema/index.ts';
import { graphStore } from './graph-store.ts';
import { setOverlay } from './exploration-store.ts';

/** Most nodes a result may have and still be drawn; larger results are shown as a table only. */
export const MAX_DRAWN_RESULT_NODES = 2000;
const HISTORY_KEY = 'tupu.cypherHistory';

export interface CypherState {
  query: string;
  running: boolean;
  result: CypherResponse | null;
  error: { code: string; message: string } | null;
  history: string[];
  /** Why the result is not on the canvas, when it is too large. */
  drawn: { nodes: number } | { tooLarge: number } | null;
  /** Completed runs, so a view (or a test) can tell a new answer from the previous one. */
  runs: number;
}

const loadHistory = (): string[] => {
  try { return JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]') as string[]; } catch { return []; }
};

export const cypherStore = createStore<CypherState>({
  query: 'MATCH (c:Company)-[:DEVELOPS]->(m:Model) RETURN c.name, m.name LIMIT 25', running: false, result: null, error: null, history: loadHistory(), drawn: null, runs: 0,
});

/** Draws a result's graph part over the loaded graph, or explains why it cannot. */
function drawResult(result: CypherResponse): CypherState['drawn'] {
  const g = graphStore.get().graph;
  const ids = (result.graph?.nodes ?? []).map((n) => n.id).filter((id) => g?.hasNode(id));
  if (ids.length === 0) { setOverlay(null); return null; }
  if (ids.length > MAX_DRAWN_RESULT_NODES) { setOverlay(null); return { tooLarge: ids.length }; }
  setOverlay(new Set(ids));
  return { nodes: ids.length };
}

async function execute(label: string, run: () => Promise<CypherResponse>): Promise<void> {
  const history = [label, ...cypherStore.get().history.filter((h) => h !== label)].slice(0, 30);
  localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
  cypherStore.set({ running: true, error: null, history });
  try {
    const result = await run();
    cypherStore.set((s) => ({ running: false, result, drawn: drawResult(result), runs: s.runs + 1 }));
  } catch (e) {
    const err = e as ApiFailure;
    cypherStore.set((s) => ({ running: false, result: null, drawn: null, error: { code: err.code ?? 'INTERNAL', message: err.message }, runs: s.runs + 1 }));
  }
}

export const runConsoleQuery = (): Promise<void> => {
  const { query } = cypherStore.get();
  return execute(query, () => runCypher(query));
};

export const runSavedQuery = (name: string, cypher: string, params: Record<string, unknown>): Promise<void> => {
  cypherStore.set({ query: cypher });
  return execute(cypher, () => runLibraryQuery(name, params));
};

export const clearResultOverlay = (): void => { setOverlay(null); cypherStore.set({ drawn: null }); };
