// Small hand-made graphs for the graph/ specs, with known answers.
import { GRAPH_OPTIONS, type EdgeAttributes, type GraphJson, type NodeAttributes } from '../schema/index.ts';
import { toGraphology, type TupuGraph } from './export/graph-json.ts';

const ev = [{ doc: 'a.txt', sentence: '句子。', start: 0, end: 3 }];

/** Strings a CSV, XML or Cypher writer must carry as data. */
export const HOSTILE = 'He said "hi", it\'s <script>alert(1)</script>\nline two; back\\slash';

/** A node entry of graph.json. */
export function node(key: string, attrs: Partial<NodeAttributes> & Pick<NodeAttributes, 'label'>): GraphJson['nodes'][number] {
  return { key, attributes: { name: key.split(':').pop()!, aliases: [], docs: ['a.txt'], ...attrs } };
}

/** An edge entry of graph.json with one evidence span. */
export function edge(type: EdgeAttributes['type'], source: string, target: string, extra: Partial<EdgeAttributes> = {}): GraphJson['edges'][number] {
  return { key: `${type}:${source}->${target}`, source, target, attributes: { type, evidence: ev, confidence: 0.9, method: 'pattern', ...extra } };
}

/** 百度 develops 文心一言 (L0, model layer), located in 北京 ⊂ 中国; a policy applies to 中国; a hostile-named product. */
export function smallGraphJson(): GraphJson {
  return {
    options: { ...GRAPH_OPTIONS },
    attributes: { name: 'small' },
    nodes: [
      node('Company:百度', { label: 'Company', aliases: ['百度公司', 'Baidu'], docs: ['a.txt', 'b.txt'], country: '中国' }),
      node('Model:文心一言', { label: 'Model', aliases: ['ERNIE Bot'], openSource: 'false' }),
      node('Model:ChatGLM-6B', { label: 'Model', openSource: 'true' }),
      node('Company:智谱AI', { label: 'Company', aliases: ['智谱'] }),
      node('Person:唐杰', { label: 'Person', role: 'researcher' }),
      node('Institution:清华大学', { label: 'Institution', kind: 'university' }),
      node('Region:北京', { label: 'Region', level: 'city' }),
      node('Region:中国', { label: 'Region', level: 'country' }),
      node('Policy:暂行办法', { label: 'Policy', name: '《生成式人工智能服务管理暂行办法》' }),
      node('Institution:国家网信办', { label: 'Institution', kind: 'government' }),
      node('Product:hostile', { label: 'Product', name: HOSTILE, aliases: ['semi;colon', 'comma,alias', 'quote"alias'] }),
      node('Tier:L0', { label: 'Tier', code: 'L0', docs: [] }),
      node('ChainLayer:model', { label: 'ChainLayer', code: 'model', docs: [] }),
      node('ChainLayer:model.general', { label: 'ChainLayer', code: 'model.general', parent: 'model', docs: [] }),
      node('Document:a.txt', { label: 'Document', file: 'a.txt', docs: ['a.txt'] }),
    ],
    edges: [
      edge('DEVELOPS', 'Company:百度', 'Model:文心一言', { confidence: 1 }),
      edge('DEVELOPS', 'Company:智谱AI', 'Model:ChatGLM-6B'),
      edge('DEVELOPS', 'Institution:清华大学', 'Model:ChatGLM-6B'),
      edge('AFFILIATED_WITH', 'Person:唐杰', 'Institution:清华大学'),
      edge('LOCATED_IN', 'Company:百度', 'Region:北京'),
      edge('LOCATED_IN', 'Company:智谱AI', 'Region:北京'),
      edge('PART_OF', 'Region:北京', 'Region:中国'),
      edge('APPLIES_TO', 'Policy:暂行办法', 'Region:中国'),
      edge('ISSUED', 'Institution:国家网信办', 'Policy:暂行办法'),
      edge('OFFERS', 'Company:百度', 'Product:hostile', { note: HOSTILE, evidence: [{ doc: 'a.txt', sentence: HOSTILE, start: 1, end: 9 }] }),
      edge('IN_TIER', 'Model:文心一言', 'Tier:L0', { method: 'rule' }),
      edge('IN_LAYER', 'Model:文心一言', 'ChainLayer:model.general', { method: 'rule' }),
      edge('PART_OF', 'ChainLayer:model.general', 'ChainLayer:model', { method: 'taxonomy' }),
      edge('MENTIONED_IN', 'Company:百度', 'Document:a.txt', { count: 3, method: 'lexicon' }),
    ],
  };
}

export function smallGraph(): TupuGraph { return toGraphology(smallGraphJson()); }
