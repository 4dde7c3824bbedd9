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
  if (line.length > 80 || line.indexOf(' ') < 0) return false;
  const tokens = line.split(/\s+/).filter(Boolean);
  return tokens.length >= 3 && tokens[0].length <= 12 && tokens.every((t) => t === tokens[0]);
}

/** Key under which running headers/footers repeat: no spaces, digit runs masked. */
export function repetitionKey(line: string): string {
  const parts: string[] = [];
  let runStart = 0;
  let prevDigit = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (!digit && c !== 32) continue;
    parts.push(line.slice(runStart, i));
    if (digit && !prevDigit) parts.push('#');
    runStart = i + 1;
    prevDigit = digit;
    if (c === 32) prevDigit = prevDigit && i + 1 < line.length && line.charCodeAt(i + 1) >= 48 && line.charCodeAt(i + 1) <= 57;
  }
  parts.push(line.slice(runStart));
  return parts.join('');
}

/**
 * Flags lines that repeat often enough to be running headers, footers or watermarks.
 * Data-heavy lines (many numbers, e.g. table rows that differ only in values) are exempt.
 */
export function findRepeatedLines(lines: readonly string[], minCount = 4): boolean[] {
  const keys = lines.map((line) => (line.length >= 2 && line.length <= 80 ? repetitionKey(line) : ''));
  const counts = new Map<string, number>();
  for (const key of keys) {
    if (key.length < 2 || key.length > 60) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = new Set<string>();
  for (const [key, n] of counts) {
    const numberSlots = key.split('#').length - 1;
    if (n >= minCount && numberSlots <= 2 && key.replace(/#/g, '').length >= 2) repeated.add(key);
  }
  return keys.map((key) => repeated.has(key));
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
/** Cheap pre-check: lines without these cannot hold a URL, e-mail, phone number or DOI. */
const MAYBE_NOISE = /@|:\/\/|www\.|doi|\d{7}|\d{3,4}\s?[-—–]\s?\d{3}/i;
/** A URL's trailing sentence punctuation belongs to the sentence, not the URL. */
const URL_TAIL = /[.,;:!?]+$/;

/** Spans `[start, end)` of a line to drop: URLs, e-mail addresses, phone numbers, DOIs. */
export function inlineNoise(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!MAYBE_NOISE.test(line)) return spans;
  for (const m of line.matchAll(INLINE)) {
    const text = m[0].replace(URL_TAIL, '');
    spans.push([m.index!, m.index! + text.length]);
  }
  return spans;
}
