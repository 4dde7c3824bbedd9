// normalise(): report text to clean, rejoined text with an offset map back to the original.
import type { NormalisedText } from '../types.ts';
import { displayWidth, isCjk } from './chars.ts';
import { cleanLines, lineRanges } from './clean-lines.ts';
import { MappedTextBuilder, type MappedText } from './mapped-text.ts';
import { nfkcMap } from './nfkc-map.ts';
import { isHardWrap, wrapJoiner } from './rejoin.ts';
import { findTables, rowText, tableInfo, type DetectedTable } from './table-detect.ts';
import { splitCells, wrapSeparator } from './table-lines.ts';
import type { TableInfo } from '../types.ts';

/** A table row as laid out in the normalised text. */
export interface TableRowSpan {
  start: number;
  end: number;
  cells: string[];
  /** A group-header line (e.g. a publisher alone on its line) heading the rows below it. */
  group: boolean;
}

/** Normalised text that also remembers where its tables are, so segment() need not guess again. */
export interface LaidOutText extends NormalisedText {
  tables: Array<{ table: TableInfo; rows: TableRowSpan[] }>;
}

/** Share of lines at or under the "full prose line" width estimate. */
const FULL_WIDTH_PERCENTILE = 0.9;

/** NFKC, drop furniture, rejoin wrapped lines, remove spaces between CJK; every char mapped back. */
export function normalise(doc: string, original: string): LaidOutText {
  // A report written in Markdown (.md) loses its markup; a .txt report's * and # may be content.
  const clean = cleanLines(nfkcMap(original), { markdown: /\.md$/i.test(doc) });
  const ranges = lineRanges(clean.text).filter(([s, e]) => e > s);
  const lines = ranges.map(([s, e]) => clean.text.slice(s, e));
  const tables = findTables(lines, fullLineWidth(lines));
  const out = new MappedTextBuilder();
  const laid: LaidOutText['tables'] = [];
  let k = 0;
  for (const table of tables) {
    emitProse(clean, ranges, lines, k, table.first, out);
    laid.push(emitTable(doc, clean, ranges, lines, table, out, laid.length));
    k = table.last + 1;
  }
  emitProse(clean, ranges, lines, k, lines.length, out);
  out.trimEnd('\n');
  const built = out.build(original.length);
  return { doc, text: built.text, toOriginal: built.orig, tables: laid };
}

/** Width of a full prose line: a high percentile of the line widths. */
function fullLineWidth(lines: readonly string[]): number {
  const widths = lines.map(displayWidth).filter((w) => w >= 10).sort((a, b) => a - b);
  return widths.length ? widths[Math.floor((widths.length - 1) * FULL_WIDTH_PERCENTILE)] : 80;
}

function emitProse(src: MappedText, ranges: Array<[number, number]>, lines: string[], from: number, to: number, out: MappedTextBuilder): void {
  let prevPrevWidth = 0;
  let openTitles = 0;
  for (let k = from; k < to; k++) {
    const line = lines[k];
    if (k > from) {
      const prev = lines[k - 1];
      if (isHardWrap(prev, line, { prevPrevWidth, openTitles })) {
        const { separator, dropHyphen } = wrapJoiner(prev, line);
        if (dropHyphen) out.trimEnd('-');
        out.appendAt(separator, ranges[k][0]);
        prevPrevWidth = displayWidth(prev);
      } else {
        out.appendAt('\n', ranges[k - 1][1]);
        prevPrevWidth = 0;
        openTitles = 0;
      }
    }
    appendWithoutCjkSpaces(src, ranges[k], out);
    openTitles = Math.max(0, openTitles + count(line, '《') - count(line, '》'));
  }
  if (to > from) out.appendAt('\n', ranges[to - 1][1]);
}

function emitTable(doc: string, src: MappedText, ranges: Array<[number, number]>, lines: string[], table: DetectedTable,
  out: MappedTextBuilder, index: number): LaidOutText['tables'][number] {
  for (const k of table.headLines) {
    out.appendFrom(src, ranges[k][0], ranges[k][1]);
    out.appendAt('\n', ranges[k][1]);
  }
  const info = tableInfo(doc, table, index);
  const rows: TableRowSpan[] = [];
  for (const row of table.rows) {
    const start = out.size;
    row.lines.forEach((k, n) => {
      if (n > 0) out.appendAt(wrapSeparator(lines[row.lines[n - 1]], lines[k]), ranges[k][0]);
      out.appendFrom(src, ranges[k][0], ranges[k][1]);
    });
    rows.push({ start, end: out.size, cells: splitCells(rowText(lines, row), table.header.length), group: row.group });
    out.appendAt('\n', ranges[row.lines.at(-1)!][1]);
  }
  return { table: info, rows };
}

/** Copies a line, dropping spaces that PDF extraction put between CJK characters. */
function appendWithoutCjkSpaces(src: MappedText, [s, e]: [number, number], out: MappedTextBuilder): void {
  const text = src.text;
  let runStart = s;
  for (let i = s + 1; i < e - 1; i++) {
    if (text.charCodeAt(i) === 32 && isCjk(text[i - 1]) && isCjk(text[i + 1])) {
      out.appendFrom(src, runStart, i);
      runStart = i + 1;
    }
  }
  out.appendFrom(src, runStart, e);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
