// Read and validate the curation YAML; every error names the file and line.
import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { TupuError } from '../../common/errors.ts';
import { CurationFile, CurationRule as RuleSchema, RULE_KINDS, type CurationRule } from './schema.ts';
import type { z } from 'zod';

/** A validated rule and the line it starts on. */
export interface LocatedRule { rule: CurationRule; line: number }

/** Parse curation text; CURATION_INVALID messages read `file:line: problem`. */
export function parseCuration(text: string, file = 'curation.yaml'): LocatedRule[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new TupuError('CURATION_INVALID', `${file}:${lineCounter.linePos(e.pos[0]).line}: YAML error: ${e.message.split('\n')[0]}`);
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const data = doc.toJS() ?? {};
  const parsed = CurationFile.safeParse(data);
  if (!parsed.success) {
    const { path, message } = explain(parsed.error.issues[0], data);
    throw new TupuError('CURATION_INVALID', `${file}:${lineOf(path)}: ${path.map(String).join('.') || 'file'}: ${message}`);
  }
  return parsed.data.rules.map((rule, i) => ({ rule, line: lineOf(['rules', i]) }));
}

/** Read a curation file; a missing file means no rules. */
export function loadCuration(file: string): LocatedRule[] {
  if (!existsSync(file)) return [];
  return parseCuration(readFileSync(file, 'utf8'), file);
}

/** A union failure says only "invalid input"; re-check the rule against the kind it names to say what is wrong. */
function explain(issue: z.core.$ZodIssue, data: unknown): { path: PropertyKey[]; message: string } {
  const path = issue.path as PropertyKey[];
  if (path[0] !== 'rules' || typeof path[1] !== 'number' || path.length > 2) return { path, message: issue.message };
  const rule = (data as { rules: unknown[] }).rules[path[1]];
  const keys = rule && typeof rule === 'object' ? Object.keys(rule) : [];
  const kind = keys.find((k) => (RULE_KINDS as readonly string[]).includes(k));
  if (!kind || keys.length !== 1) {
    return { path, message: `a rule has exactly one of ${RULE_KINDS.join(', ')}; got ${keys.length ? keys.join(', ') : JSON.stringify(rule)}` };
  }
  const branch = RuleSchema.options.find((o) => kind in o.shape)!;
  const inner = branch.safeParse(rule);
  const first = inner.success ? issue : inner.error.issues[0];
  const full = [...path, ...(first.path as PropertyKey[])];
  const value = full.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
  return { path: full, message: value === undefined ? 'required but missing' : first.message };
}
