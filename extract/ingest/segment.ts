// segment(): normalised text to sentences and table rows, in text order.
import type { NormalisedText, Segment } from '../types.ts';
import { displayWidth } from './chars.ts';
import { lineRanges } from './clean-lines.ts';
import type { LaidOutText } from './normalise.ts';
import { sentenceRanges } from './sentences.ts';
import { findTables, rowText, tableInfo } from './table-detect.ts';
import { splitCells } from './table-lines.ts';

/** Splits into sentences and table rows; uses the table layout normalise() found when present. */
export function segment(norm: NormalisedText): Segment[] {
  const rows = 'tables' in norm ? layoutRows(norm as LaidOutText) : detectRows(norm);
  const segments: Segment[] = [];
  const { text } = norm;
  let r = 0;
  for (const [s, e] of lineRanges(text)) {
    if (e <= s) continue;
    if (r < rows.length && rows[r].start < e) {
      while (r < rows.length && rows[r].start < e) segments.push(rows[r++]);
      continue;
    }
    for (const [a, b] of sentenceRanges(text, s, e)) segments.push({ kind: 'sentence', text: text.slice(a, b), start: a, end: b });
  }
  return segments;
}

function layoutRows(norm: LaidOutText): Segment[] {
  return norm.tables.flatMap(({ table, rows }) => rows.map((row): Segment => ({
    kind: 'table-row', text: norm.text.slice(row.start, row.end), start: row.start, end: row.end, table, cells: row.cells,
  })));
}

/** For NormalisedText built elsewhere: find tables again on the normalised lines. */
function detectRows(norm: NormalisedText): Segment[] {
  const ranges = lineRanges(norm.text).filter(([s, e]) => e > s);
  const lines = ranges.map(([s, e]) => norm.text.slice(s, e));
  const widths = lines.map(displayWidth).filter((w) => w >= 10).sort((a, b) => a - b);
  const full = widths.length ? widths[Math.floor((widths.length - 1) * 0.9)] : 80;
  return findTables(lines, full).flatMap((t, n): Segment[] => {
    const table = tableInfo(norm.doc, t, n);
    return t.rows.map((row) => {
      const start = ranges[row.lines[0]][0];
      const end = ranges[row.lines.at(-1)!][1];
      return { kind: 'table-row', text: norm.text.slice(start, end), start, end, table, cells: splitCells(rowText(lines, row), t.header.length) };
    });
  });
}
