// Translation hook: `t(key, vars)` in the current language, `term(x)` for labels and relationship types.
import { useCallback } from 'react';
import { useStore } from '../state/create-store.ts';
import { viewStore } from '../state/view-store.ts';
import { DICTIONARY, TERMS, type Lang, type MessageKey } from './dictionary.ts';

/** Fills `{name}` placeholders. */
export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return DICTIONARY[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** A label or relationship type in the current language (English keeps the code). */
export const termOf = (lang: Lang, code: string): string => TERMS[lang][code] ?? code;

export function useT() {
  const lang = useStore(viewStore, (s) => s.lang);
  const t = useCallback((key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars), [lang]);
  const term = useCallback((code: string) => termOf(lang, code), [lang]);
  return { t, term, lang };
}
