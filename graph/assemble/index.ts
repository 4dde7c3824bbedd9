// Assembly: resolve aliases across reports and build the graph.json graph. (In progress.)
import type { GraphJson, ReportExtraction } from '../../schema/index.ts';

/** Document metadata for the Document nodes. */
export interface DocumentInfo { doc: string; title?: string; publisher?: string; date?: string }

export function assembleGraph(extractions: ReportExtraction[], documents: DocumentInfo[], meta: { builtAt: string; toolVersion: string }): GraphJson {
  void extractions;
  return { options: { type: 'directed', multi: false, allowSelfLoops: false }, attributes: { builtAt: meta.builtAt, toolVersion: meta.toolVersion, docs: documents.map((d) => d.doc) }, nodes: [], edges: [] };
}
