// What each curation rule does to the graph (in place on a working copy), and how it says what changed.
import type { EdgeAttributes, NodeLabel, RelType } from '../../schema/index.ts';
import { UNDIRECTED_REL_TYPES } from '../../schema/index.ts';
import type { TupuGraph } from '../export/graph-json.ts';
import { describeRef, resolveEntity } from './resolve.ts';
import type { CurationRule, EntityRefInput } from './schema.ts';

/** A rule's outcome: `applied` with what changed, or why it did nothing. */
export interface RuleOutcome { status: 'applied' | 'unmatched' | 'ambiguous'; effect: string }

class NoMatch extends Error {
  constructor(readonly outcome: RuleOutcome) { super(outcome.effect); }
}

function entity(graph: TupuGraph, ref: EntityRefInput): string {
  const r = resolveEntity(graph, ref);
  if ('key' in r) return r.key;
  if ('missing' in r) throw new NoMatch({ status: 'unmatched', effect: `no entity ${JSON.stringify(r.missing)}` });
  throw new NoMatch({ status: 'ambiguous', effect: `${JSON.stringify(describeRef(ref))} matches ${r.ambiguous.join(', ')}; name a label` });
}

const uniq = (xs: string[]) => [...new Set(xs)];

function mergeEdgeInto(graph: TupuGraph, type: string, source: string, target: string, attrs: EdgeAttributes, key: string): void {
  const existing = graph.edges(source, target).find((e) => graph.getEdgeAttribute(e, 'type') === type);
  if (existing) {
    graph.updateEdgeAttributes(existing, (a) => ({ ...a, evidence: [...a.evidence, ...attrs.evidence], confidence: Math.max(a.confidence, attrs.confidence) }));
  } else if (!graph.multi && graph.hasEdge(source, target)) {
    return;
  } else {
    graph.addEdgeWithKey(graph.hasEdge(key) ? `${key}#merged` : key, source, target, attrs);
  }
}

function merge(graph: TupuGraph, from: string, into: string): string {
  if (from === into) throw new NoMatch({ status: 'unmatched', effect: 'both names are already one entity' });
  const a = graph.getNodeAttributes(from);
  let moved = 0;
  for (const e of graph.edges(from)) {
    const attrs = graph.getEdgeAttributes(e);
    const s = graph.source(e) === from ? into : graph.source(e); const t = graph.target(e) === from ? into : graph.target(e);
    graph.dropEdge(e);
    if (s !== t) { mergeEdgeInto(graph, attrs.type, s, t, attrs, e); moved++; }
  }
  graph.updateNodeAttributes(into, (b) => ({
    ...b, aliases: uniq([...b.aliases, a.name, ...a.aliases]).filter((x) => x !== b.name),
    docs: uniq([...b.docs, ...a.docs]).sort(), ...(b.mentions !== undefined || a.mentions !== undefined ? { mentions: (b.mentions ?? 0) + (a.mentions ?? 0) } : {}),
  }));
  graph.dropNode(from);
  return `merged ${from} into ${into} (${moved} relationships moved)`;
}

function matchingEdges(graph: TupuGraph, type: RelType, from: string, to: string): string[] {
  const both = UNDIRECTED_REL_TYPES.has(type) ? [...graph.edges(from, to), ...graph.edges(to, from)] : graph.edges(from, to);
  return both.filter((e) => graph.getEdgeAttribute(e, 'type') === type);
}

/** Apply one rule; throws nothing for a rule that matches nothing, it reports it. */
export function applyRule(graph: TupuGraph, rule: CurationRule): RuleOutcome {
  try {
    if ('merge' in rule) return { status: 'applied', effect: merge(graph, entity(graph, rule.merge.from), entity(graph, rule.merge.into)) };
    if ('rename' in rule) {
      const key = entity(graph, rule.rename.entity); const old = graph.getNodeAttribute(key, 'name');
      graph.updateNodeAttributes(key, (a) => ({ ...a, name: rule.rename.to, aliases: uniq([...a.aliases, old]).filter((x) => x !== rule.rename.to) }));
      return { status: 'applied', effect: `renamed ${key} from ${JSON.stringify(old)} to ${JSON.stringify(rule.rename.to)}` };
    }
    if ('relabel' in rule) {
      const key = entity(graph, rule.relabel.entity); const old = graph.getNodeAttribute(key, 'label');
      graph.setNodeAttribute(key, 'label', rule.relabel.label);
      return { status: 'applied', effect: `relabelled ${key} from ${old} to ${rule.relabel.label}` };
    }
    if ('reject' in rule) {
      const key = entity(graph, rule.reject.entity); const dropped = graph.degree(key);
      graph.dropNode(key);
      return { status: 'applied', effect: `removed ${key} and its ${dropped} relationships` };
    }
    if ('splitAlias' in rule) return splitAlias(graph, entity(graph, rule.splitAlias.entity), rule.splitAlias.alias, rule.splitAlias.label);
    if ('rejectRelation' in rule) {
      const { type, from, to } = rule.rejectRelation;
      const edges = matchingEdges(graph, type, entity(graph, from), entity(graph, to));
      if (!edges.length) return { status: 'unmatched', effect: `no ${type} relationship between ${describeRef(from)} and ${describeRef(to)}` };
      edges.forEach((e) => graph.dropEdge(e));
      return { status: 'applied', effect: `removed ${edges.join(', ')}` };
    }
    const { type, from, to, note, confidence = 1 } = rule.addRelation;
    const s = entity(graph, from); const t = entity(graph, to);
    const existing = matchingEdges(graph, type, s, t);
    const attrs: EdgeAttributes = { type, evidence: [], confidence, method: 'curated', note };
    if (existing.length) {
      existing.forEach((e) => graph.updateEdgeAttributes(e, (a) => ({ ...a, note, confidence: Math.max(a.confidence, confidence) })));
      return { status: 'applied', effect: `annotated existing ${existing.join(', ')}` };
    }
    if (!graph.multi && graph.hasEdge(s, t)) return { status: 'unmatched', effect: `${s} → ${t} already holds another relationship and the graph is not multi` };
    const key = graph.addEdgeWithKey(`${type}:${s}->${t}#curated`, s, t, attrs);
    return { status: 'applied', effect: `added ${key}` };
  } catch (err) {
    if (err instanceof NoMatch) return err.outcome;
    throw err;
  }
}

function splitAlias(graph: TupuGraph, key: string, alias: string, label?: NodeLabel): RuleOutcome {
  const attrs = graph.getNodeAttributes(key);
  if (!attrs.aliases.includes(alias)) return { status: 'unmatched', effect: `${key} has no alias ${JSON.stringify(alias)}` };
  const newLabel = label ?? attrs.label; const newKey = `${newLabel}:${alias}`;
  graph.setNodeAttribute(key, 'aliases', attrs.aliases.filter((a) => a !== alias));
  if (!graph.hasNode(newKey)) graph.addNode(newKey, { label: newLabel, name: alias, aliases: [], docs: [...attrs.docs] });
  return { status: 'applied', effect: `split alias ${JSON.stringify(alias)} off ${key} into ${newKey}` };
}
