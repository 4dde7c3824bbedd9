// Runs the build steps in order, times each, and writes manifest.json once they have all succeeded.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeFileAtomic } from '../../common/atomic-write.ts';
import { Manifest, type GraphJson } from '../../schema/index.ts';
import { createProgress, type Progress } from '../progress.ts';
import { BUILD_STEPS } from './steps.ts';
import type { BuildContext, BuildOptions, BuildStep } from './types.ts';

/** What a successful build produced. */
export interface BuildResult {
  manifest: Manifest;
  /** Files written, by role (graph, extraction, manifest, …) → absolute path. */
  outputs: Record<string, string>;
}

export async function runBuild(
  options: BuildOptions,
  { steps = BUILD_STEPS, progress = createProgress() }: { steps?: readonly BuildStep[]; progress?: Progress } = {},
): Promise<BuildResult> {
  const ctx: BuildContext = { options, progress, inputs: [], reports: [], extractions: [], outputs: {}, stages: {} };
  const timingsMs: Record<string, number> = {};
  const started = performance.now();
  for (const step of steps) {
    const stepStarted = performance.now();
    await step.run(ctx);
    timingsMs[step.id] = roundMs(performance.now() - stepStarted);
  }
  timingsMs.total = roundMs(performance.now() - started);

  const manifest = Manifest.parse({
    toolVersion: options.toolVersion,
    builtAt: options.builtAt,
    corpus: options.corpusLabel,
    inputs: ctx.inputs,
    counts: countGraph(ctx.graph),
    timingsMs,
    ...(Object.keys(ctx.stages).length ? { stages: ctx.stages } : {}),
  });
  const manifestFile = path.join(options.out, 'manifest.json');
  await writeFileAtomic(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, outputs: { ...ctx.outputs, manifest: manifestFile } };
}

function countGraph(graph: GraphJson | undefined): Manifest['counts'] {
  const byLabel: Record<string, number> = {};
  const byType: Record<string, number> = {};
  for (const { attributes } of graph?.nodes ?? []) byLabel[attributes.label] = (byLabel[attributes.label] ?? 0) + 1;
  for (const { attributes } of graph?.edges ?? []) byType[attributes.type] = (byType[attributes.type] ?? 0) + 1;
  return { nodes: graph?.nodes.length ?? 0, edges: graph?.edges.length ?? 0, byLabel, byType };
}

const roundMs = (ms: number): number => Math.round(ms * 10) / 10;
