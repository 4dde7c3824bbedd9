// Relation candidates from all reports become one edge per (type, source, target) with all evidence.
import { REL_ENDPOINTS, UNDIRECTED_REL_TYPES, type EdgeAttributes, type Evidence, type GraphJson, type ReportExtraction, type RelType } from '../../schema/index.ts';
import type { ResolvedEntities } from './resolve-entities.ts';
import { layerId, tierId } from './structure.ts';

type Edge = GraphJson['edges'][number];
interface Pending { source: string; target: string; sourceLabel: string; targetLabel: string; attrs: EdgeAttributes; seen: Set<string> }

const evidenceKey = (e: Evidence) => `${e.doc}|${e.start}|${e.end}`;

/** Independent pieces of evidence make a relation more certain: 1 - Π(1 - c). */
const combine = (a: number, b: number) => 1 - (1 - a) * (1 - b);

export function mergeRelations(extractions: ReportExtraction[], entities: ResolvedEntities): Edge[] {
  const edges = new Map<string, Pending>();
  const add = (type: RelType, source: string, target: string, labels: [string, string], evidence: Evidence, confidence: number, method: EdgeAttributes['method']) => {
    if (source === target) return;
    let [s, t] = [source, target];
    if (UNDIRECTED_REL_TYPES.has(type) && s > t) [s, t] = [t, s];
    const key = `${type}:${s}->${t}`;
    const e = edges.get(key);
    if (!e) {
      edges.set(key, { source: s, target: t, sourceLabel: labels[0], targetLabel: labels[1], attrs: { type, evidence: [evidence], confidence, method }, seen: new Set([evidenceKey(evidence)]) });
      return;
    }
    const evKey = evidenceKey(evidence);
    if (!e.seen.has(evKey)) {
      e.seen.add(evKey);
      e.attrs.evidence.push(evidence);
      e.attrs.confidence = combine(e.attrs.confidence, confidence);
    }
    if (confidence > e.attrs.confidence) e.attrs.method = method;
  };
  for (const x of extractions) {
    for (const r of x.relations) {
      const from = entities.lookup(r.from.label, r.from.surface);
      const to = entities.lookup(r.to.label, r.to.surface);
      if (!from || !to) continue;
      const allowed = REL_ENDPOINTS[r.type];
      if (!allowed.from.includes(from.label) || !allowed.to.includes(to.label)) continue;
      add(r.type, from.id, to.id, [from.label, to.label], r.evidence, r.confidence, r.method);
    }
    for (const p of x.placements) {
      const e = entities.lookup(p.entity.label, p.entity.surface);
      if (!e) continue;
      if (p.kind === 'tier' && e.label === 'Model') add('IN_TIER', e.id, tierId(p.tier), [e.label, 'Tier'], p.evidence, p.confidence, p.method);
      if (p.kind === 'layer' && REL_ENDPOINTS.IN_LAYER.from.includes(e.label)) add('IN_LAYER', e.id, layerId(p.layer), [e.label, 'ChainLayer'], p.evidence, p.confidence, p.method);
    }
  }
  return [...edges].map(([key, e]) => ({ key, source: e.source, target: e.target, attributes: { ...e.attrs, confidence: Math.round(e.attrs.confidence * 1000) / 1000 } }));
}
