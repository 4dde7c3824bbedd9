// `tupu curate …`: append a rule to the curation file, keeping its comments and layout.
import { existsSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { writeFileAtomic } from '../../common/atomic-write.ts';
import { TupuError } from '../../common/errors.ts';
import { parseCuration } from './load.ts';
import { CurationRule } from './schema.ts';

const NEW_FILE = '# Tupu curation rules: applied in order at the end of every `tupu build`.\nversion: 1\nrules: []\n';

/** Validate `rule`, append it under `rules:`, and write the file atomically; returns the rule's line. */
export async function appendCurationRule(file: string, rule: unknown): Promise<number> {
  const checked = CurationRule.safeParse(rule);
  if (!checked.success) throw new TupuError('CURATION_INVALID', `curate: ${checked.error.issues[0].path.join('.')}: ${checked.error.issues[0].message}`);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : NEW_FILE;
  parseCuration(text, file);
  const doc = parseDocument(text);
  if (!doc.has('rules') || doc.get('rules') === null) doc.set('rules', doc.createNode([]));
  const rules = doc.get('rules') as { flow?: boolean; items: unknown[] };
  rules.flow = false;
  const node = doc.createNode(checked.data);
  (node as { flow?: boolean }).flow = false;
  rules.items.push(node);
  const out = doc.toString({ lineWidth: 0 });
  const located = parseCuration(out, file);
  await writeFileAtomic(file, out);
  return located[located.length - 1].line;
}
