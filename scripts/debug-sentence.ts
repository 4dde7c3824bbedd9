// Debug aid: prints the spans, relations and placements Tupu finds in the sentences given as arguments.
import { defaultKnowledge } from '../extract/recognise/default-knowledge.ts';
import { recogniseSentence, sentenceEntities } from '../extract/recognise/sentence-entities.ts';
import { findRelations, SentenceView } from '../extract/relations/index.ts';
import { findPlacements } from '../extract/placements/index.ts';

const k = defaultKnowledge();
for (const text of process.argv.slice(2)) {
  console.log('##', text);
  const { spans: raw, words } = recogniseSentence(text, 0, k);
  console.log('  words:', words.map((w) => `${w.word}/${w.tag}`).join(' '));
  console.log('  raw:', raw.map((s) => `${s.label}:${s.surface}(${s.score},${s.method})`).join(' | '));
  const spans = sentenceEntities(text, 0, k, raw);
  console.log('  kept:', spans.map((s) => `${s.label}:${s.surface}`).join(' | '));
  const view = new SentenceView(text, 0, spans);
  for (const r of findRelations(view, k)) console.log('  rel:', r.type, r.from.surface, '->', r.to.surface, r.confidence);
  for (const p of findPlacements(view, k)) console.log('  place:', p.entity.surface, p.tier ?? '', p.layer ?? '');
}
