// A unit named once with its organisation (清华大学智能产业研究院) and elsewhere without it (智能产业研究院).
import type { Knowledge } from './knowledge.ts';
import type { EntitySpan } from './span.ts';

const ORGS = new Set(['Company', 'Institution']);

/**
 * The report's institutions written without the organisation they belong to, marked as aliases of the one full
 * form the report also writes (organisation + the same words). Two full forms (北大 and 清华 both have a 人工智能研究院)
 * leave the short form alone: it could be either.
 */
export function bindUnitShortForms(mentions: readonly EntitySpan[], k: Knowledge): EntitySpan[] {
  const orgSurfaces = new Set(mentions.filter((m) => ORGS.has(m.label)).map((m) => m.surface));
  const units = [...new Set(mentions.filter((m) => m.label === 'Institution').map((m) => m.surface))];
  const fullForm = new Map<string, string>();
  for (const short of units) {
    if (short.length < 4) continue;
    const longer = units.filter((u) => {
      const owner = u.slice(0, u.length - short.length);
      return u.length > short.length && u.endsWith(short) && (orgSurfaces.has(owner) || k.organisation(owner) !== undefined || !!k.orgByName(owner)?.strong);
    });
    if (longer.length === 1) fullForm.set(short, longer[0]);
  }
  if (!fullForm.size) return [...mentions];
  return mentions.map((m) => (m.label === 'Institution' && !m.aliasOf && fullForm.has(m.surface) ? { ...m, aliasOf: fullForm.get(m.surface) } : m));
}
