// A hand-made graph of known size (10 nodes, 10 edges) for the API and viewer tests, with hostile strings.
import { GRAPH_OPTIONS, type GraphJson } from '../../schema/index.ts';

/** Names that must come back as data, never as markup. */
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>"&\'</script>';

const doc = '001_report.txt';
const ev = (sentence: string, start = 0) => [{ doc, sentence, start, end: start + sentence.length }];

/** The fixture: 百度 DEVELOPS 文心一言, 智谱AI/智谱清言 for prefix search, a hostile company. */
export function smallGraph(): GraphJson {
  const node = (key: string, label: GraphJson['nodes'][number]['attributes']['label'], name: string, extra: Record<string, unknown> = {}) =>
    ({ key, attributes: { label, name, aliases: [], docs: [doc], ...extra } as GraphJson['nodes'][number]['attributes'] });
  return {
    options: { ...GRAPH_OPTIONS },
    attributes: { name: 'small', builtAt: '2024-07-01T00:00:00.000Z', docs: [doc] },
    nodes: [
      node('Company:百度', 'Company', '百度', { aliases: ['Baidu', '百度公司'], pagerank: 0.3, x: 0, y: 0, chainX: 0, chainY: 0, community: 0 }),
      node('Model:文心一言', 'Model', '文心一言', { aliases: ['ERNIE Bot'], releaseDate: '2023-03-16', pagerank: 0.2, x: 10, y: 5, chainX: 10, chainY: 0, community: 0 }),
      node('Company:智谱AI', 'Company', '智谱AI', { aliases: ['Zhipu AI'], pagerank: 0.1, x: -10, y: 8, chainX: 0, chainY: 10, community: 1 }),
      node('Model:GLM-4', 'Model', 'GLM-4', { releaseDate: '2024-01-16', pagerank: 0.1, x: -15, y: 14, chainX: 10, chainY: 10, community: 1 }),
      node('Product:智谱清言', 'Product', '智谱清言', { pagerank: 0.05, x: -4, y: 16, chainX: 20, chainY: 10, community: 1 }),
      node('Region:北京', 'Region', '北京', { level: 'city', pagerank: 0.1, x: -2, y: -10, chainX: -10, chainY: 5, community: 2 }),
      node('Tier:L0', 'Tier', '通用(基础)大模型', { code: 'L0', docs: [], x: 20, y: -5, chainX: 10, chainY: -10, community: 3 }),
      node('ChainLayer:model.general', 'ChainLayer', '通用基础大模型', { code: 'model.general', docs: [], x: 15, y: -12, chainX: 10, chainY: -20, community: 3 }),
      node('Company:hostile', 'Company', HOSTILE_NAME, { pagerank: 0.01, x: 8, y: -20, chainX: 0, chainY: -20, community: 2 }),
      node(`Document:${doc}`, 'Document', doc, { title: '2024年中国大模型产业报告', publisher: '某研究院', date: '2024-06', file: doc, x: 25, y: 20, chainX: 30, chainY: 0, community: 3 }),
    ],
    edges: [
      { key: 'e1', source: 'Company:百度', target: 'Model:文心一言', attributes: { type: 'DEVELOPS', confidence: 0.9, method: 'pattern', evidence: ev('百度发布了文心一言大模型。', 10) } },
      { key: 'e2', source: 'Company:智谱AI', target: 'Model:GLM-4', attributes: { type: 'DEVELOPS', confidence: 0.8, method: 'pattern', evidence: ev('智谱AI推出GLM-4。') } },
      { key: 'e3', source: 'Company:智谱AI', target: 'Product:智谱清言', attributes: { type: 'OFFERS', confidence: 0.7, method: 'table', evidence: ev('智谱AI的产品智谱清言。') } },
      { key: 'e4', source: 'Product:智谱清言', target: 'Model:GLM-4', attributes: { type: 'BASED_ON', confidence: 0.6, method: 'pattern', evidence: ev('智谱清言基于GLM-4。') } },
      { key: 'e5', source: 'Company:百度', target: 'Region:北京', attributes: { type: 'LOCATED_IN', confidence: 0.9, method: 'pattern', evidence: ev('百度总部位于北京。') } },
      { key: 'e6', source: 'Company:智谱AI', target: 'Region:北京', attributes: { type: 'LOCATED_IN', confidence: 0.9, method: 'pattern', evidence: ev('智谱AI位于北京。') } },
      { key: 'e7', source: 'Model:文心一言', target: 'Tier:L0', attributes: { type: 'IN_TIER', confidence: 0.7, method: 'rule', evidence: ev('文心一言属于通用大模型。') } },
      { key: 'e8', source: 'Model:文心一言', target: 'ChainLayer:model.general', attributes: { type: 'IN_LAYER', confidence: 0.7, method: 'rule', evidence: ev('文心一言是通用基础大模型。') } },
      { key: 'e9', source: 'Company:hostile', target: 'Company:百度', attributes: { type: 'PARTNERS_WITH', confidence: 0.4, method: 'cooccurrence', evidence: ev(`${HOSTILE_NAME}与百度合作。`) } },
      { key: 'e10', source: 'Model:GLM-4', target: 'Tier:L0', attributes: { type: 'IN_TIER', confidence: 0.7, method: 'rule', evidence: ev('GLM-4属于通用大模型。') } },
    ],
  };
}
