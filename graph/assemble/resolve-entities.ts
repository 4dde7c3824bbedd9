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

interface Occurrence { label: EntityLabel; surface: string; doc: string; weight: number; props?: Record<string, string>; aliasOf?: string; counts: boolean; carriedByName?: boolean }

const METHOD_WEIGHT: Record<string, number> = { table: 3, pattern: 2, lexicon: 2, rule: 1, cooccurrence: 1, curated: 5, taxonomy: 1 };

type EntityRef = { label: EntityLabel; surface: string; props?: Record<string, string>; aliasOf?: string };

/** Visits every surface form the reports use: mentions count, relation ends and placed entities weigh less. */
function eachOccurrence(extractions: ReportExtraction[], visit: (o: Occurrence) => void): void {
  const weak = (e: EntityRef, doc: string): Occurrence => ({ label: e.label, surface: e.surface, doc, weight: 0.5, props: e.props, aliasOf: e.aliasOf, counts: false });
  for (const x of extractions) {
    for (const m of x.mentions) visit({ label: m.label, surface: m.surface, doc: x.doc, weight: METHOD_WEIGHT[m.method] ?? 1, props: m.props, aliasOf: m.aliasOf, counts: true });
    for (const r of x.relations) {
      // The owner a product's or unit's name carries (腾讯元宝, 阿里达摩院), and a policy's jurisdiction in its title.
      visit({ ...weak(r.from, x.doc), carriedByName: r.type === 'OFFERS' || r.type === 'DEVELOPS' });
      visit({ ...weak(r.to, x.doc), carriedByName: r.type === 'APPLIES_TO' || r.type === 'SUBSIDIARY_OF' });
    }
    for (const p of x.placements) visit(weak(p.entity, x.doc));
  }
}

/** One label per surface form: the one the reports support most. */
function voteLabels(extractions: ReportExtraction[], keyOf: (surface: string) => string): Map<string, EntityLabel> {
  const votes = new Map<string, Map<EntityLabel, number>>();
  eachOccurrence(extractions, (o) => {
    const k = keyOf(o.surface);
    const v = votes.get(k) ?? new Map<EntityLabel, number>();
    v.set(o.label, (v.get(o.label) ?? 0) + o.weight);
    votes.set(k, v);
  });
  const out = new Map<string, EntityLabel>();
  for (const [k, v] of votes) out.set(k, [...v].sort((a, b) => b[1] - a[1])[0][0]);
  return out;
}

/** What the resolver works out once per distinct surface form (the same forms recur throughout a corpus). */
interface SurfaceInfo {
  label: EntityLabel;
  /** Union-find key of the form's core name, and of the form itself. */
  node: string;
  surfaceNode: string;
  canonical: string | undefined;
  unioned: boolean;
  /** Its cluster's union-find root, once every union is done. */
  root?: string;
}

export function resolveEntities(extractions: ReportExtraction[], hints: ResolutionHints = {}): ResolvedEntities {
  const keys = new Map<string, string>();
  const keyOf = (surface: string): string => {
    let k = keys.get(surface);
    if (k === undefined) keys.set(surface, (k = surfaceKey(surface)));
    return k;
  };
  const labelOf = voteLabels(extractions, keyOf);
  const labelFor = (surface: string): EntityLabel | undefined => labelOf.get(keyOf(surface));
  // The hints are pure lookups in reference data: asked once per form.
  const infos = new Map<string, SurfaceInfo>();
  const infoOf = (surface: string): SurfaceInfo => {
    let info = infos.get(surface);
    if (!info) {
      const label = labelFor(surface)!;
      const plain = hints.withoutPlacePrefix?.(surface) ?? surface;
      const canonical = hints.canonicalName?.(label, plain);
      info = { label, node: `${label}|${coreKey(label, canonical ?? plain)}`, surfaceNode: `${label}|surface|${keyOf(surface)}`, canonical, unioned: false };
      infos.set(surface, info);
    }
    return info;
  };

  // Repeating a union changes nothing once its two keys share a set, so each form (and alias pair) is joined once.
  const uf = new UnionFind();
  const aliasPairs = new Set<string>();
  eachOccurrence(extractions, (o) => {
    const info = infoOf(o.surface);
    if (!info.unioned) {
      uf.union(info.node, info.surfaceNode);
      // A form the reference data names (CAAI → 中国人工智能学会) joins that name written out in a report too.
      if (info.canonical) uf.union(info.node, `${info.label}|surface|${keyOf(info.canonical)}`);
      info.unioned = true;
    }
    if (o.aliasOf) {
      const pair = `${o.surface}\u0000${o.aliasOf}`;
      if (!aliasPairs.has(pair)) {
        aliasPairs.add(pair);
        if (labelFor(o.aliasOf) === info.label) uf.union(info.node, infoOf(o.aliasOf).node);
      }
    }
  });

  // An entity read from inside another name has no mention of its own. A place in a name is left out (北京大学 → 北京:
  // the gold annotations do not place a university by its name), but an owner is kept (腾讯 of 腾讯元宝, 阿里 of
  // 阿里达摩院), and so is a policy's jurisdiction in its title (《江苏省…行动计划》 APPLIES_TO 江苏): `nameDocs` holds
  // the reports that name them so.
  interface Group { label: EntityLabel; surfaces: Map<string, number>; docs: Map<string, number>; nameDocs: Map<string, number>; props: Record<string, string>; canonical?: string }
  const groups = new Map<string, Group>();
  eachOccurrence(extractions, (o) => {
    const info = infoOf(o.surface);
    const root = (info.root ??= uf.find(info.node));
    let g = groups.get(root);
    if (!g) {
      g = { label: info.label, surfaces: new Map(), docs: new Map(), nameDocs: new Map(), props: {} };
      groups.set(root, g);
    }
    g.surfaces.set(o.surface, (g.surfaces.get(o.surface) ?? 0) + (o.counts ? o.weight : 0.1));
    if (o.counts) g.docs.set(o.doc, (g.docs.get(o.doc) ?? 0) + 1);
    else if (o.carriedByName) g.nameDocs.set(o.doc, 1);
    if (o.props) for (const [k, v] of Object.entries(o.props)) if (!(k in g.props)) g.props[k] = v;
    g.canonical ??= info.canonical;
  });
  const clusters: EntityCluster[] = [];
  const ids = new Set<string>();
  const byKey = new Map<string, EntityCluster>();
  for (const g of groups.values()) {
    const ranked = [...g.surfaces].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
    const name = g.canonical ?? ranked[0][0];
    const aliases = [...new Set(ranked.map(([s]) => s).filter((s) => s !== name))];
    let id = `${g.label}:${name}`;
    for (let n = 2; ids.has(id); n++) id = `${g.label}:${name}#${n}`;
    const c: EntityCluster = { id, label: g.label, name, aliases, docs: g.docs.size ? g.docs : g.nameDocs, props: g.props };
    clusters.push(c);
    ids.add(id);
    for (const s of [name, ...aliases]) byKey.set(keyOf(s), c);
  }
  return {
    clusters,
    lookup: (label, surface) => {
      const c = byKey.get(keyOf(surface));
      return c && (c.label === label || labelFor(surface) === c.label) ? c : undefined;
    },
  };
}
