// The ontology of ../shared/ontology.md as data: labels, relationship types, tiers, chain layers.
import { z } from 'zod';

/** Labels an extracted entity can carry (Document, Tier and ChainLayer are structural). */
export const ENTITY_LABELS = ['Company', 'Institution', 'Person', 'Model', 'Product', 'Policy', 'Region'] as const;
export const STRUCTURAL_LABELS = ['Document', 'Tier', 'ChainLayer'] as const;
export const NODE_LABELS = [...ENTITY_LABELS, ...STRUCTURAL_LABELS] as const;

export const EntityLabel = z.enum(ENTITY_LABELS);
export type EntityLabel = z.infer<typeof EntityLabel>;
export const NodeLabel = z.enum(NODE_LABELS);
export type NodeLabel = z.infer<typeof NodeLabel>;

/** Relationship types; the first twelve are what extraction finds in text. */
export const EXTRACTED_REL_TYPES = [
  'DEVELOPS', 'BASED_ON', 'OFFERS', 'AFFILIATED_WITH', 'FOUNDED', 'INVESTS_IN',
  'PARTNERS_WITH', 'SUBSIDIARY_OF', 'ISSUED', 'APPLIES_TO', 'LOCATED_IN', 'PART_OF',
] as const;
export const REL_TYPES = [...EXTRACTED_REL_TYPES, 'IN_TIER', 'IN_LAYER', 'MENTIONED_IN'] as const;
export const RelType = z.enum(REL_TYPES);
export type RelType = z.infer<typeof RelType>;

/** Relationship types stored one way but meaning both ways. */
export const UNDIRECTED_REL_TYPES: ReadonlySet<RelType> = new Set(['PARTNERS_WITH']);

/** Which labels each relationship type may connect (from → to). */
export const REL_ENDPOINTS: Record<RelType, { from: readonly NodeLabel[]; to: readonly NodeLabel[] }> = {
  DEVELOPS: { from: ['Company', 'Institution', 'Person'], to: ['Model'] },
  BASED_ON: { from: ['Model', 'Product'], to: ['Model'] },
  OFFERS: { from: ['Company', 'Institution'], to: ['Product'] },
  AFFILIATED_WITH: { from: ['Person'], to: ['Company', 'Institution'] },
  FOUNDED: { from: ['Person'], to: ['Company', 'Institution'] },
  INVESTS_IN: { from: ['Company', 'Institution'], to: ['Company'] },
  PARTNERS_WITH: { from: ['Company', 'Institution'], to: ['Company', 'Institution'] },
  SUBSIDIARY_OF: { from: ['Company', 'Institution'], to: ['Company', 'Institution'] },
  ISSUED: { from: ['Institution', 'Region'], to: ['Policy'] },
  APPLIES_TO: { from: ['Policy'], to: ['Region'] },
  LOCATED_IN: { from: ['Company', 'Institution'], to: ['Region'] },
  PART_OF: { from: ['Region', 'ChainLayer'], to: ['Region', 'ChainLayer'] },
  IN_TIER: { from: ['Model'], to: ['Tier'] },
  IN_LAYER: { from: ['Company', 'Model', 'Product', 'Institution'], to: ['ChainLayer'] },
  MENTIONED_IN: { from: ENTITY_LABELS, to: ['Document'] },
};

export const TIER_CODES = ['L0', 'L1', 'L2'] as const;
export const TierCode = z.enum(TIER_CODES);
export type TierCode = z.infer<typeof TierCode>;
export const TIERS: Record<TierCode, { name: string; nameEn: string }> = {
  L0: { name: '通用(基础)大模型', nameEn: 'General foundation model' },
  L1: { name: '行业大模型', nameEn: 'Industry model' },
  L2: { name: '场景(细分/垂直任务)大模型', nameEn: 'Scenario-specific model' },
};

/** The fixed industry-chain taxonomy: five layers, each with sub-layers. */
export const CHAIN_LAYERS = [
  { code: 'infra', name: '基础层', nameEn: 'Infrastructure' },
  { code: 'infra.compute', name: '算力', nameEn: 'Compute', parent: 'infra' },
  { code: 'infra.data', name: '数据', nameEn: 'Data', parent: 'infra' },
  { code: 'infra.algorithm', name: '算法框架', nameEn: 'Algorithms & frameworks', parent: 'infra' },
  { code: 'model', name: '模型层', nameEn: 'Models' },
  { code: 'model.general', name: '通用基础大模型', nameEn: 'General foundation models', parent: 'model' },
  { code: 'model.vertical', name: '垂直/行业大模型', nameEn: 'Vertical / industry models', parent: 'model' },
  { code: 'tool', name: '工具层', nameEn: 'Tools' },
  { code: 'tool.platform', name: '模型开发训练平台 / MaaS', nameEn: 'Platforms / MaaS', parent: 'tool' },
  { code: 'tool.api', name: 'API 与插件服务', nameEn: 'APIs & plugins', parent: 'tool' },
  { code: 'ecosystem', name: '生态层', nameEn: 'Ecosystem' },
  { code: 'ecosystem.policy', name: '政策与监管', nameEn: 'Policy & regulation', parent: 'ecosystem' },
  { code: 'ecosystem.opensource', name: '开源社区', nameEn: 'Open source', parent: 'ecosystem' },
  { code: 'ecosystem.eval', name: '测评基准', nameEn: 'Evaluation benchmarks', parent: 'ecosystem' },
  { code: 'app', name: '应用层', nameEn: 'Applications' },
  { code: 'app.search', name: '搜索', nameEn: 'Search', parent: 'app' },
  { code: 'app.office', name: '办公', nameEn: 'Office', parent: 'app' },
  { code: 'app.finance', name: '金融', nameEn: 'Finance', parent: 'app' },
  { code: 'app.assistant', name: '对话助手', nameEn: 'Assistants', parent: 'app' },
  { code: 'app.other', name: '其他行业应用', nameEn: 'Other applications', parent: 'app' },
] as const satisfies readonly { code: string; name: string; nameEn: string; parent?: string }[];

export type ChainLayerCode = (typeof CHAIN_LAYERS)[number]['code'];
export const ChainLayerCode = z.enum(CHAIN_LAYERS.map((l) => l.code) as [ChainLayerCode, ...ChainLayerCode[]]);
