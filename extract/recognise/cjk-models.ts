// Chinese model names written with their kind: 盘古大模型, 星火认知大模型, 华为·气象大模型.
import type { EntitySpan } from './span.ts';

// Words that make `X大模型` a description (通用大模型, 金融大模型) rather than a name.
const DESCRIPTIVE = /(?:通用|行业|垂直|领域|专业|基础|基座|开源|闭源|国产|国内|国外|海外|多模态|语言|预训练|大型|超大|超大规模|千亿|万亿|百亿|参数|自研|金融|医疗|法律|教育|政务|工业|能源|汽车|交通|科学|气象|生物|代码|视觉|图像|语音|中文|英文|场景|细分|任务|应用|相关|主流|各类|自有|首个|这些|该|其|的|等|和|与|个|种|类|款|级|化|性)$/;

export function findCjkModels(text: string, offset: number): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const m of text.matchAll(/([\u3400-\u9fffA-Za-z0-9·.]{2,10}?)((?:认知)?大模型)/g)) {
    let name = m[1];
    // Trim leading verbs and particles the lazy match may have taken.
    name = name.replace(/^.*?(?:发布了?|推出了?|上线了?|开源了?|基于|以及|的|和|与|及|、)/, '');
    if (name.length < 2 || DESCRIPTIVE.test(name) || /^[\d.]+$/.test(name)) continue;
    const surface = name + m[2];
    const start = offset + m.index! + m[0].lastIndexOf(surface);
    out.push({ label: 'Model', surface, start, end: start + surface.length, method: 'pattern', score: 0.6 });
  }
  return out;
}
