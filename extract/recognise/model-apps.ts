// Apps and appliances named after the model they run on: 混元助手, 文心一言App, 星火一体机.
import { isOrgLabel, type EntitySpan } from './span.ts';

type KnownHit = { start: number; end: number; label: EntitySpan['label'] };

// The words a maker puts after a model's name to name the assistant or app built on it, or the appliance it ships in.
const APP_HEAD = /^(?:助手|助理|App|APP|app)(?![A-Za-z])/;
const APPLIANCE_HEAD = /^(?:训推一体机|一体机)/;

/**
 * Products whose name is a known model's name plus an app word, from the known-name hits of a sentence. The maker's
 * name in front (腾讯混元助手) stays the maker's, as with 微软小冰. As sure as the known name inside.
 */
export function findModelApps(text: string, offset: number, known: readonly KnownHit[]): EntitySpan[] {
  return known.filter((n) => n.label === 'Model').flatMap((n): EntitySpan[] => {
    const app = text.slice(n.end).match(APP_HEAD)?.[0];
    const appliance = app ? undefined : text.slice(n.end).match(APPLIANCE_HEAD)?.[0];
    const head = app ?? appliance;
    if (!head) return [];
    const maker = known.find((o) => isOrgLabel(o.label) && o.start === n.start && o.end < n.end);
    const start = maker?.end ?? n.start;
    const end = n.end + head.length;
    return [{ label: 'Product', surface: text.slice(start, end), start: offset + start, end: offset + end, method: 'pattern', score: 0.85, ...(appliance ? { props: { kind: 'hardware' } } : {}) }];
  });
}
