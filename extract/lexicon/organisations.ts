// Organisations: typing a name by its suffix, and the list of widely known AI organisations.
import { join } from 'node:path';
import { lazy, LEXICON_DIR, readLexiconFile } from './load.ts';
import { NamedIndex } from './named-index.ts';
import { regionGazetteer } from './regions.ts';
import { OrganisationsFile, OrgSuffixesFile, type InstitutionKind, type OrganisationEntry, type OrgLabel, type OrgSuffix } from './schemas.ts';

/** What a name's affix says about it; `strength` weak means the affix is also an ordinary word. */
export interface OrgNameClass {
  label: OrgLabel;
  kind?: InstitutionKind;
  affix: string;
  strength: 'strong' | 'weak';
}

const loadSuffixes = lazy(() => readLexiconFile(join(LEXICON_DIR, 'org-suffixes.json'), OrgSuffixesFile).entries);

/** Organisation affixes, longest first (so 科学院 is tried before 学院). */
export const orgSuffixes = lazy((): readonly OrgSuffix[] => [...loadSuffixes()].sort((a, b) => b.affix.length - a.affix.length));

const LATIN = /[A-Za-z]/;

/** An affix with what every test of it needs, worked out once; `rank` is its place in `orgSuffixes()`. */
interface CompiledAffix { s: OrgSuffix; lower: string; rank: number }

/**
 * The affixes by the code unit a matching name must end with (suffixes) or begin with (prefixes), each list
 * in `orgSuffixes()` order: a name is tested against the few affixes it could carry, not all of them.
 */
const affixIndex = lazy(() => {
  const suffixes = new Map<string, CompiledAffix[]>();
  const prefixes = new Map<string, CompiledAffix[]>();
  orgSuffixes().forEach((s, rank) => {
    const lower = s.affix.toLowerCase();
    const [map, unit] = s.position === 'prefix' ? [prefixes, lower[0]] : [suffixes, lower[lower.length - 1]];
    const list = map.get(unit) ?? [];
    list.push({ s, lower, rank });
    map.set(unit, list);
  });
  return { suffixes, prefixes };
});

function affixMatches(name: string, lowerName: string, { s, lower: affix }: CompiledAffix): boolean {
  if (s.position === 'prefix') {
    if (!lowerName.startsWith(affix)) return false;
    const after = name.slice(affix.length);
    return !(LATIN.test(affix.at(-1)!) && LATIN.test(after[0] ?? ''));
  }
  if (!lowerName.endsWith(affix)) return false;
  const before = name[name.length - affix.length - 1] ?? '';
  return !(LATIN.test(affix[0]) && LATIN.test(before));
}

/** Characters (code points) of the name without the affix, trimmed. */
function stemLength(name: string, s: OrgSuffix): number {
  const stem = (s.position === 'prefix' ? name.slice(s.affix.length) : name.slice(0, name.length - s.affix.length)).trim();
  for (let i = 0; i < stem.length; i++) {
    const c = stem.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return [...stem].length;
  }
  return stem.length;
}

const NO_AFFIXES: readonly CompiledAffix[] = [];

/** CJK unified ideographs are left alone by NFKC, trim and toLowerCase, and never compose with a neighbour. */
const isPlainCjk = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

function allPlainCjk(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isPlainCjk(s.charCodeAt(i))) return false;
  return s.length > 0;
}

/** Could a name ending with `word` carry an organisation suffix (its last character ends one)? A cheap first test. */
export function mayEndOrgName(word: string): boolean {
  const { suffixes } = affixIndex();
  // An ideograph is its own NFKC and lower-case form: most words end in one, and skip the normalising.
  return isPlainCjk(word.charCodeAt(word.length - 1)) ? suffixes.has(word[word.length - 1]) : suffixes.has(word.normalize('NFKC').slice(-1).toLowerCase());
}

/** Is `word` itself an organisation suffix (研究院, 办公厅, 有限公司)? */
export const isOrgAffix = (word: string, strength?: 'strong'): boolean =>
  (affixIndex().suffixes.get(word.slice(-1).toLowerCase()) ?? NO_AFFIXES).some((a) => a.s.affix === word && (!strength || a.s.strength === strength));

/** Types an organisation name by its longest affix whose stem is long enough; null when none applies. */
export function classifyOrgName(name: string): OrgNameClass | null {
  const { suffixes, prefixes } = affixIndex();
  // Most names asked about are words ending (and starting) with an ideograph no affix ends (starts) with.
  const first = name.charCodeAt(0);
  const last = name.charCodeAt(name.length - 1);
  if (isPlainCjk(first) && isPlainCjk(last) && !suffixes.has(name[name.length - 1]) && !prefixes.has(name[0])) return null;
  // A name of ideographs only is its own NFKC form, trimmed and lower-cased.
  const ideographs = allPlainCjk(name);
  const clean = ideographs ? name : name.normalize('NFKC').trim();
  if (!clean) return null;
  const lowerName = ideographs ? clean : clean.toLowerCase();
  const bySuffix = suffixes.get(lowerName[lowerName.length - 1]) ?? NO_AFFIXES;
  const byPrefix = prefixes.get(lowerName[0]) ?? NO_AFFIXES;
  // Both lists follow orgSuffixes() order: merge them so the first affix that applies is the same one as before.
  for (let i = 0, j = 0; i < bySuffix.length || j < byPrefix.length; ) {
    const c = j >= byPrefix.length || (i < bySuffix.length && bySuffix[i].rank < byPrefix[j].rank) ? bySuffix[i++] : byPrefix[j++];
    if (affixMatches(clean, lowerName, c) && stemLength(clean, c.s) >= c.s.minStem) {
      const { s } = c;
      return { label: s.label, ...(s.kind ? { kind: s.kind } : {}), affix: s.affix, strength: s.strength };
    }
  }
  return null;
}

/** The widely known AI organisations, indexed, with country and parent references checked. */
export const knownOrganisations = lazy(() => {
  const path = join(LEXICON_DIR, 'ai-organisations.json');
  const index = new NamedIndex<OrganisationEntry>(readLexiconFile(path, OrganisationsFile).entries, path);
  index.checkReferences('parent', (e) => e.parent, (id) => !!index.byId(id), path);
  index.checkReferences('country', (e) => e.country, (id) => !!regionGazetteer().byId(id), path);
  return index;
});

/** The known organisation a surface form names (NFKC, case and whitespace folded), if any. */
export const knownOrganisation = (surface: string): OrganisationEntry | undefined => knownOrganisations().lookup(surface)[0];
