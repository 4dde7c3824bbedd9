// Policy titles: whether a 《》 title names a policy instrument or a publication.
import { join } from 'node:path';
import { stripTrailingParentheticals } from './fold.ts';
import { lazy, LEXICON_DIR, readLexiconFile } from './load.ts';
import { PolicyFile } from './schemas.ts';

/** A title is a policy instrument (办法, 条例, Act) or anything else (报告, 白皮书, 学报, books). */
export type PolicyTitleKind = 'policy' | 'other';

interface TitleSuffix {
  affix: string;
  kind: PolicyTitleKind;
}

const policyLexicon = lazy(() => {
  const file = readLexiconFile(join(LEXICON_DIR, 'policy.json'), PolicyFile);
  const suffixes: TitleSuffix[] = [
    ...file.policySuffixes.map((affix) => ({ affix, kind: 'policy' as const })),
    ...file.nonPolicySuffixes.map((affix) => ({ affix, kind: 'other' as const })),
  ].sort((a, b) => b.affix.length - a.affix.length);
  return { suffixes, markers: file.policyMarkers, file };
});

/** The policy and non-policy suffix lists as shipped. */
export const policySuffixes = (): Readonly<PolicyFile> => policyLexicon().file;

const endsWithWord = (title: string, affix: string) => {
  if (!title.toLowerCase().endsWith(affix.toLowerCase())) return false;
  const before = title[title.length - affix.length - 1] ?? '';
  return !(/[A-Za-z]/.test(affix[0]) && /[A-Za-z]/.test(before));
};

/** Classifies a title (with or without 《》): the longest matching suffix decides after trailing （试行）-style notes are dropped. */
export function policyTitleKind(title: string): PolicyTitleKind {
  const core = stripTrailingParentheticals(title.normalize('NFKC').trim().replace(/^[《<]|[》>]$/gu, ''));
  const { suffixes, markers } = policyLexicon();
  const hit = suffixes.find((s) => endsWithWord(core, s.affix));
  if (hit) return hit.kind;
  return markers.some((m) => title.includes(m)) ? 'policy' : 'other';
}
