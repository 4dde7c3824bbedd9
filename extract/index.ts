// Extraction stage, public door: report files in, mentions / relations / placements out.
export type { SourceReport, NormalisedText, Segment } from './types.ts';
export * from './ingest/index.ts';
export { extractReport } from './recognise/extract-report.ts';
export { resolutionHints } from './recognise/resolution-hints.ts';
