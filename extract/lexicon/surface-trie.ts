// A trie over folded surface forms: exact lookup and leftmost-longest, non-overlapping matching in text.
import { foldChar, foldKey } from './fold.ts';

/** Children by UTF-16 code unit of the folded key. */
interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values: T[];
}

/** A match of one trie key in running text; offsets are in the original text. */
export interface SurfaceMatch<T> {
  start: number;
  end: number;
  surface: string;
  values: T[];
}

export interface SurfaceTrieOptions {
  /** Characters that may not touch a match whose edge is such a character (so 'US' is not found in 'USB'). */
  wordChar?: RegExp;
}

const ASCII_WORD = /[A-Za-z0-9]/;

const newNode = <T>(): TrieNode<T> => ({ next: new Map(), values: [] });

/** The character (one code point) at `i`. */
const charAt = (text: string, i: number): string => {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff ? String.fromCodePoint(text.codePointAt(i)!) : text[i];
};

/** CJK unified ideographs fold to themselves (see foldChar): one code unit, no lookup. */
const isPlainCjk = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/** foldChar of the ASCII characters, worked out once. */
const ASCII_FOLDED: readonly string[] = Array.from({ length: 128 }, (_, c) => foldChar(String.fromCharCode(c)));

const ALWAYS = (): boolean => true;

/** Maps surface forms to values; used for regions, organisations and model families alike. */
export class SurfaceTrie<T> {
  private readonly root: TrieNode<T> = newNode();
  /** 1 at each code unit some key begins with: the root's children as flags, asked at every position of a text. */
  private readonly heads = new Uint8Array(0x10000);
  private readonly wordChar: RegExp;

  constructor(options: SurfaceTrieOptions = {}) {
    this.wordChar = options.wordChar ?? ASCII_WORD;
  }

  /** Adds a value under the folded form of `surface`; empty keys are ignored. */
  add(surface: string, value: T): void {
    const key = foldKey(surface);
    if (!key) return;
    this.heads[key.charCodeAt(0)] = 1;
    let node = this.root;
    for (let k = 0; k < key.length; k++) {
      const unit = key.charCodeAt(k);
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = newNode()));
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** Values stored under exactly this surface form (after folding). */
  lookup(surface: string): T[] {
    const key = foldKey(surface);
    let node: TrieNode<T> | undefined = this.root;
    for (let k = 0; k < key.length && node; k++) node = node.next.get(key.charCodeAt(k));
    return node?.values ?? [];
  }

  /** Could a key start at `start`? The first folded code unit must begin some key. */
  private mayStartAt(text: string, start: number): boolean {
    const code = text.charCodeAt(start);
    if (isPlainCjk(code)) return this.heads[code] === 1;
    const head = code < 128 ? ASCII_FOLDED[code] : foldChar(charAt(text, start));
    return head !== '' && this.heads[head.charCodeAt(0)] === 1;
  }

  /** The longest key starting at `start` whose accepted values are non-empty, respecting word edges. */
  longestAt(text: string, start: number, accept: (value: T) => boolean = ALWAYS): SurfaceMatch<T> | null {
    if (start >= text.length || !this.mayStartAt(text, start)) return null;
    if (this.wordChar.test(charAt(text, start)) && start > 0 && this.wordChar.test(text[start - 1])) return null;
    let node: TrieNode<T> | undefined = this.root;
    let bestNode: TrieNode<T> | null = null;
    let bestEnd = start;
    // The last character that folded to something (whitespace folds to nothing): where a word edge is checked.
    let lastStart = -1;
    let lastEnd = -1;
    for (let j = start; j < text.length; ) {
      const code = text.charCodeAt(j);
      if (isPlainCjk(code)) {
        node = node.next.get(code);
        if (!node) break;
        lastStart = j;
        lastEnd = j + 1;
        j += 1;
      } else {
        const ch = code < 128 ? '' : charAt(text, j);
        const units = code < 128 ? ASCII_FOLDED[code] : foldChar(ch);
        const at = j;
        j += code < 128 ? 1 : ch.length;
        for (let k = 0; k < units.length && node; k++) node = node.next.get(units.charCodeAt(k));
        if (!node) break;
        if (units) {
          lastStart = at;
          lastEnd = j;
        }
      }
      // Folding drops spaces and punctuation: a match never ends on one (`New Bing ` is `New Bing`).
      if (lastEnd === j && node.values.length && node.values.some(accept)) {
        const cutsWord = this.wordChar.test(lastStart >= 0 ? text.slice(lastStart, lastEnd) : '') && j < text.length && this.wordChar.test(text[j]);
        if (!cutsWord) {
          bestNode = node;
          bestEnd = j;
        }
      }
    }
    if (!bestNode) return null;
    return { start, end: bestEnd, surface: text.slice(start, bestEnd), values: bestNode.values.filter(accept) };
  }

  /** Leftmost-longest, non-overlapping matches over the whole text. */
  findAll(text: string, accept?: (value: T) => boolean): SurfaceMatch<T>[] {
    const found: SurfaceMatch<T>[] = [];
    for (let i = 0; i < text.length; ) {
      const match = this.mayStartAt(text, i) ? this.longestAt(text, i, accept) : null;
      if (match) {
        found.push(match);
        i = match.end;
      } else {
        const code = text.charCodeAt(i);
        i += code >= 0xd800 && code <= 0xdbff ? charAt(text, i).length : 1;
      }
    }
    return found;
  }
}
