// Text paired with, for every char, the offset in the original file it came from.

/** A string plus its offset map back to the original (length text.length + 1). */
export interface MappedText {
  text: string;
  orig: Int32Array;
}

/** Builds a MappedText piece by piece in linear time (string parts joined once at the end). */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private offsets = new Int32Array(1024);
  private length = 0;

  get size(): number {
    return this.length;
  }

  /** The last char appended, or '' when empty. */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1] : '';
  }

  /** Appends `src.text[from, to)` keeping its offsets. */
  appendFrom(src: MappedText, from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(src.text.slice(from, to));
    this.reserve(to - from);
    this.offsets.set(src.orig.subarray(from, to), this.length);
    this.length += to - from;
  }

  /** Appends text whose every char maps to `origOffset` (NFKC expansions, inserted separators). */
  appendAt(text: string, origOffset: number): void {
    if (!text) return;
    this.parts.push(text);
    this.reserve(text.length);
    this.offsets.fill(origOffset, this.length, this.length + text.length);
    this.length += text.length;
  }

  /** Removes trailing chars equal to `ch` (used to trim separators before a break). */
  trimEnd(ch: string): void {
    while (this.length > 0) {
      const last = this.parts[this.parts.length - 1];
      if (last[last.length - 1] !== ch) return;
      if (last.length === 1) this.parts.pop();
      else this.parts[this.parts.length - 1] = last.slice(0, -1);
      this.length--;
    }
  }

  build(endOffset: number): MappedText {
    const orig = new Int32Array(this.length + 1);
    orig.set(this.offsets.subarray(0, this.length));
    orig[this.length] = endOffset;
    return { text: this.parts.join(''), orig };
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.offsets.length) return;
    let cap = this.offsets.length * 2;
    while (cap < this.length + extra) cap *= 2;
    const next = new Int32Array(cap);
    next.set(this.offsets.subarray(0, this.length));
    this.offsets = next;
  }
}
