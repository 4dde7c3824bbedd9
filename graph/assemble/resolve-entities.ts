// Alias resolution: every surface form of every report becomes part of one entity cluster.
import type { EntityLabel, ReportExtraction } from '../../schema/index.ts';
import { coreKey, surfaceKey } from './surface-key.ts';
import { UnionFind } from './union-find.ts';

/** One real-world entity: its canonical name, every surface form, and where it is mentioned. */
export interface EntityCluster {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  /** doc → number of mentions there */
  docs: Map<string, number>;
  props: Record<string, string>;
}

/** Outside knowledge the resolver may use: canonical names of well-known entities. */
export interface ResolutionHints {
  /** A stable canonical name for a surface form, when reference data knows it. */
  canonicalName?(label: EntityLabel, surface: string): string | undefined;
  /** The surface with a leading place name removed (北京百川智能 → 百川智能), when it has one. */
  withoutPlacePrefix?(surface: string): string | undefined;
}

export interface ResolvedEntities {
  clusters: EntityCluster[];
  /** The cluster a surface form of a label resolved to. */
  lookup(label: EntityLabel, surface: string): EntityCluster | undefined;
}

interface Occurrence { label: EntityLabel; surface: string; doc: string; weight: number; props?: Record<string, string>; aliasOf?: string; counts: boolean }

const METHOD_WEIGHT: Record<string, number> = { table: 3, pattern: 2, lexicon: 2, rule: 1, cooccurrence: 1, curated: 5, taxonomy: 1 };

function occurrences(extractions: ReportExtraction[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const x of extractions) {
    for (const m of x.mentions) out.push({ label: m.label, surface: m.surface, doc: x.doc, weight: METHOD_WEIGHT[m.method] ?? 1, props: m.props, aliasOf: m.aliasOf, counts: true });
    for (const r of x.relations) for (const e of [r.from, r.to]) out.push({ ...e, doc: x.doc, weight: 0.5, counts: false });
    for (const p of x.placements) out.push({ ...p.entity, doc: x.doc, weight: 0.5, counts: false });
  }
  return out;
}

/** One label per surface form: the one the reports support most. */
function voteLabels(occs: Occurrence[]): Map<string, EntityLabel> {
  const votes = new Map<string, Map<EntityLabel, number>>();
  for (const o of occs) {
    const k = surfaceKey(o.surface);
    const v = votes.get(k) ?? new Map<EntityLabel, number>();
    v.set(o.label, (v.get(o.label) ?? 0) + o.weight);
    votes.set(k, v);
  }
  const out = new Map<string, EntityLabel>();
  for (const [k, v] of votes) out.set(k, [...v].sort((a, b) => b[1] - a[1])[0][0]);
  return out;
}

export function resolveEntities(extractions: ReportExtraction[], hints: ResolutionHints = {}): ResolvedEntities {
  const occs = occurrences(extractions);
  const labelOf = voteLabels(occs);
  const uf = new UnionFind();
  // The hints are pure lookups in reference data, and the same surfaces recur in every report: ask once per form.
  const hinted = new Map<string, { canonical: string | undefined; node: string }>();
  const hintsFor = (label: EntityLabel, surface: string) => {
    const memo = `${label}|${surface}`;
    let h = hinted.get(memo);
    if (!h) {
      const plain = hints.withoutPlacePrefix?.(surface) ?? surface;
      const canonical = hints.canonicalName?.(label, plain);
      h = { canonical, node: `${label}|${coreKey(label, canonical ?? plain)}` };
      hinted.set(memo, h);
    }
    return h;
  };
  const nodeOf = (label: EntityLabel, surface: string): string => hintsFor(label, surface).node;
  const keys = new Map<string, string>();
  const keyOf = (surface: string): string => {
    let k = keys.get(surface);
    if (k === undefined) keys.set(surface, (k = surfaceKey(surface)));
    return k;
  };
  const labelFor = (surface: string): EntityLabel | undefined => labelOf.get(keyOf(surface));
  for (const o of occs) {
    const label = labelFor(o.surface)!;
    uf.union(nodeOf(label, o.surface), `${label}|surface|${keyOf(o.surface)}`);
    if (o.aliasOf && labelFor(o.aliasOf) === label) uf.union(nodeOf(label, o.surface), nodeOf(label, o.aliasOf));
  }
  interface Group { label: EntityLabel; surfaces: Map<string, number>; docs: Map<string, number>; props: Record<string, string>; canonical?: string }
  const groups = new Map<string, Group>();
  for (const o of occs) {
    const label = labelFor(o.surface)!;
    const root = uf.find(nodeOf(label, o.surface));
    const g: Group = groups.get(root) ?? { label, surfaces: new Map(), docs: new Map(), props: {} };
    g.surfaces.set(o.surface, (g.surfaces.get(o.surface) ?? 0) + (o.counts ? o.weight : 0.1));
    if (o.counts) g.docs.set(o.doc, (g.docs.get(o.doc) ?? 0) + 1);
    for (const [k, v] of Object.entries(o.props ?? {})) if (!(k in g.props)) g.props[k] = v;
    g.canonical ??= hintsFor(label, o.surface).canonical;
    groups.set(root, g);
  }
  const clusters: EntityCluster[] = [];
  const ids = new Set<string>();
  const byKey = new Map<string, EntityCluster>();
  for (const g of groups.values()) {
    const ranked = [...g.surfaces].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
    const name = g.canonical ?? ranked[0][0];
    const aliases = [...new Set(ranked.map(([s]) => s).filter((s) => s !== name))];
    let id = `${g.label}:${name}`;
    for (let n = 2; ids.has(id); n++) id = `${g.label}:${name}#${n}`;
    const c: EntityCluster = { id, label: g.label, name, aliases, docs: g.docs, props: g.props };
    clusters.push(c);
    ids.add(id);
    for (const s of [name, ...aliases]) byKey.set(surfaceKey(s), c);
  }
  return {
    clusters,
    lookup: (label, surface) => {
      const c = byKey.get(keyOf(surface));
      return c && (c.label === label || labelFor(surface) === c.label) ? c : undefined;
    },
  };
}
