// The curation file's contract: analysts' corrections as an ordered list of rules.
import { z } from 'zod';
import { NodeLabel, RelType } from '../../schema/index.ts';

/** An entity by node key, name or alias; the object form narrows by label when a name is ambiguous. */
export const EntityRefSchema = z.union([
  z.string().min(1),
  z.object({ name: z.string().min(1), label: NodeLabel.optional() }).strict(),
]);
export type EntityRefInput = z.infer<typeof EntityRefSchema>;

const ref = EntityRefSchema;

/** One correction. Each rule has exactly one key naming what it does. */
export const CurationRule = z.union([
  z.object({ merge: z.object({ from: ref, into: ref }).strict() }).strict(),
  z.object({ splitAlias: z.object({ entity: ref, alias: z.string().min(1), label: NodeLabel.optional() }).strict() }).strict(),
  z.object({ rename: z.object({ entity: ref, to: z.string().min(1) }).strict() }).strict(),
  z.object({ relabel: z.object({ entity: ref, label: NodeLabel }).strict() }).strict(),
  z.object({ reject: z.object({ entity: ref }).strict() }).strict(),
  z.object({ rejectRelation: z.object({ type: RelType, from: ref, to: ref }).strict() }).strict(),
  z.object({ addRelation: z.object({ type: RelType, from: ref, to: ref, note: z.string().min(1), confidence: z.number().min(0).max(1).optional() }).strict() }).strict(),
]);
export type CurationRule = z.infer<typeof CurationRule>;

/** data/curation.yaml. */
export const CurationFile = z.object({
  version: z.literal(1).optional(),
  rules: z.array(CurationRule).nullish().transform((r) => r ?? []),
}).strict();
export type CurationFile = z.infer<typeof CurationFile>;

/** The kinds of rule, as the manifest reports them. */
export const RULE_KINDS = ['merge', 'splitAlias', 'rename', 'relabel', 'reject', 'rejectRelation', 'addRelation'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
