// Find the node a curation rule means: by key, then name, then alias (exact, then NFKC case-insensitive).
import type { TupuGraph } from '../export/graph-json.ts';
import type { EntityRefInput } from './schema.ts';

/** The match: one key, none, or several (ambiguous: the rule names a label to choose). */
export type Resolved = { key: string } | { missing: string } | { ambiguous: string[] };

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

export function describeRef(ref: EntityRefInput): string {
  return typeof ref === 'string' ? ref : `${ref.label ? `${ref.label}:` : ''}${ref.name}`;
}

export function resolveEntity(graph: TupuGraph, ref: EntityRefInput): Resolved {
  const name = typeof ref === 'string' ? ref : ref.name;
  const label = typeof ref === 'string' ? undefined : ref.label;
  if (graph.hasNode(name) && (!label || graph.getNodeAttribute(name, 'label') === label)) return { key: name };
  for (const same of [(a: string) => a === name, (a: string) => fold(a) === fold(name)]) {
    const byName: string[] = []; const byAlias: string[] = [];
    graph.forEachNode((key, attrs) => {
      if (label && attrs.label !== label) return;
      if (same(attrs.name)) byName.push(key);
      else if (attrs.aliases.some(same)) byAlias.push(key);
    });
    const found = byName.length ? byName : byAlias;
    if (found.length === 1) return { key: found[0] };
    if (found.length > 1) return { ambiguous: found };
  }
  return { missing: describeRef(ref) };
}
