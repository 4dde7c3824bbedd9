// Well-known model families: resolving a model name or version (GPT-4, Qwen-7B) to its family.
import { join } from 'node:path';
import { foldKey } from './fold.ts';
import { lazy, LEXICON_DIR, readLexiconFile } from './load.ts';
import { NamedIndex } from './named-index.ts';
import { knownOrganisations } from './organisations.ts';
import { ModelsFile, type ModelFamilyEntry } from './schemas.ts';

/** The model families, indexed; a digit may follow a family name (GPT4), a Latin letter may not. */
export const knownModelFamilies = lazy(() => {
  const path = join(LEXICON_DIR, 'ai-models.json');
  const index = new NamedIndex<ModelFamilyEntry>(readLexiconFile(path, ModelsFile).entries, path, { wordChar: /[A-Za-z]/ });
  index.checkReferences('developer', (e) => e.developer, (id) => !!knownOrganisations().byId(id), path);
  return index;
});

/** What may follow a family name in a version name: a version, a size, a variant, or 大模型/系列. */
const VERSION_TAIL = /^[-_.·:\s]*(?:[0-9A-Za-z]|大模型|模型|大语言模型|系列|$)/u;

/** Is `written` in lower case where every name of the entry it matches is in capitals (Sam for SAM)? */
function capitalsWrittenLower(written: string, e: ModelFamilyEntry): boolean {
  if (!/[a-z]/.test(written)) return false;
  const matched = [e.name, ...(e.aliases ?? []), ...(e.weakAliases ?? [])].filter((n) => foldKey(n) === foldKey(written));
  return matched.length > 0 && matched.every((n) => /^[^a-z]*$/.test(n));
}

/** The family a model or product name belongs to: exact surface form, else the longest family-name prefix. */
export function knownModelFamily(surface: string): ModelFamilyEntry | undefined {
  const index = knownModelFamilies();
  const exact = index.lookup(surface)[0];
  if (exact) return exact;
  const text = surface.normalize('NFKC').trim();
  const match = index.longestAt(text, 0, { weak: true });
  // SAM is no prefix of Sam Altman: an acronym written in capitals matches only in capitals.
  if (!match || capitalsWrittenLower(text.slice(0, match.end), match.entry)) return undefined;
  const tail = text.slice(match.end);
  return foldKey(tail) === '' || VERSION_TAIL.test(tail) ? match.entry : undefined;
}
