// Splitting a flattened table row into typed units: names and the values that describe them.

/** What a row unit holds. */
export type UnitKind = 'name' | 'params' | 'length' | 'yes' | 'no' | 'date' | 'size' | 'empty';

/** A run of row tokens read as one cell, with offsets inside the row text. */
export interface RowUnit { kind: UnitKind; text: string; start: number; end: number }

// 350M/2.7B/6. (the PDF broke 6.1B across two lines): a list of sizes may end in the first half of one.
const PARAMS = /^(?:[\d.]+\s*[BMKT](?:[/、,][\d.]+\s*[BMKT])*(?:[/、,]\d+\.)?(?:和[\d.]+[BMKT])?|[\d.,]+(?:万亿|千亿|百亿|亿|万)(?:级)?|[千百万]亿级?|亿级|百亿|千亿|[\d.]+[BMK]-[\d.]+[BMK])$/i;
const LENGTH = /^\d{3,7}$/;
const YES = /^(?:是|开源|已开源|open)$/i;
const NO = /^(?:否|未开放|未公开|闭源|不开源|API|未开源)$/i;
// Not disclosed (未披露, 不详), or a number the PDF cut at its decimal point (1. | 3B/6.7B): no value of its own, but no name either.
const EMPTY = /^(?:-|—|–|\/|未知|未披露|未公布|未透露|不详|暂无|待定|None|N\/A|无|\d+\.)$/i;
const DATE = /^(?:(?:19[5-9]\d|20[0-3]\d)(?:年(?:\d{1,2}月(?:\d{1,2}日)?)?|[-./]\d{1,2}(?:[-./]\d{1,2})?)?)$/;
const SIZE = /^[\d.]+\s*(?:[GT]B?|MB|M|K)$|^[\d.]+(?:万|亿)?(?:个|张|条|篇)/i;
/** A token that continues the previous name: a version (v2, V5, 1.0) or a generic head (大模型). */
const CONTINUATION = /^(?:v?\d+(?:\.\d+)*[a-z]?|V\d+(?:\.\d+)*|大模型|模型|XL|L|XXL|Pro|Max|Plus|Turbo|mini|\(.*\)|（.*）)$/;

function kindOf(token: string): UnitKind {
  if (EMPTY.test(token)) return 'empty';
  if (YES.test(token)) return 'yes';
  if (NO.test(token)) return 'no';
  if (DATE.test(token)) return 'date';
  if (PARAMS.test(token)) return 'params';
  if (LENGTH.test(token)) return 'length';
  if (SIZE.test(token)) return 'size';
  return 'name';
}

/** Tokens of a row with offsets; a number followed by a unit (`520 亿`) is one token. */
function tokens(row: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of row.matchAll(/\S+/g)) {
    const t = { text: m[0], start: m.index!, end: m.index! + m[0].length };
    const prev = out[out.length - 1];
    if (prev && /^[\d.,]+$/.test(prev.text) && /^(?:万亿|千亿|百亿|亿|万|个|张)/.test(t.text)) {
      out[out.length - 1] = { text: prev.text + t.text, start: prev.start, end: t.end };
    } else out.push(t);
  }
  return out;
}

/** Units of a row: values typed, adjacent name tokens kept apart except for continuations. */
export function rowUnits(row: string): RowUnit[] {
  const units: RowUnit[] = [];
  for (const t of tokens(row)) {
    const kind = kindOf(t.text);
    const prev = units[units.length - 1];
    // `1.0` after `源` or `V5` after `Midjourney` belongs to the name; a bare number elsewhere is a value.
    if (prev?.kind === 'name' && (CONTINUATION.test(t.text) && (kind === 'name' || kind === 'date' || kind === 'length' ? !/^\d{3,}$/.test(t.text) : false))) {
      units[units.length - 1] = { kind: 'name', text: `${prev.text} ${t.text}`, start: prev.start, end: t.end };
      continue;
    }
    units.push({ kind, ...t });
  }
  return units;
}
