// Internal types of the extraction stage: reports as read, normalised text, segments.

/** A report file read from disk and decoded to text. */
export interface SourceReport {
  /** File name (basename): the document id used in evidence and `docs`. */
  doc: string;
  path: string;
  bytes: number;
  sha256: string;
  encoding: 'utf-8' | 'gb18030';
  original: string;
}

/** Normalised text plus, for every position, the offset in the original it came from. */
export interface NormalisedText {
  doc: string;
  text: string;
  /** length text.length + 1; toOriginal[i] is the original offset of text[i] (last entry: end). */
  toOriginal: Int32Array;
}

/** A table detected in a report: its caption and (when found) the header cells. */
export interface TableInfo {
  id: string;
  caption: string;
  header: string[];
  /** Each row's cells stand under the header's (a Markdown table, or one line per row with one cell per column). */
  aligned?: boolean;
}

/** A unit of text that can state a relation: a prose sentence or a table row. */
export interface Segment {
  kind: 'sentence' | 'table-row';
  text: string;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  table?: TableInfo;
  /** For table rows: the cells as split from the row. */
  cells?: string[];
}
