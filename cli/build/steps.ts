// The ordered steps of `tupu build`. Later stages add a step here; the command does not change.
import type { BuildStep } from './types.ts';
import { ingestStep } from './ingest-step.ts';
import { extractStep } from './extract-step.ts';
import { assembleStep } from './assemble-step.ts';
import { validateStep } from './validate-step.ts';
import { writeStep } from './write-step.ts';
import { analyticsStep, curationStep, exportsStep, layoutStep, storeStep } from './graph-steps.ts';

/**
 * Run in this order. Steps that add to `ctx.graph` (analytics, layout) go before `validate`;
 * steps that use the written files (exports, store load) go after `write`.
 */
export const BUILD_STEPS: readonly BuildStep[] = [
  ingestStep,
  extractStep,
  assembleStep,
  curationStep,
  analyticsStep,
  layoutStep,
  validateStep,
  writeStep,
  exportsStep,
  storeStep,
];
