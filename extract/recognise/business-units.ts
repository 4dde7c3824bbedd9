// 京东健康发布了…, 阿里健康推出了…, 腾讯音乐是…: a known company's name and a line of business, acting in the sentence,
// name that business's own company (read apart, the known name alone would take its place).
import type { EntitySpan } from './span.ts';

// Lines of business a group's listed or operating companies are commonly named by.
const BUSINESS = /^(?:健康|医疗|物流|金融|汽车|音乐|影业|视频|文学|游戏|数科|零售|保险|银行|证券|资本|创投)/;
// What follows a name that acts: a list mark, or (after an adverb) a verb of releasing, founding, being or joining.
// 京东健康于2023年7月推出…: a date may stand before the verb.
const ACTS = /^(?:[、和与及]|(?:于\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?)?(?:已|已经|也|还|则|正式|率先|近日|日前|将)?(?:发布|推出|上线|宣布|成立|完成|获得|携手|联合|是|作为|旗下|开发|研发|打造|表示))/;
// Above the known name it holds (0.85 with the containing bonus of 0.2).
const SCORE = 0.7;

/** Business companies named after a known company among the sentence's reference-data spans. */
export function findBusinessUnits(text: string, offset: number, spans: readonly EntitySpan[]): EntitySpan[] {
  return spans.filter((s) => s.label === 'Company' && s.method === 'lexicon').flatMap((s): EntitySpan[] => {
    const rest = text.slice(s.end - offset, s.end - offset + 24);
    const business = BUSINESS.exec(rest)?.[0];
    if (!business || !ACTS.test(rest.slice(business.length))) return [];
    return [{ label: 'Company', surface: s.surface + business, start: s.start, end: s.end + business.length, method: 'pattern', score: SCORE }];
  });
}
