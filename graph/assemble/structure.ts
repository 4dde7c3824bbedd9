// The fixed nodes every graph has: tiers, chain layers (with their PART_OF tree) and documents.
import { CHAIN_LAYERS, TIERS, type GraphJson, type TierCode } from '../../schema/index.ts';
import type { DocumentInfo } from './index.ts';

type Node = GraphJson['nodes'][number];
type Edge = GraphJson['edges'][number];

export const tierId = (code: TierCode): string => `Tier:${code}`;
export const layerId = (code: string): string => `ChainLayer:${code}`;
export const documentId = (doc: string): string => `Document:${doc}`;

export function structuralNodes(documents: DocumentInfo[]): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  for (const [code, t] of Object.entries(TIERS)) {
    nodes.push({ key: tierId(code as TierCode), attributes: { label: 'Tier', name: `${code} ${t.name}`, code, aliases: [], docs: [] } });
  }
  for (const l of CHAIN_LAYERS) {
    const parent = 'parent' in l ? l.parent : undefined;
    nodes.push({ key: layerId(l.code), attributes: { label: 'ChainLayer', name: l.name, code: l.code, aliases: [], docs: [], ...(parent ? { parent } : {}) } });
    if (parent) {
      edges.push({ key: `PART_OF:${layerId(l.code)}->${layerId(parent)}`, source: layerId(l.code), target: layerId(parent), attributes: { type: 'PART_OF', evidence: [], confidence: 1, method: 'taxonomy' } });
    }
  }
  for (const d of documents) {
    nodes.push({
      key: documentId(d.doc),
      attributes: {
        label: 'Document', name: d.title ?? d.doc, aliases: [], docs: [d.doc], file: d.doc,
        ...(d.title ? { title: d.title } : {}), ...(d.publisher ? { publisher: d.publisher } : {}), ...(d.date ? { date: d.date } : {}),
      },
    });
  }
  return { nodes, edges };
}
