// Trigger and cue words: relation triggers, negation, person roles, tiers, chain layers, table headers.
import { join } from 'node:path';
import type { ChainLayerCode, TierCode } from '../../schema/ontology.ts';
import { foldKey, stripTrailingParentheticals } from './fold.ts';
import { lazy, LEXICON_DIR, readLexiconFile } from './load.ts';
import { TriggersFile, type PersonRole, type ProductKind, type RelationTriggers, type TableColumnRole } from './schemas.ts';

/** Relationship types that have trigger words. */
export type TriggeredRelType = keyof TriggersFile['relations'];

const triggersFile = lazy(() => readLexiconFile(join(LEXICON_DIR, 'triggers.json'), TriggersFile));

/** Cue words keyed by what they imply, folded, longest first. */
function cueTable<V>(groups: [V, string[]][]): [string, V][] {
  return groups
    .flatMap(([value, words]) => words.map((w): [string, V] => [foldKey(w), value]))
    .sort((a, b) => b[0].length - a[0].length);
}

const roleTable = lazy(() => cueTable(Object.entries(triggersFile().roles) as [PersonRole, string[]][]));
const headerTable = lazy(() => cueTable(Object.entries(triggersFile().tableHeaders) as [TableColumnRole, string[]][]));

/** Trigger words of one relationship type: forward ('A w B' = A→B), reverse (B→A) and relational nouns. */
export const triggers = (type: TriggeredRelType): Readonly<RelationTriggers> => triggersFile().relations[type];

/** Words that void a relation in their clause: negation, rumour, and hedged intent (拟, 或将). */
export const negationCues = (): Readonly<TriggersFile['cues']> => triggersFile().cues;

// Recognisers ask about the same words again and again; the table is scanned once per word (bounded: words vary).
const roleCache = new Map<string, PersonRole | null>();

/** The Person role a title implies: exact cue, else the longest cue the word ends with (实验室主任 → researcher). */
export function roleCue(word: string): PersonRole | undefined {
  let role = roleCache.get(word);
  if (role === undefined) {
    const key = foldKey(word);
    role = roleTable().find(([cue]) => key === cue)?.[1] ?? roleTable().find(([cue]) => key.endsWith(cue))?.[1] ?? null;
    if (roleCache.size >= 100_000) roleCache.clear();
    roleCache.set(word, role);
  }
  return role ?? undefined;
}

/** Words that mark a name as a model (大模型, LLM, 预训练模型). */
export const modelCues = (): readonly string[] => triggersFile().modelCues;

/** Technical terms and abbreviations (GPU, RLHF, MoE, Transformer) that are never an entity's name on their own. */
export const techTerms = (): readonly string[] => triggersFile().techTerms;

/** Words that mark a name as a product, with the product kind they imply. */
export const productCues = (): readonly { word: string; kind: ProductKind }[] => triggersFile().productCues;

/** Tier cue words per Tier code, plus the industry words that imply L1. */
export const tierCues = (): { tiers: Readonly<Record<TierCode, string[]>>; industryWords: readonly string[] } => ({
  tiers: triggersFile().tiers,
  industryWords: triggersFile().industryWords,
});

/** The Tier a numbered tier name means ('L3', used by some reports for the scenario tier, is L2). */
export const tierForCode = (code: string): TierCode | undefined => triggersFile().tierCodeAliases[code.trim().toUpperCase()];

/** Cue words per industry-chain layer code. */
export const layerCues = (): Readonly<Record<ChainLayerCode, string[]>> => triggersFile().layers;

/** The column role a table header cell names: exact cue, else the longest cue it contains. */
export function tableHeaderRole(cell: string): TableColumnRole | undefined {
  const key = foldKey(stripTrailingParentheticals(cell)).replace(/[:：*#]+$/u, '');
  if (!key) return undefined;
  return headerTable().find(([cue]) => key === cue)?.[1] ?? headerTable().find(([cue]) => cue.length > 1 && key.includes(cue))?.[1];
}
