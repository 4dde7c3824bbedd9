// One sentence with its entity spans, and the questions relation rules ask about them.
import type { EntityLabel } from '../../schema/index.ts';
import { isOrgLabel, type EntitySpan } from '../recognise/span.ts';

// 联合/携手 join the parties of one act (上海人工智能实验室联合商汤科技发布了…) like a list does.
const LIST_JOINER = /^[\s“”"「」]*(?:、|和|与|及|以及|,|，|或|联合|携手|联手)[\s“”"「」]*$/;
const QUOTES = /[\s“”"「」『』‘’]/g;
// Adverbs a clause goes on with after its subject: 腾讯也…, 华为则…
const NEW_SUBJECT = /^(?:也|还|则|亦|同样|随后)/;

/** A sentence (or table row) and the spans inside it; offsets are into the normalised report. */
export class SentenceView {
  constructor(readonly text: string, readonly offset: number, readonly spans: EntitySpan[]) {}

  /** Text strictly between two spans, quotes and spaces removed. */
  between(a: EntitySpan, b: EntitySpan): string {
    const [x, y] = a.start < b.start ? [a, b] : [b, a];
    return this.text.slice(x.end - this.offset, y.start - this.offset).replace(QUOTES, '');
  }

  before(s: EntitySpan, n: number): string { return this.text.slice(Math.max(0, s.start - this.offset - n), s.start - this.offset); }
  after(s: EntitySpan, n: number): string { return this.text.slice(s.end - this.offset, s.end - this.offset + n); }

  of(...labels: EntityLabel[]): EntitySpan[] { return this.spans.filter((s) => labels.includes(s.label)); }

  /** Spans of the same label joined to `s` by list words (百度、阿里和华为), including `s`. */
  listMates(s: EntitySpan): EntitySpan[] {
    // A declared other name in brackets (萨姆·奥尔特曼（Sam Altman）、…) is no item of the list.
    const same = this.spans.filter((x) => (x === s || !x.aliasOf) && (x.label === s.label || (isOrgLabel(x.label) && isOrgLabel(s.label))));
    const i = same.indexOf(s);
    let lo = i; let hi = i;
    while (lo > 0 && this.listed(same[lo - 1], same[lo])) lo--;
    while (hi < same.length - 1 && this.listed(same[hi], same[hi + 1])) hi++;
    return same.slice(lo, hi + 1);
  }

  /** Is `y` the list item after `x`? After a comma, not when its clause goes on from it (…零一万物，腾讯也参与了…). */
  private listed(x: EntitySpan, y: EntitySpan): boolean {
    const gap = this.between(x, y).replace(/[（(][^（）()]*[）)]/g, '');
    return LIST_JOINER.test(gap) && !(/[,，]/.test(gap) && NEW_SUBJECT.test(this.after(y, 2)));
  }

  /** Is any span of these labels strictly between a and b? */
  anyBetween(a: EntitySpan, b: EntitySpan, labels: EntityLabel[]): boolean {
    const [x, y] = a.start < b.start ? [a, b] : [b, a];
    // Not a or b themselves (a subject standing in at a sentence's start has no width).
    return this.spans.some((s) => s !== a && s !== b && s.start >= x.end && s.end <= y.start && labels.includes(s.label));
  }
}

