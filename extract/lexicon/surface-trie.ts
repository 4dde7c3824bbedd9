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
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = newNode()));
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** Values stored under exactly this surface form (after folding). */
  lookup(surface: string): T[] {
    let node: TrieNode<T> | undefined = this.root;
    for (const ch of foldKey(surface)) {
      node = node.next.get(ch);
      if (!node) return [];
    }
    return node.values;
  }

  /** The longest key starting at `start` whose accepted values are non-empty, respecting word edges. */
  longestAt(text: string, start: number, accept: (value: T) => boolean = () => true): SurfaceMatch<T> | null {
    const first = String.fromCodePoint(text.codePointAt(start) ?? 0);
    if (start >= text.length || !foldChar(first)) return null;
    if (this.wordChar.test(first) && start > 0 && this.wordChar.test(text[start - 1])) return null;
    let node: TrieNode<T> | undefined = this.root;
    let best: SurfaceMatch<T> | null = null;
    let last = '';
    for (let j = start; j < text.length && node; ) {
      const ch = String.fromCodePoint(text.codePointAt(j)!);
      j += ch.length;
      for (const unit of foldChar(ch)) {
        node = node.next.get(unit);
        if (!node) break;
      }
      if (!node) break;
      if (foldChar(ch)) last = ch;
      if (node.values.length && !(this.wordChar.test(last) && j < text.length && this.wordChar.test(text[j]))) {
        const values = node.values.filter(accept);
        if (values.length) best = { start, end: j, surface: text.slice(start, j), values };
      }
    }
    return best;
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
        i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      }
    }
    return found;
  }
}
