// Page furniture: lines to drop (page numbers, TOC leaders, running headers, watermarks) and
// inline spans to drop (URLs, e-mail addresses, phone numbers, DOIs).

const PAGE_NUMBER = [
  /^[-–—_\s]*\d{1,4}[-–—_\s]*$/,
  /^第\s*\d+\s*页(\s*[/，,]?\s*共\s*\d+\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s*\d+(\s*of\s*\d+)?$/i,
];
const TOC_LEADER = /(?:\.{4,}|…{2,}|·{4,}|(?:\.\s){4,}|-{6,})\s*\d{1,4}\s*$/;
const DOI_LINE = /^doi\s*[:：]/i;

/** A bare page number such as `12`, `- 12 -`, `第 3 页`. */
export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.some((re) => re.test(line));
}

/** A table-of-contents entry: title, dot leader, page number. */
export function isTocLine(line: string): boolean {
  return TOC_LEADER.test(line);
}

/** A cover watermark line: one short token repeated three or more times (`李冰 李冰 李冰`). */
export function isWatermarkLine(line: string): boolean {
  const tokens = line.split(/\s+/).filter(Boolean);
  return tokens.length >= 3 && tokens[0].length <= 12 && tokens.every((t) => t === tokens[0]);
}

/** Key under which running headers/footers repeat: no spaces, digit runs masked. */
export function repetitionKey(line: string): string {
  return line.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/**
 * Keys of lines that repeat often enough to be running headers, footers or watermarks.
 * Data-heavy lines (many numbers, e.g. table rows that differ only in values) are exempt.
 */
export function findRepeatedLines(lines: readonly string[], minCount = 4): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = repetitionKey(line);
    if (key.length < 2 || key.length > 60) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = new Set<string>();
  for (const [key, n] of counts) {
    const numberSlots = key.split('#').length - 1;
    if (n >= minCount && numberSlots <= 2 && key.replace(/#/g, '').length >= 2) repeated.add(key);
  }
  return repeated;
}

/** Whole lines that are furniture regardless of repetition. */
export function isFurnitureLine(line: string): boolean {
  return isTocLine(line) || isWatermarkLine(line) || DOI_LINE.test(line);
}

const CONTACT_LABEL = String.raw`(?:(?:咨询|联系|服务|客服|热线|公司|官方)?(?:电话|邮箱|网站|网址|传真|手机)|e-?mail|tel|fax|website)\s*[:：]?\s*`;
const URL = String.raw`(?:https?:\/\/|ftp:\/\/|www\.)[^\s，。；、）)》”"'<>]+`;
const EMAIL = String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`;
const PHONE = String.raw`(?<![\d.])(?:\+?86[-\s]?)?(?:\(?0\d{2,3}\)?\s?[-—–]?\s?\d{7,8}|1[3-9]\d{9}|400[-\s]?\d{3}[-\s]?\d{4})(?![\d.])`;
const INLINE = new RegExp(`(?:${CONTACT_LABEL})?(?:${URL}|${EMAIL}|${PHONE}|doi\\s*[:：]\\s*\\S+)`, 'giu');
/** A URL's trailing sentence punctuation belongs to the sentence, not the URL. */
const URL_TAIL = /[.,;:!?]+$/;

/** Spans `[start, end)` of a line to drop: URLs, e-mail addresses, phone numbers, DOIs. */
export function inlineNoise(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of line.matchAll(INLINE)) {
    const text = m[0].replace(URL_TAIL, '');
    spans.push([m.index!, m.index! + text.length]);
  }
  return spans;
}
