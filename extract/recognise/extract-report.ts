// Runs every recogniser over one report and gathers mentions, relations and placements.
import type { Mention, Placement, RelationCandidate, ReportExtraction } from '../../schema/index.ts';
import type { Segment, SourceReport } from '../types.ts';
import { evidenceFor, normalise, segment } from '../ingest/index.ts';
import { findRelations, SentenceView, withTopics, type Found } from '../relations/index.ts';
import { findPlacements, type FoundPlacement } from '../placements/index.ts';
import { readTable } from '../tables/index.ts';
import { cjkShare } from './context.ts';
import type { Knowledge } from './knowledge.ts';
import { defaultKnowledge } from './default-knowledge.ts';
import { addsNothing, learntAtWordEnds, recogniseSentence, sentenceEntities } from './sentence-entities.ts';
import { resolveOverlaps, type EntitySpan } from './span.ts';
import { SurfaceIndex } from './surface-index.ts';
import { bindUnitShortForms } from './unit-short-forms.ts';

/** Consecutive table rows of one table, or single sentences. */
function units(segments: Segment[]): Segment[][] {
  const out: Segment[][] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (s.kind === 'table-row' && last?.[0].kind === 'table-row' && last[0].table?.id === s.table?.id) last.push(s);
    else out.push([s]);
  }
  return out;
}

// A cover title is a short line of its own: not a sentence, a numbered heading, a contents entry or a section label.
const NOT_A_TITLE = /[。，,；;：:！？]|\.{4,}|…{2,}|^(?:\d+(?:\.\d+)*[.、\s]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|[图表]\s*\d|第\s*\S+\s*[章节部分篇]|【|目\s*录|摘\s*要|前\s*言|Abstract|Contents)|[A-Z]{4,} [A-Z]{2,}/i;
// The cover date often shares the title's line once wrapped lines are joined (…与应用2 0 2 3年 8月).
const TRAILING_DATE = /\s*\d[\d\s]*年\s*\d{1,2}\s*月.*$/;

/** Title and date from the first lines: the cover of a report. Without a plausible title the file name stands in. */
function coverFacts(text: string): { title?: string; date?: string } {
  const lines = text.split('\n', 40).map((l) => l.trim());
  // The cover ends where the prose begins (the first line that reads as a sentence).
  const cover = lines.slice(0, Math.max(0, lines.findIndex((l) => /。/.test(l) || l.length > 60)));
  const title = cover.map((l) => l.replace(TRAILING_DATE, ''))
    .find((l) => /[\u3400-\u9fff]{4}/.test(l) && l.length <= 40 && !NOT_A_TITLE.test(l));
  const date = text.slice(0, 2000).match(/(20\d{2})\s*年\s*(\d{1,2})\s*月/);
  return { title, date: date ? `${date[1]}-${date[2].padStart(2, '0')}` : undefined };
}

export function extractReport(report: SourceReport, k: Knowledge = defaultKnowledge()): ReportExtraction {
  const norm = normalise(report.doc, report.original);
  const segments = segment(norm);
  const evidence = (s: Segment) => evidenceFor(report, norm, s.start, s.end);
  const learnt = new SurfaceIndex();

  // Pass 1: tables and sentences on their own; every name found teaches the report's index.
  // Rows the table reader cannot read (a table of researchers, of policies) are read as prose.
  const tableFindings = units(segments).filter((u) => u[0].kind === 'table-row').map((rows) => readTable(rows, k));
  const unread = new Set(tableFindings.flatMap((t) => t.unread));
  // Lines in Latin script (references, code, English glosses) are not read; a line that mixes in a Chinese clause is,
  // however many Latin names it holds (DeepSeek发布了DeepSeek-R1-0528，Meta发布了Llama 3.1 405B), and so is a table row
  // with a CJK name among its numbers (002230.SZ | 科大讯飞 | 48.20 | …).
  const readable = (s: Segment) => cjkShare(s.text) >= 0.2 || /[\u3400-\u9fff]{3}/.test(s.text) || ((unread.has(s) || s.text.includes('|')) && /[\u3400-\u9fff]{2}/.test(s.text));
  const prose = segments.filter((s) => (s.kind === 'sentence' || unread.has(s)) && readable(s));
  for (const t of tableFindings) for (const s of t.spans) learnt.add(s);
  const recognised = prose.map((s) => recogniseSentence(s.text, s.start, k));
  const firstReading = prose.map((s, i) => sentenceEntities(s.text, s.start, k, recognised[i].spans));
  for (const spans of firstReading) for (const e of spans) if (e.label !== 'Region' && e.score >= 0.6) learnt.add(e);

  // Pass 2: the same spans plus names learnt elsewhere in the report.
  const mentions: EntitySpan[] = [];
  const relations: RelationCandidate[] = [];
  const placements: Placement[] = [];
  const relation = (f: Found, s: Segment, method: RelationCandidate['method']): RelationCandidate => ({
    kind: 'relation', type: f.type, from: { label: f.from.label, surface: f.from.surface }, to: { label: f.to.label, surface: f.to.surface },
    evidence: evidence(s), confidence: f.confidence, method,
  });
  const placement = (p: FoundPlacement, s: Segment, method: Placement['method']): Placement[] => {
    const base = { entity: { label: p.entity.label, surface: p.entity.surface }, evidence: evidence(s), confidence: p.confidence, method };
    return [...(p.tier ? [{ kind: 'tier' as const, tier: p.tier, ...base }] : []), ...(p.layer ? [{ kind: 'layer' as const, layer: p.layer, ...base }] : [])];
  };
  for (const t of tableFindings) {
    mentions.push(...resolveOverlaps(t.spans));
    relations.push(...t.found.map(({ relation: f, row }) => relation(f, row, 'table')));
    placements.push(...t.placed.flatMap(({ placement: p, row }) => placement(p, row, 'table')));
  }
  const read = prose.map((s, i) => {
    const extra = learntAtWordEnds(learnt.find(s.text, s.start), recognised[i], s.start);
    const spans = recognised[i].spans;
    return { text: s.text, start: s.start, spans: addsNothing(extra, spans) ? firstReading[i] : sentenceEntities(s.text, s.start, k, spans, extra) };
  });
  const views = withTopics(read);
  for (const [i, s] of prose.entries()) {
    mentions.push(...read[i].spans);
    const view = new SentenceView(s.text, s.start, views[i]);
    relations.push(...findRelations(view, k).map((f) => relation(f, s, f.confidence >= 0.75 ? 'pattern' : 'rule')));
    for (const p of findPlacements(view, k)) placements.push(...placement(p, s, 'rule'));
  }
  const toOriginal = (i: number) => norm.toOriginal[Math.min(i, norm.toOriginal.length - 1)];
  // Segments do not overlap and each one's spans are resolved already: ordering them is all that is left.
  const schemaMentions: Mention[] = bindUnitShortForms(mentions.sort((a, b) => a.start - b.start), k).map((m) => ({
    kind: 'mention', doc: report.doc, label: m.label, surface: m.surface,
    start: toOriginal(m.start), end: m.end > m.start ? toOriginal(m.end - 1) + 1 : toOriginal(m.start),
    method: m.method, ...(m.aliasOf ? { aliasOf: m.aliasOf } : {}), ...(m.props ? { props: m.props } : {}),
  }));
  return { doc: report.doc, ...coverFacts(norm.text), mentions: schemaMentions, relations, placements };
}
