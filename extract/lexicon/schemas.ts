// Zod schemas of the lexicon files in data/lexicon/: one schema per file, types from z.infer.
import { z } from 'zod';
import { ChainLayerCode, EXTRACTED_REL_TYPES, TierCode } from '../../schema/ontology.ts';

const surfaces = z.array(z.string().min(1));

/** Every lexicon file says what it is and where it comes from. */
export const LexiconMeta = z.object({
  title: z.string().min(1),
  source: z.string().min(1),
  scope: z.string().min(1),
  updated: z.string().min(1),
});

export const RegionLevel = z.enum(['country', 'province', 'city', 'bloc']);
export const RegionDivision = z.enum([
  'country', 'bloc', 'macro-region', 'economic-region',
  'municipality', 'province', 'autonomous-region', 'sar', 'state',
  'prefecture-city', 'prefecture', 'autonomous-prefecture', 'league',
  'county-city', 'district', 'new-area', 'town', 'tw-city', 'world-city',
]);
/** Chinese prefecture-level divisions as 民政部 counts them (地级市, 地区, 自治州, 盟). */
export const PREFECTURE_DIVISIONS: ReadonlySet<RegionDivision> = new Set(['prefecture-city', 'prefecture', 'autonomous-prefecture', 'league']);

/** One place of the gazetteer; `parent` is the id of the place it is PART_OF. */
export const RegionEntry = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().optional(),
  level: RegionLevel,
  division: RegionDivision,
  parent: z.string().optional(),
  aliases: surfaces,
  /** One-character abbreviations (京, 沪, 粤, 深): only safe inside compounds such as 京沪. */
  abbreviations: surfaces.default([]),
  /** Surface forms that are also common words (我国, 大同, 朝阳); may include `name` itself. */
  weakAliases: surfaces.default([]),
  /** Municipalities and SARs are provinces and cities at once. */
  alsoCity: z.boolean().optional(),
  /** Member country ids of a bloc. */
  members: z.array(z.string()).optional(),
}).strict();

export const RegionsFile = z.object({ meta: LexiconMeta, entries: z.array(RegionEntry) }).strict();

export const OrgLabel = z.enum(['Company', 'Institution']);
export const InstitutionKind = z.enum(['university', 'research', 'government', 'other']);
export const CompanyKind = z.enum(['bigtech', 'startup', 'traditional', 'foreign']);

/** An organisation-name affix and the label it implies. */
export const OrgSuffix = z.object({
  affix: z.string().min(1),
  position: z.enum(['suffix', 'prefix']).default('suffix'),
  label: OrgLabel,
  kind: InstitutionKind.optional(),
  strength: z.enum(['strong', 'weak']),
  /** Characters the rest of the name needs; 0 means the affix is a complete name (国务院). */
  minStem: z.number().int().min(0),
}).strict();

export const OrgSuffixesFile = z.object({ meta: LexiconMeta, entries: z.array(OrgSuffix) }).strict();

export const PolicyFile = z.object({
  meta: LexiconMeta,
  policySuffixes: surfaces,
  policyMarkers: surfaces,
  nonPolicySuffixes: surfaces,
}).strict();

export const RelationTriggers = z.object({ forward: surfaces, reverse: surfaces, nouns: surfaces }).strict();
export const PersonRole = z.enum(['researcher', 'founder', 'executive', 'official']);
export const ProductKind = z.enum(['app', 'platform', 'plugin', 'hardware']);
export const TableColumnRole = z.enum([
  'publisher', 'model', 'params', 'openSource', 'releaseDate', 'baseModel', 'contextLength', 'product',
  'region', 'industry', 'modality', 'policy', 'investor', 'chainLayer',
]);

export const TriggersFile = z.object({
  meta: LexiconMeta,
  relations: z.record(z.enum(EXTRACTED_REL_TYPES), RelationTriggers),
  cues: z.object({ negation: surfaces, rumour: surfaces, hedge: surfaces }).strict(),
  roles: z.record(PersonRole, surfaces),
  modelCues: surfaces,
  techTerms: surfaces,
  productCues: z.array(z.object({ word: z.string().min(1), kind: ProductKind }).strict()),
  tiers: z.record(TierCode, surfaces),
  industryWords: surfaces,
  tierCodeAliases: z.record(z.string(), TierCode),
  layers: z.record(ChainLayerCode, surfaces),
  tableHeaders: z.record(TableColumnRole, surfaces),
}).strict();

/** A widely known AI organisation; `country` is a regions.json id, `parent` an organisation id. */
export const OrganisationEntry = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  label: OrgLabel,
  kind: z.union([CompanyKind, InstitutionKind]),
  country: z.string().min(1),
  aliases: surfaces,
  weakAliases: surfaces.default([]),
  parent: z.string().optional(),
}).strict();

export const OrganisationsFile = z.object({ meta: LexiconMeta, entries: z.array(OrganisationEntry) }).strict();

/** A well-known model family (or flagship product) and the organisation that develops it. */
export const ModelFamilyEntry = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  label: z.enum(['Model', 'Product']),
  developer: z.string().min(1),
  aliases: surfaces,
  weakAliases: surfaces.default([]),
  modality: z.enum(['nlp', 'cv', 'multimodal', 'science', 'code']).optional(),
  openSource: z.enum(['true', 'false', 'unknown']).optional(),
  kind: ProductKind.optional(),
}).strict();

export const ModelsFile = z.object({ meta: LexiconMeta, entries: z.array(ModelFamilyEntry) }).strict();

export type LexiconMeta = z.infer<typeof LexiconMeta>;
export type RegionLevel = z.infer<typeof RegionLevel>;
export type RegionDivision = z.infer<typeof RegionDivision>;
export type RegionEntry = z.infer<typeof RegionEntry>;
export type OrgLabel = z.infer<typeof OrgLabel>;
export type InstitutionKind = z.infer<typeof InstitutionKind>;
export type CompanyKind = z.infer<typeof CompanyKind>;
export type OrgSuffix = z.infer<typeof OrgSuffix>;
export type PolicyFile = z.infer<typeof PolicyFile>;
export type RelationTriggers = z.infer<typeof RelationTriggers>;
export type PersonRole = z.infer<typeof PersonRole>;
export type ProductKind = z.infer<typeof ProductKind>;
export type TableColumnRole = z.infer<typeof TableColumnRole>;
export type TriggersFile = z.infer<typeof TriggersFile>;
export type OrganisationEntry = z.infer<typeof OrganisationEntry>;
export type ModelFamilyEntry = z.infer<typeof ModelFamilyEntry>;

/** surnames.json: family names, used with context to recognise split person names. */
export const SurnamesFile = z.object({
  meta: LexiconMeta,
  single: z.array(z.string().length(1)).min(1),
  compound: z.array(z.string().length(2)),
});
export type SurnamesFile = z.infer<typeof SurnamesFile>;
