// 首都医科大学附属北京天坛医院, 上海交通大学医学院附属瑞金医院: a hospital or school attached to a university is named
// with the university; read apart, the attached part (医学院附属瑞金医院) is no name of anything.
import { isOrgLabel, type EntitySpan } from './span.ts';

const ATTACHED = /^(?:[\u3400-\u9fff]{1,6}?(?:医学院|学院|学部))?附属(?:第[一二三四五六七八九十]+)?[\u3400-\u9fff]{0,10}?(?:医院|中学|小学|学校|幼儿园)/;
// Above any reading of its parts, a known university or a place inside it included.
const SCORE = 0.9;

/** Attached units that follow a university or college among the sentence's spans. */
export function findAttachedUnits(text: string, offset: number, spans: readonly EntitySpan[]): EntitySpan[] {
  if (!text.includes('附属')) return [];
  return spans.filter((s) => isOrgLabel(s.label) && /(?:大学|学院)$/.test(s.surface)).flatMap((s): EntitySpan[] => {
    const attached = ATTACHED.exec(text.slice(s.end - offset))?.[0];
    return attached ? [{ label: 'Institution', surface: s.surface + attached, start: s.start, end: s.end + attached.length, method: 'pattern', score: SCORE }] : [];
  });
}
