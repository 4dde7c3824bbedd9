// Lexicon stage, public door: the reference data of data/lexicon/ as typed, validated, lazily loaded helpers.
export type {
  RegionEntry, RegionLevel, RegionDivision, OrganisationEntry, ModelFamilyEntry, OrgSuffix, OrgLabel,
  InstitutionKind, CompanyKind, PersonRole, ProductKind, TableColumnRole, RelationTriggers, LexiconMeta,
} from './schemas.ts';
export { PREFECTURE_DIVISIONS } from './schemas.ts';
export { LEXICON_DIR } from './load.ts';
export { foldKey } from './fold.ts';
export { SurfaceTrie, type SurfaceMatch, type SurfaceTrieOptions } from './surface-trie.ts';
export type { NamedMatch, NamedIndex } from './named-index.ts';
export {
  RegionGazetteer, regionGazetteer, findRegions, type RegionMatch, type RegionMatchOptions, type RegionVia,
} from './regions.ts';
export { orgSuffixes, classifyOrgName, mayEndOrgName, isOrgAffix, knownOrganisations, knownOrganisation, type OrgNameClass } from './organisations.ts';
export { knownModelFamilies, knownModelFamily } from './models.ts';
export { surnameLength } from './surnames.ts';
export { policyTitleKind, policySuffixes, type PolicyTitleKind } from './policy.ts';
export {
  triggers, negationCues, roleCue, modelCues, techTerms, productCues, tierCues, tierForCode, layerCues, tableHeaderRole,
  type TriggeredRelType,
} from './cues.ts';
