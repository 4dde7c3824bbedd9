// Decoding report bytes: binary sniffing, then UTF-8 (BOM stripped) or GB18030, else an error.
import { TupuError } from '../../common/errors.ts';

/** The encodings Tupu reads; anything else is rejected with INPUT_ENCODING. */
export type ReportEncoding = 'utf-8' | 'gb18030';

const SNIFF_BYTES = 8192;
const MAX_CONTROL_SHARE = 0.1;

/** True when the first 8 KB hold a NUL byte or too many control characters to be text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

/** Share of chars that Chinese or Latin report text is made of; GBK-decoded garbage scores low. */
function plausibleShare(text: string): number {
  let good = 0;
  let total = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    total++;
    if (/[\x20-\x7e\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2010-\u206f\u2e80-\u2fdf\u00b7\u00d7]/.test(ch)) good++;
  }
  return total === 0 ? 1 : good / total;
}

/** Decodes a report: valid UTF-8 (minus BOM), else plausible GB18030; `file` names it in errors. */
export function decodeReport(bytes: Uint8Array, file: string): { encoding: ReportEncoding; text: string } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { encoding: 'utf-8', text };
  } catch {
    // not UTF-8: try GB18030 next
  }
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new TupuError('INPUT_ENCODING', `${file}: neither UTF-8 nor GB18030/GBK text`, { cause });
  }
  if (plausibleShare(text.slice(0, 100_000)) < 0.9) {
    throw new TupuError('INPUT_ENCODING', `${file}: neither UTF-8 nor GB18030/GBK text (decodes as GB18030 but reads as garbage)`);
  }
  return { encoding: 'gb18030', text };
}
