// Tiers and chain layers: where a sentence places a model (L0/L1/L2) or an entity (基础层 … 应用层).
import type { ChainLayerCode, TierCode } from '../../schema/index.ts';
import type { Knowledge } from '../recognise/knowledge.ts';
import type { EntitySpan } from '../recognise/span.ts';
import type { SentenceView } from '../relations/index.ts';

export interface FoundPlacement { entity: EntitySpan; tier?: TierCode; layer?: ChainLayerCode; confidence: number }

const CLAUSE_END = /[。；;！？]/;
const TIER_LAYER: Record<TierCode, ChainLayerCode> = { L0: 'model.general', L1: 'model.vertical', L2: 'model.vertical' };

/** The tier cue nearest before the model in its clause, if it qualifies a model word (通用大模型, 金融领域大模型). */
function tierBefore(text: string, k: Knowledge): TierCode | undefined {
  const clause = text.split(CLAUSE_END).pop() ?? '';
  const window = clause.slice(-30);
  const explicit = window.match(/\bL([0-3])\b(?!.*\bL[0-3]\b)/);
  if (explicit) return (['L0', 'L1', 'L2', 'L2'] as const)[Number(explicit[1])];
  let best: { tier: TierCode; at: number } | undefined;
  for (const [tier, cues] of Object.entries(k.cues.tiers) as [TierCode, readonly string[]][]) {
    for (const cue of cues) {
      const at = window.lastIndexOf(cue);
      if (at < 0 || !/^[^，,。；]{0,8}模型/.test(window.slice(at + cue.length))) continue;
      if (!best || at > best.at) best = { tier, at };
    }
  }
  return best?.tier;
}

export function findPlacements(v: SentenceView, k: Knowledge): FoundPlacement[] {
  const out: FoundPlacement[] = [];
  for (const m of v.of('Model')) {
    const tier = tierBefore(v.text.slice(0, m.start - v.offset), k) ?? tierBefore(v.text.slice(0, m.end - v.offset + 12).replace(/^[^，,]*[，,]/, ''), k);
    if (tier) out.push({ entity: m, tier, confidence: 0.7 }, { entity: m, layer: TIER_LAYER[tier], confidence: 0.65 });
  }
  // An entity followed in its clause by layer words (在算力层、平台层…布局; 搜索引擎) sits on those layers.
  for (const e of v.of('Company', 'Institution', 'Product')) {
    const clause = (v.after(e, 40).split(CLAUSE_END)[0] ?? '');
    for (const [layer, cues] of Object.entries(k.cues.layers) as [ChainLayerCode, readonly string[]][]) {
      if (cues.some((c) => clause.includes(c))) out.push({ entity: e, layer, confidence: 0.55 });
    }
    if (e.label === 'Product' && e.props?.kind === 'hardware') out.push({ entity: e, layer: 'infra.compute', confidence: 0.7 });
  }
  return out;
}
