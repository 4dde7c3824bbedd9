// Apps, agents, platforms and appliances named after the model they run on: 混元助手, 文心一言App, 盘古智能体,
// 文心智能体平台, 星火一体机.
import { isOrgLabel, type EntitySpan } from './span.ts';

type KnownHit = { start: number; end: number; label: EntitySpan['label'] };

// The words a maker puts after a model's name to name the assistant, agent or app built on it, the platform to build
// on it, or the appliance it ships in.
const APP_HEAD = /^(?:助手|助理|智能体(?!平台)|App|APP|app)(?![A-Za-z])/;
const KIND_OF_HEAD: [RegExp, string][] = [[/^(?:训推一体机|一体机)/, 'hardware'], [/^(?:智能体平台|智能体开发平台|开发平台)/, 'platform']];

/**
 * Products whose name is a known model's name plus an app word, from the known-name hits of a sentence. The maker's
 * name in front (腾讯混元助手) stays the maker's, as with 微软小冰. As sure as the known name inside.
 */
export function findModelApps(text: string, offset: number, known: readonly KnownHit[]): EntitySpan[] {
  return known.filter((n) => n.label === 'Model').flatMap((n): EntitySpan[] => {
    const rest = text.slice(n.end);
    const app = rest.match(APP_HEAD)?.[0];
    const [kindHead, kind] = app ? [] : KIND_OF_HEAD.map(([re, k]) => [rest.match(re)?.[0], k] as const).find(([h]) => h) ?? [];
    const head = app ?? kindHead;
    if (!head) return [];
    const maker = known.find((o) => isOrgLabel(o.label) && o.start === n.start && o.end < n.end);
    const start = maker?.end ?? n.start;
    const end = n.end + head.length;
    return [{ label: 'Product', surface: text.slice(start, end), start: offset + start, end: offset + end, method: 'pattern', score: 0.85, ...(kind ? { props: { kind } } : {}) }];
  });
}
