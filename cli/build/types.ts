// The build pipeline's shared state and the shape of one step.
import type { GraphJson, InputFile, ReportExtraction } from '../../schema/index.ts';
import type { SourceReport } from '../../extract/index.ts';
import type { Progress } from '../progress.ts';

/** Resolved settings of one `tupu build` run. */
export interface BuildOptions {
  /** Absolute path of the corpus directory. */
  corpus: string;
  /** How the corpus is named in the manifest (as the user gave it). */
  corpusLabel: string;
  /** Absolute path of the output directory. */
  out: string;
  /** Files larger than this are skipped; undefined means the ingest stage's default cap. */
  maxBytes?: number;
  /** Absolute path of the curation file; undefined means $TUPU_CURATION or data/curation.yaml. */
  curation?: string;
  builtAt: string;
  toolVersion: string;
}

/** What the steps read and fill in, in order; the runner turns it into manifest.json. */
export interface BuildContext {
  readonly options: BuildOptions;
  readonly progress: Progress;
  /** Every file listed in the corpus and what became of it (manifest `inputs`). */
  inputs: InputFile[];
  /** The reports that could be read. */
  reports: SourceReport[];
  extractions: ReportExtraction[];
  /** Set by the assemble step; later steps may add derived attributes before validation. */
  graph?: GraphJson;
  /** Files written so far, by role (graph, extraction, …) → absolute path. */
  outputs: Record<string, string>;
  /** Sections that steps add to manifest `stages` (analytics, exports, store load…). */
  stages: Record<string, unknown>;
}

/** One step of the build; the runner times it under `id` in manifest `timingsMs`. */
export interface BuildStep {
  id: string;
  run(ctx: BuildContext): Promise<void> | void;
}
