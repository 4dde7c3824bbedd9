// The lines of an industry map: a label naming a link of the chain, a colon, a list of names (1. 算力：英伟达、寒武纪、
// 摩尔线程; 行业大模型：轩辕（金融）、MedGPT（医疗）; 办公：WPS AI、钉钉、飞书). The label says what the unknown names are.
import type { Knowledge } from './knowledge.ts';
import type { EntitySpan } from './span.ts';

/**
 * The chain layers a map line's label names: a layer cue inside it (模型开发平台); else the layer most of whose cues the
 * label opens (数据 of 数据服务, 数据标注, 数据集 rather than of 数据中心: a label is a layer's short name, while the word
 * alone in prose says nothing).
 */
export function labelLayers(label: string, k: Knowledge): string[] {
  const layers = Object.entries(k.cues.layers) as [string, readonly string[]][];
  const inside = layers.filter(([, cues]) => cues.some((c) => label.includes(c))).map(([layer]) => layer);
  if (inside.length || label.length < 2) return inside;
  const opened = layers.map(([layer, cues]) => [layer, cues.filter((c) => c.startsWith(label)).length] as const).filter(([, n]) => n > 0);
  const most = Math.max(0, ...opened.map(([, n]) => n));
  return opened.filter(([, n]) => n === most).map(([layer]) => layer);
}

// A short label opening a line (group 1) and its colon: 1. 算力：, 办公：.
const LINE_LABEL = /^(?:\d+(?:\.\d+)*[.、]?\s*|[(（]?[一二三四五六七八九十]+[)）、]\s*)?([^：:，,。；;、()]{1,10})[:：]\s*/;

/**
 * 1. 算力：英伟达、华为昇腾、寒武纪 (a map's line): its label and where the list it heads begins, when what follows the
 * colon is nothing but names and 、 (监管：政府加强…，… is a sentence, not a list).
 */
export function mapLine(text: string): { label: string; listStart: number } | undefined {
  const m = text.match(LINE_LABEL);
  if (!m) return undefined;
  const list = text.slice(m[0].length).replace(/[。；;]$/, '');
  return list.includes('、') && !/[，,。；;:：]/.test(list) ? { label: m[1], listStart: m[0].length } : undefined;
}

// An item: a name, perhaps with a note in brackets after it (轩辕（金融）).
const ITEM = /^\s*([\u3400-\u9fff]{2,8}|[A-Za-z][A-Za-z0-9 .+-]{1,30}?)\s*(?:[(（][^()（）]{1,12}[)）])?\s*$/;
// Above a Latin name read by its suffix alone (WPS AI: 0.75), below reference data (0.85).
const LABELLED_SCORE = 0.8;

/** What a map line's label says its items are: models for a model link, companies upstream, products for tools and apps. */
function kindOf(layers: readonly string[]): EntitySpan['label'] | undefined {
  if (!layers.length || layers.includes('ecosystem.policy')) return undefined;
  if (layers.some((l) => l.startsWith('model'))) return 'Model';
  return layers.some((l) => l.startsWith('infra')) ? 'Company' : 'Product';
}

/** The names a map line lists that reference data does not know, typed by its label. */
export function findMapLineItems(text: string, offset: number, k: Knowledge): EntitySpan[] {
  const line = mapLine(text);
  const label = line && kindOf(labelLayers(line.label, k));
  if (!line || !label) return [];
  const out: EntitySpan[] = [];
  let at = line.listStart;
  for (const item of text.slice(line.listStart).replace(/[。；;]$/, '').split('、')) {
    const name = item.match(ITEM)?.[1].trim();
    const start = at + item.indexOf(name ?? '');
    at += item.length + 1;
    // Names reference data finds are its (华为昇腾: the maker and its chip); model codes upstream are chips. A family's
    // weak name (轩辕) that reference data finds only in context is found here, as what reference data says it is.
    if (!name || k.knownNames(name).length || (label === 'Company' && /\d/.test(name))) continue;
    out.push({ label: k.model(name)?.label ?? label, surface: name, start: offset + start, end: offset + start + name.length, method: 'pattern', score: LABELLED_SCORE });
  }
  return out;
}
