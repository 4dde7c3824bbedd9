// A trie over folded surface forms: exact lookup and leftmost-longest, non-overlapping matching in text.
import { foldChar, foldKey } from './fold.ts';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
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

/** Maps surface forms to values; used for regions, organisations and model families alike. */
export class SurfaceTrie<T> {
  private readonly root: TrieNode<T> = newNode();
  private readonly wordChar: RegExp;

  constructor(options: SurfaceTrieOptions = {}) {
    this.wordChar = options.wordChar ?? ASCII_WORD;
  }

  /** Adds a value under the folded form of `surface`; empty keys are ignored. */
  add(surface: string, value: T): void {
    const key = foldKey(surface);
    if (!key) return;
    let node = this.root;
    for (let k = 0; k < key.length; k++) {
      let child = node.next.get(key[k]);
      if (!child) node.next.set(key[k], (child = newNode()));
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** Values stored under exactly this surface form (after folding). */
  lookup(surface: string): T[] {
    const key = foldKey(surface);
    let node: TrieNode<T> | undefined = this.root;
    for (let k = 0; k < key.length && node; k++) node = node.next.get(key[k]);
    return node?.values ?? [];
  }

  /** The longest key starting at `start` whose accepted values are non-empty, respecting word edges. */
  longestAt(text: string, start: number, accept: (value: T) => boolean = () => true): SurfaceMatch<T> | null {
    if (start >= text.length) return null;
    const first = charAt(text, start);
    const head = foldChar(first);
    if (!head || !this.root.next.has(head[0])) return null;
    if (this.wordChar.test(first) && start > 0 && this.wordChar.test(text[start - 1])) return null;
    let node: TrieNode<T> | undefined = this.root;
    let bestNode: TrieNode<T> | null = null;
    let bestEnd = start;
    let last = '';
    for (let j = start; j < text.length && node; ) {
      const ch = charAt(text, j);
      j += ch.length;
      const units = foldChar(ch);
      for (let k = 0; k < units.length && node; k++) node = node.next.get(units[k]);
      if (!node) break;
      if (units) last = ch;
      // Folding drops spaces and punctuation: a match never ends on one (`New Bing ` is `New Bing`).
      if (units && node.values.length && node.values.some(accept)) {
        const cutsWord = this.wordChar.test(last) && j < text.length && this.wordChar.test(text[j]);
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
      const match = this.longestAt(text, i, accept);
      if (match) {
        found.push(match);
        i = match.end;
      } else {
        i += charAt(text, i).length;
      }
    }
    return found;
  }
}
