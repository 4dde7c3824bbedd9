// Extraction interchange: the raw mentions and relation candidates written to extraction.jsonl.
import { z } from 'zod';
import { EntityLabel, RelType, TierCode, ChainLayerCode } from './ontology.ts';
import { Evidence, Method } from './graph.ts';

/** One surface form of an entity in one report, before alias resolution. */
export const Mention = z.object({
  kind: z.literal('mention'),
  doc: z.string(),
  label: EntityLabel,
  surface: z.string().min(1),
  /** Offsets in the original file. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  method: Method,
  /** A declared full name this surface abbreviates (以下简称, 英文名). */
  aliasOf: z.string().optional(),
  props: z.record(z.string(), z.string()).optional(),
});
export type Mention = z.infer<typeof Mention>;

/** One end of a relation candidate: the entity as written. */
export const EntityRef = z.object({ label: EntityLabel, surface: z.string().min(1) });
export type EntityRef = z.infer<typeof EntityRef>;

/** A relation stated by one sentence or table row, before resolution. */
export const RelationCandidate = z.object({
  kind: z.literal('relation'),
  type: RelType,
  from: EntityRef,
  to: EntityRef,
  evidence: Evidence,
  confidence: z.number().min(0).max(1),
  method: Method,
});
export type RelationCandidate = z.infer<typeof RelationCandidate>;

/** A model placed in a tier, or an entity on the industry chain, with the sentence that says so. */
export const Placement = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tier'), entity: EntityRef, tier: TierCode, evidence: Evidence, confidence: z.number(), method: Method }),
  z.object({ kind: z.literal('layer'), entity: EntityRef, layer: ChainLayerCode, evidence: Evidence, confidence: z.number(), method: Method }),
]);
export type Placement = z.infer<typeof Placement>;

/** A line of extraction.jsonl. */
export const ExtractionRecord = z.union([Mention, RelationCandidate, Placement]);
export type ExtractionRecord = z.infer<typeof ExtractionRecord>;

/** Everything extraction found in one report. */
export const ReportExtraction = z.object({
  doc: z.string(),
  title: z.string().optional(),
  publisher: z.string().optional(),
  date: z.string().optional(),
  mentions: z.array(Mention),
  relations: z.array(RelationCandidate),
  placements: z.array(Placement),
});
export type ReportExtraction = z.infer<typeof ReportExtraction>;
