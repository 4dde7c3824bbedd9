// Assembly: resolve aliases across reports and build the graph.json graph.
import { GRAPH_OPTIONS, type GraphJson, type NodeAttributes, type ReportExtraction } from '../../schema/index.ts';
import { mergeRelations } from './merge-relations.ts';
import { resolveEntities, type ResolutionHints } from './resolve-entities.ts';
import { documentId, structuralNodes } from './structure.ts';

/** Document metadata for the Document nodes. */
export interface DocumentInfo { doc: string; title?: string; publisher?: string; date?: string }

export type { ResolutionHints } from './resolve-entities.ts';

// Ontology properties a mention may carry onto its node.
const NODE_PROPS = ['country', 'kind', 'role', 'params', 'releaseDate', 'openSource', 'modality', 'contextLength', 'date', 'jurisdiction', 'level'] as const;

export function assembleGraph(
  extractions: ReportExtraction[],
  documents: DocumentInfo[],
  meta: { builtAt: string; toolVersion: string },
  hints: ResolutionHints = {},
): GraphJson {
  const entities = resolveEntities(extractions, hints);
  const structure = structuralNodes(documents);
  const nodes: GraphJson['nodes'] = [...structure.nodes];
  const edges: GraphJson['edges'] = [...structure.edges];
  for (const c of entities.clusters) {
    if (c.docs.size === 0) continue;
    const props: Partial<NodeAttributes> = {};
    for (const k of NODE_PROPS) if (c.props[k] !== undefined) (props as Record<string, string>)[k] = c.props[k];
    const mentions = [...c.docs.values()].reduce((a, b) => a + b, 0);
    nodes.push({ key: c.id, attributes: { label: c.label, name: c.name, aliases: c.aliases, docs: [...c.docs.keys()].sort(), mentions, ...props } as NodeAttributes });
    for (const [doc, count] of c.docs) {
      edges.push({ key: `MENTIONED_IN:${c.id}->${documentId(doc)}`, source: c.id, target: documentId(doc), attributes: { type: 'MENTIONED_IN', evidence: [], confidence: 1, method: 'rule', count } });
    }
  }
  const present = new Set(nodes.map((n) => n.key));
  edges.push(...mergeRelations(extractions, entities).filter((e) => present.has(e.source) && present.has(e.target)));
  return {
    options: { ...GRAPH_OPTIONS },
    attributes: { builtAt: meta.builtAt, toolVersion: meta.toolVersion, docs: documents.map((d) => d.doc) },
    nodes,
    edges,
  };
}
