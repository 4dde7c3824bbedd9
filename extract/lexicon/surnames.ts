// Chinese family names (data/lexicon/surnames.json), for names the word segmenter splits.
import { join } from 'node:path';
import { lazy, LEXICON_DIR, readLexiconFile } from './load.ts';
import { SurnamesFile } from './schemas.ts';

const surnames = lazy(() => {
  const file = readLexiconFile(join(LEXICON_DIR, 'surnames.json'), SurnamesFile);
  return { single: new Set(file.single), compound: new Set(file.compound) };
});

/** Length of the family name `text` starts with (2 for 欧阳, 1 for 王), or 0. */
export function surnameLength(text: string): number {
  const { single, compound } = surnames();
  if (compound.has(text.slice(0, 2))) return 2;
  return single.has(text[0]) ? 1 : 0;
}
