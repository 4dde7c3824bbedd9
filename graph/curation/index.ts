// Curation, public door: analysts' corrections that survive rebuilds.
export { CurationFile, CurationRule, RULE_KINDS, type RuleKind } from './schema.ts';
export { parseCuration, loadCuration, type LocatedRule } from './load.ts';
export { applyCuration, assignCuration, curationReport, type CurationReport, type RuleReport } from './apply.ts';
export { appendCurationRule } from './append.ts';
export { resolveEntity } from './resolve.ts';
