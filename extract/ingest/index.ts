// Ingest, the public door: list, read, decode, normalise and segment reports; map evidence back.
export { listReports, isReportName } from './list-reports.ts';
export { readReport, docIdOf, DEFAULT_MAX_BYTES, type ReadReportOptions } from './read-report.ts';
export { normalise, type LaidOutText, type TableRowSpan } from './normalise.ts';
export { segment } from './segment.ts';
export { evidenceFor } from './evidence.ts';
