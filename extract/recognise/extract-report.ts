// Runs every recogniser over one report and gathers what they found.
import type { ReportExtraction } from '../../schema/index.ts';
import type { SourceReport } from '../types.ts';

export function extractReport(report: SourceReport): ReportExtraction {
  // Work in progress: recognisers land here next.
  return { doc: report.doc, mentions: [], relations: [], placements: [] };
}
