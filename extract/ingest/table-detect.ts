// Finds PDF-flattened tables in a report's lines: caption, header, rows (with wrapped cells
// rejoined) and group-header lines; stops before the prose that follows.
import { displayWidth, isCjk } from './chars.ts';
import {
  endsMidCell, isAlignmentRow, isCaption, isHeaderLine, isHeading, isPipeRow, isProseLine, isRowLike, isSourceNote,
  isValueCell, splitCells, wrapSeparator,
} from './table-lines.ts';
import type { TableInfo } from '../types.ts';

/** One row as found: the lines it spans (wrapped cells), and whether it is a group header. */
export interface DetectedRow {
  lines: number[];
  group: boolean;
}

/** A table as found in the line list; `first`..`last` are line indices (inclusive). */
export interface DetectedTable {
  caption: string;
  header: string[];
  /** Lines that make up the caption and header (emitted as plain lines, not rows). */
  headLines: number[];
  rows: DetectedRow[];
  first: number;
  last: number;
  /** Every row is one line whose cells stand under the header's (a Markdown table, or a regular one). */
  aligned: boolean;
}

/** What segments carry of table number `index` of report `doc`: an id (its caption's number when it has one), caption, header. */
export function tableInfo(doc: string, table: DetectedTable, index: number): TableInfo {
  const num = /^(?:表|Table)\s*(\d+(?:[-.．]\d+)*)/i.exec(table.caption)?.[1];
  return { id: `${doc}#${num ? `表${num}` : `table-${index + 1}`}`, caption: table.caption, header: table.header, ...(table.aligned ? { aligned: true } : {}) };
}

/** Joins the lines of one row as the normalised text will show it. */
export function rowText(lines: readonly string[], row: DetectedRow): string {
  let text = lines[row.lines[0]];
  for (let k = 1; k < row.lines.length; k++) {
    const next = lines[row.lines[k]];
    text += wrapSeparator(text, next) + next;
  }
  return text;
}

/** Finds every table in `lines` ('' = blank). `fullWidth` is the width of a full prose line. */
export function findTables(lines: readonly string[], fullWidth: number): DetectedTable[] {
  const tables: DetectedTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const table = tableAt(lines, i, fullWidth);
    if (table && table.rows.length > 0) {
      tables.push(table);
      i = table.last + 1;
    } else {
      i++;
    }
  }
  return tables;
}

function nextContent(lines: readonly string[], i: number): number {
  while (i < lines.length && !lines[i]) i++;
  return i;
}

function tableAt(lines: readonly string[], start: number, fullWidth: number): DetectedTable | null {
  const line = lines[start];
  if (!line) return null;
  const headLines: number[] = [];
  let caption = '';
  let i = start;
  if (isPipeRow(line)) return pipeTable(lines, start, start, caption, headLines);
  if (isCaption(line)) {
    caption = line;
    headLines.push(i);
    i = nextContent(lines, i + 1);
    if (i < lines.length && isCaption(lines[i])) {
      if (/^表/.test(lines[i]) || !/^表/.test(caption)) caption = lines[i];
      headLines.push(i);
      i = nextContent(lines, i + 1);
    }
    if (i >= lines.length) return null;
    if (isPipeRow(lines[i])) return pipeTable(lines, start, i, caption, headLines);
    const cells = splitCells(lines[i]);
    if (cells.length < 2 || cells.some(isValueCell) || /[，。；,;]/.test(lines[i])) return null;
  } else if (!isHeaderLine(line)) {
    return null;
  } else {
    const next = nextContent(lines, i + 1);
    const after = nextContent(lines, next + 1);
    const valueRow = (k: number): boolean => k < lines.length && isRowLike(splitCells(lines[k])) && splitCells(lines[k]).some(isValueCell);
    if (!valueRow(next) || !valueRow(after)) return null;
  }
  const header = splitCells(lines[i]);
  headLines.push(i);
  i = readHeaderWraps(lines, i + 1, header, headLines);
  const regular = regularRows(lines, i, header.length, fullWidth);
  const body = regular ? { rows: regular } : readRows(lines, i, fullWidth);
  const last = body.rows.length ? body.rows[body.rows.length - 1].lines.at(-1)! : headLines.at(-1)!;
  return { caption, header, headLines, rows: body.rows, first: start, last, aligned: !!regular };
}

/** A Markdown table whose header is line `at`: the alignment row must follow; every pipe row after it is a row. */
function pipeTable(lines: readonly string[], first: number, at: number, caption: string, headLines: number[]): DetectedTable | null {
  const align = at + 1;
  if (align >= lines.length || !isAlignmentRow(lines[align])) return null;
  const rows: DetectedRow[] = [];
  for (let i = align + 1; i < lines.length && isPipeRow(lines[i]); i++) rows.push({ lines: [i], group: false });
  const last = rows.length ? rows[rows.length - 1].lines[0] : align;
  return { caption, header: splitCells(lines[at]), headLines: [...headLines, at, align], rows, first, last, aligned: true };
}

/**
 * 1 星河科技 北京 天枢大模型: when at least two lines after the header have exactly as many cells as it has (three or
 * more), and the run ends where the table does (the text ends, or prose, a heading, a caption or a note follows), each
 * line is a row. A PDF's wrapped rows break the run, and are read by `readRows` instead.
 */
function regularRows(lines: readonly string[], from: number, width: number, fullWidth: number): DetectedRow[] | undefined {
  if (width < 3) return undefined;
  const rows: DetectedRow[] = [];
  let i = nextContent(lines, from);
  for (; i < lines.length && splitCells(lines[i], width).length === width && !isCaption(lines[i]) && !isHeading(lines[i]); i = nextContent(lines, i + 1)) {
    rows.push({ lines: [i], group: false });
  }
  if (rows.length < 2) return undefined;
  const ends = i >= lines.length || isCaption(lines[i]) || isHeading(lines[i]) || isSourceNote(lines[i]) || isProseLine(lines[i], splitCells(lines[i]), fullWidth);
  return ends ? rows : undefined;
}

/** Header cells wrapped onto tiny lines (`输入长` / `度限制`): short pieces join up to a cell. */
function readHeaderWraps(lines: readonly string[], i: number, header: string[], headLines: number[]): number {
  let piece = '';
  let j = nextContent(lines, i);
  const tiny = (k: number): boolean => k < lines.length && /^\S{1,3}$/.test(lines[k]) && lines[k].split('').every(isCjk);
  if (!tiny(j) || !tiny(nextContent(lines, j + 1))) return i;
  while (tiny(j)) {
    piece += lines[j];
    headLines.push(j);
    if (piece.length > 3) {
      header.push(piece);
      piece = '';
    }
    i = j + 1;
    j = nextContent(lines, i);
  }
  if (piece) header.push(piece);
  return i;
}

interface RowState {
  rows: DetectedRow[];
  pending: number[];
}

/** Reads rows until prose, a heading, a source note or the next caption. */
function readRows(lines: readonly string[], from: number, fullWidth: number): RowState {
  const state: RowState = { rows: [], pending: [] };
  let open: DetectedRow | null = null;
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (open && endsMidCell(lines[open.lines.at(-1)!])) {
      open.lines.push(i);
      continue;
    }
    if (state.pending.length && endsMidCell(lines[state.pending.at(-1)!])) {
      state.pending.push(i);
      continue;
    }
    const cells = splitCells(line);
    if (isCaption(line) || isHeading(line) || isSourceNote(line) || isProseLine(line, cells, fullWidth)) break;
    if (isValueCell(cells[0])) {
      open = continueRow(state, open, i, cells.length);
    } else if (isRowLike(cells)) {
      flushGroups(lines, state);
      open = { lines: [i], group: false };
      state.rows.push(open);
    } else if (open && /[+、]$/.test(line)) {
      open.lines.push(i);
    } else {
      if (state.pending.length >= 6) break;
      state.pending.push(i);
      open = null;
    }
  }
  return state;
}

/** A line starting with a value continues the row being read, or completes pending name pieces. */
function continueRow(state: RowState, open: DetectedRow | null, i: number, cellCount: number): DetectedRow {
  const last = state.rows.at(-1);
  if (state.pending.length && !(cellCount + state.pending.length < 3 && last && !last.group)) {
    const row = { lines: [...state.pending, i], group: false };
    state.pending = [];
    state.rows.push(row);
    return row;
  }
  const target = open ?? (last && !last.group ? last : null);
  if (target) {
    target.lines.push(...state.pending, i);
    state.pending = [];
    return target;
  }
  const row = { lines: [i], group: false };
  state.rows.push(row);
  return row;
}

/** Pending short lines before a full row are group headers (a publisher alone on its line). */
function flushGroups(lines: readonly string[], state: RowState): void {
  let group: DetectedRow | null = null;
  for (const i of state.pending) {
    const prev = group ? lines[group.lines.at(-1)!] : '';
    const sameScript = group && (isCjk(prev.at(-1)!) === isCjk(lines[i][0]));
    if (group && sameScript && displayWidth(prev) + displayWidth(lines[i]) <= 40) {
      group.lines.push(i);
    } else {
      group = { lines: [i], group: true };
      state.rows.push(group);
    }
  }
  state.pending = [];
}
