// Line shapes inside PDF-flattened tables: captions, header lines, value cells, headings.
import { displayWidth, isCjk } from './chars.ts';

const CAPTION = /^(?:表|Table)\s*\d+(?:[-.．]\d+)*[.．:：]?\s*\S/i;
const HEADING = [
  /^第\s*[一二三四五六七八九十百\d]+\s*[章节篇部分]/,
  /^[（(][一二三四五六七八九十]+[)）]/,
  /^[一二三四五六七八九十]+、/,
  /^\d+(?:\.\d+)+\s+\D/,
  /^\d+[、.．]\s*[^\d\s.．]/,
  /^(?:图|Figure|Fig\.)\s*\d+/i,
];
const SOURCE_NOTE = /^(?:资料来源|数据来源|来源|注|备注|说明)\s*[:：]/;
const HEADER_WORD = /名称|模型|企业|机构|发布|参数|时间|日期|开源|类别|主体|单位|规模|方式|国家|地区|公司|产品|厂商|数量|版本|领域|特点|政策|成果|方向/;
const VALUE = /^(?:[-–—/]|\d[\w.%/、～~+-]*.*|[百千万亿]+级?|未知|未披露|未公布|未透露|未公开|未开放|不详|暂无|待定|none|n\/a|api|开源|闭源|是|否)$/i;
const VERSION = /^v\d[\w.]*$/i;
// What may follow a Latin name as the rest of it (Llama 2, Gaudi 3, MTT S4000), and the unit after a number (312 TFLOPS).
const MODEL_CODE = /^(?:\d{1,2}(?:\.\d{1,2})?|[A-Z]{1,2}\d{2,5}[A-Za-z]?)$/;
const UNIT = /^(?:[KMGTPE]?FLOPS|T?OPS|[KMGT]B(?:\/s)?|W)\b/i;

// A Markdown table's row (| a | b |) and the alignment row under its header (|---|:---:|).
const PIPE_ROW = /^\|.*\|$/;
const ALIGNMENT_ROW = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;

export const isPipeRow = (line: string): boolean => PIPE_ROW.test(line.trim());
export const isAlignmentRow = (line: string): boolean => ALIGNMENT_ROW.test(line.trim());

/**
 * Splits a table line into cells: a Markdown row at its pipes (empty cells kept, so cells stay under their
 * header), any other line on whitespace, where a version token (`v2`) stays with its name. Given the header's
 * width, a row with more cells joins a Latin name to the version or code after it (`Llama 2`, `MTT S4000`) and a number
 * to its unit (`312 TFLOPS(FP16)`) until it fits; elsewhere a lone number may be a value of its own.
 */
export function splitCells(line: string, width?: number): string[] {
  if (isPipeRow(line)) return line.trim().slice(1, -1).split('|').map((c) => c.trim());
  const cells: string[] = [];
  for (const token of line.split(/\s+/)) {
    if (!token) continue;
    const prev = cells[cells.length - 1];
    const glue = prev !== undefined && (prev.endsWith('+') || token.startsWith('+'));
    if (glue) cells[cells.length - 1] = prev + token;
    else if (prev && VERSION.test(token) && /[A-Za-z]$/.test(prev) && !VALUE.test(prev)) cells[cells.length - 1] = `${prev} ${token}`;
    else cells.push(token);
  }
  for (let i = 1; width !== undefined && cells.length > width && i < cells.length; i++) {
    const joins = /[A-Za-z]$/.test(cells[i - 1]) && !VALUE.test(cells[i - 1]) ? MODEL_CODE.test(cells[i]) : /^[\d.,]+$/.test(cells[i - 1]) && UNIT.test(cells[i]);
    if (joins) cells.splice(i - 1, 2, `${cells[i - 1]} ${cells[i]}`);
  }
  return cells;
}

/** A caption such as `表 3-2 大规模文本预训练模型对比表` or `Table 1. …` (not a sentence citing it). */
export function isCaption(line: string): boolean {
  if (!CAPTION.test(line) || line.length > 60 || /[，。；,;]/.test(line)) return false;
  return balanced(line, '（', '）') && balanced(line, '(', ')');
}

export function isHeading(line: string): boolean {
  return HEADING.some((re) => re.test(line));
}

export function isSourceNote(line: string): boolean {
  return SOURCE_NOTE.test(line);
}

/** A value cell: numbers, parameter counts, dates, dashes, 未知, 是/否, API. */
export function isValueCell(cell: string): boolean {
  return VALUE.test(cell);
}

/** A header line without caption: four or more short column names, mostly Chinese. */
export function isHeaderLine(line: string): boolean {
  if (/[，。；！？,;]/.test(line)) return false;
  const cells = line.split(/\s+/).filter(Boolean);
  if (cells.length < 4 || cells.some((c) => c.length < 2 || c.length > 12 || isValueCell(c))) return false;
  return cells.filter((c) => HEADER_WORD.test(c)).length >= 2;
}

/** A line that can stand as a row by itself: three cells, or two with a value cell. */
export function isRowLike(cells: readonly string[]): boolean {
  return cells.length >= 3 || (cells.length === 2 && cells.some(isValueCell));
}

/** A prose line after a table: wide, few cells; the row reader stops there. */
export function isProseLine(line: string, cells: readonly string[], fullWidth: number): boolean {
  if (cells.length > 3) return false;
  const w = displayWidth(line);
  return w >= 0.75 * fullWidth || (/。[”’」)）]*$/.test(line) && w >= 0.6 * fullWidth);
}

/** What joins two wrapped pieces of a row: nothing after `-`/`/` and between CJK, else a space. */
export function wrapSeparator(a: string, b: string): '' | ' ' {
  const last = a[a.length - 1];
  return last === '-' || last === '/' || (isCjk(last) && isCjk(b[0])) ? '' : ' ';
}

/** The line ends mid-cell (`code-davinci-`, `代码微调 +`, `350M/2.7B/6.`): the next line continues it. */
export function endsMidCell(line: string): boolean {
  return /(?:\S[-/]|[+、]|\d\.)$/.test(line);
}

function balanced(s: string, open: string, close: string): boolean {
  return s.split(open).length === s.split(close).length;
}
