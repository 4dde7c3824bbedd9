// Query rows as text: an aligned table, a JSON array of row objects, or CSV.
import { csvLine } from '../export/csv.ts';

/** Output formats of `tupu query`. */
export const ROW_FORMATS = ['table', 'json', 'csv'] as const;
export type RowFormat = (typeof ROW_FORMATS)[number];

const cellText = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  if (width(flat) <= max) return flat;
  let out = '';
  for (const ch of flat) { if (width(out + ch) > max - 1) break; out += ch; }
  return `${out}…`;
}

export function formatRows(columns: readonly string[], rows: readonly Record<string, unknown>[], format: RowFormat, maxCell = 48): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'csv') return csvLine(columns) + rows.map((r) => csvLine(columns.map((c) => cellText(r[c])))).join('');
  const cells = rows.map((r) => columns.map((c) => clip(cellText(r[c]), maxCell)));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((row) => width(row[i]))));
  const pad = (s: string, i: number) => s + ' '.repeat(widths[i] - width(s));
  const line = (row: readonly string[]) => `${row.map(pad).join(' │ ').trimEnd()}\n`;
  return line(columns) + line(widths.map((w) => '─'.repeat(w))) + cells.map(line).join('');
}
