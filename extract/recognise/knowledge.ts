// What the recognisers need from reference data, as one interface (tests may pass their own).
import type { ChainLayerCode, EntityLabel, RelType, TierCode } from '../../schema/index.ts';

/** A well-known organisation from the reference list. */
/** A widely known organisation; `parent` is the one reference data says owns it, with every name it goes by. */
export interface KnownOrganisation { name: string; label: 'Company' | 'Institution'; kind?: string; country?: string; parent?: { label: 'Company' | 'Institution'; names: string[] } }

/** A place from the gazetteer found in text. */
/** A place found in text; `code` is the gazetteer id (ISO 3166 for countries, as organisations' `country`). */
export interface RegionHit { start: number; end: number; surface: string; name: string; code: string; level: 'country' | 'province' | 'city' | 'bloc'; parent?: string }

export type PersonRole = 'researcher' | 'founder' | 'executive' | 'official';

export interface Knowledge {
  organisation(surface: string): KnownOrganisation | undefined;
  /** Label and kind implied by an organisation name's ending (大学, 研究院, 有限公司 …). */
  orgByName(name: string): { label: 'Company' | 'Institution'; kind?: string; strong: boolean; affix: string } | undefined;
  /** Could a name ending with `word` end in an organisation suffix (its last character ends one)? */
  mayEndOrgName(word: string): boolean;
  /** Is `word` itself an organisation ending (研究院, 办公厅, 有限公司)? With 'strong', one that is no ordinary word (大学, not 技术). */
  isOrgAffix(word: string, strength?: 'strong'): boolean;
  isPolicyTitle(title: string): boolean;
  /** Well-known organisations and models named in `text` (longest matches, no overlaps). */
  knownNames(text: string): { start: number; end: number; surface: string; label: EntityLabel; props?: Record<string, string> }[];
  regions(text: string): RegionHit[];
  /** Canonical name and label of a well-known model family or product. */
  model(surface: string): { name: string; label: EntityLabel } | undefined;
  /** Length of the Chinese family name `text` starts with, or 0. */
  surnameLength(text: string): number;
  /** The person role a title word implies (教授 → researcher). */
  roleOf(word: string): PersonRole | undefined;
  /** The column role a table header cell names (发布者 → publisher). */
  headerRole(cell: string): string | undefined;
  cues: {
    model: readonly string[];
    product: readonly string[];
    hardware: readonly string[];
    techAcronyms: ReadonlySet<string>;
    /** Verbs a model powers a product with (驱动, 赋能): 'MODEL w PRODUCT', 'PRODUCT 由 MODEL w'. */
    powers: readonly string[];
    negation: readonly string[];
    rumour: readonly string[];
    /** Intent and likelihood (拟, 有望, 或将): void a relation only when they stand between its two ends. */
    hedge: readonly string[];
    triggers: Readonly<Record<RelType, readonly string[]>>;
    /** The relational nouns among `triggers` ('A的<n>B'): a noun names only what follows it right away. */
    triggerNouns: Readonly<Record<RelType, readonly string[]>>;
    /**
     * SUBSIDIARY_OF words by which end comes first: the part (达摩院隶属于阿里巴巴) or the owner (阿里巴巴旗下的达摩院,
     * 百度的子公司度小满).
     */
    ownership: { partFirst: readonly string[]; ownerFirst: readonly string[] };
    tiers: Readonly<Record<TierCode, readonly string[]>>;
    /** `tiers` without the industries (金融, 医疗…): the words that name a tier itself, not a field. */
    namedTiers: Readonly<Record<TierCode, readonly string[]>>;
    layers: Readonly<Partial<Record<ChainLayerCode, readonly string[]>>>;
  };
}
