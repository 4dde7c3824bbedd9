// Text with given names emphasised, built as React nodes from split strings: never HTML.
import { Fragment } from 'react';

/** Splits `text` at every occurrence of any term (longest first) into plain and matched parts. */
export function splitByTerms(text: string, terms: readonly string[]): { text: string; match: boolean }[] {
  const wanted = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  const parts: { text: string; match: boolean }[] = [];
  let plain = '';
  for (let i = 0; i < text.length;) {
    const hit = wanted.find((t) => text.startsWith(t, i));
    if (hit) {
      if (plain) parts.push({ text: plain, match: false });
      parts.push({ text: hit, match: true });
      plain = '';
      i += hit.length;
    } else {
      plain += text[i];
      i++;
    }
  }
  if (plain) parts.push({ text: plain, match: false });
  return parts;
}

export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {splitByTerms(text, terms).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <Fragment key={i}>{p.text}</Fragment>))}
    </>
  );
}
