// Synthetic graphs of a chosen size that satisfy the graph.json contract, in linear time, for benchmarks and tests.
import { CHAIN_LAYERS, ENTITY_LABELS, GRAPH_OPTIONS, REL_ENDPOINTS, TIER_CODES, TIERS, type GraphJson, type RelType } from '../schema/index.ts';
import { seededRandom } from '../graph/analytics/random.ts';

const SYLLABLES = ['智', '源', '星', '云', '海', '天', '鹏', '华', '信', '达', '文', '心', '灵', '通', '盘', '古', '百', '川', '月', '光'];
const ENTITY_RELS = (Object.keys(REL_ENDPOINTS) as RelType[])
  .filter((t) => !['IN_TIER', 'IN_LAYER', 'MENTIONED_IN', 'PART_OF'].includes(t));

/** A seeded graph: `nodes` entity nodes, about `edges` relations, plus tiers, layers and documents. */
export function generateGraph({ nodes, edges, seed = 1, docs = 5 }: { nodes: number; edges: number; seed?: number; docs?: number }): GraphJson {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const docNames = Array.from({ length: docs }, (_, i) => `synthetic_${String(i).padStart(3, '0')}.txt`);
  const out: GraphJson = { options: { ...GRAPH_OPTIONS }, attributes: { name: `synthetic ${nodes}/${edges}`, docs: docNames }, nodes: [], edges: [] };
  const byLabel = new Map<string, string[]>();
  for (const [code, t] of Object.entries(TIERS)) out.nodes.push({ key: `Tier:${code}`, attributes: { label: 'Tier', name: t.name, code, aliases: [], docs: [] } });
  for (const l of CHAIN_LAYERS) out.nodes.push({ key: `ChainLayer:${l.code}`, attributes: { label: 'ChainLayer', name: l.name, code: l.code, aliases: [], docs: [], ...('parent' in l ? { parent: l.parent } : {}) } });
  for (const d of docNames) out.nodes.push({ key: `Document:${d}`, attributes: { label: 'Document', name: d, file: d, aliases: [], docs: [d] } });
  for (let i = 0; i < nodes; i++) {
    const label = pick(ENTITY_LABELS);
    const name = `${pick(SYLLABLES)}${pick(SYLLABLES)}${label === 'Model' ? '大模型' : ''}${i}`;
    const key = `${label}:${name}`;
    out.nodes.push({ key, attributes: { label, name, aliases: [], docs: [pick(docNames)] } });
    if (!byLabel.has(label)) byLabel.set(label, []);
    byLabel.get(label)!.push(key);
  }
  const pools = new Map(ENTITY_RELS.map((t) => [t, {
    froms: REL_ENDPOINTS[t].from.flatMap((l) => byLabel.get(l) ?? []),
    tos: REL_ENDPOINTS[t].to.flatMap((l) => byLabel.get(l) ?? []),
  }]));
  const seen = new Set<string>();
  const ev = (doc: string) => [{ doc, sentence: '合成证据句。', start: 0, end: 6 }];
  for (let tries = 0; out.edges.length < edges && tries < edges * 5; tries++) {
    const type = pick(ENTITY_RELS);
    const { froms, tos } = pools.get(type)!;
    if (!froms.length || !tos.length) continue;
    const source = pick(froms); const target = pick(tos);
    const key = `${type}:${source}->${target}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    out.edges.push({ key, source, target, attributes: { type, evidence: ev(pick(docNames)), confidence: 0.5 + rand() / 2, method: 'pattern' } });
  }
  for (const key of byLabel.get('Model') ?? []) {
    const tier = pick(TIER_CODES);
    out.edges.push({ key: `IN_TIER:${key}->Tier:${tier}`, source: key, target: `Tier:${tier}`, attributes: { type: 'IN_TIER', evidence: ev(docNames[0]), confidence: 0.7, method: 'rule' } });
  }
  return out;
}
