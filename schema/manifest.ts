// manifest.json: what a build read, what it produced and how long each stage took.
import { z } from 'zod';

/** An input file and what became of it. */
export const InputFile = z.object({
  file: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
  encoding: z.string().optional(),
  status: z.enum(['read', 'skipped']),
  reason: z.string().optional(),
});
export type InputFile = z.infer<typeof InputFile>;

export const Manifest = z.object({
  toolVersion: z.string(),
  builtAt: z.string(),
  corpus: z.string(),
  inputs: z.array(InputFile),
  counts: z.object({
    nodes: z.number().int(),
    edges: z.number().int(),
    byLabel: z.record(z.string(), z.number().int()),
    byType: z.record(z.string(), z.number().int()),
  }),
  timingsMs: z.record(z.string(), z.number()),
  /** Later stages (curation, stores, exports) add their own sections here. */
  stages: z.record(z.string(), z.unknown()).optional(),
});
export type Manifest = z.infer<typeof Manifest>;
