// `tupu curate`: append analysts' corrections to the curation file, or check it against a build.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, defineCommand } from '../command.ts';

const ACTIONS: Record<string, { args: string; rule: (a: string[], note?: string) => unknown }> = {
  merge: { args: 'FROM INTO', rule: ([from, into]) => ({ merge: { from, into } }) },
  'split-alias': { args: 'ENTITY ALIAS [LABEL]', rule: ([entity, alias, label]) => ({ splitAlias: { entity, alias, ...(label ? { label } : {}) } }) },
  rename: { args: 'ENTITY NEW_NAME', rule: ([entity, to]) => ({ rename: { entity, to } }) },
  relabel: { args: 'ENTITY LABEL', rule: ([entity, label]) => ({ relabel: { entity, label } }) },
  reject: { args: 'ENTITY', rule: ([entity]) => ({ reject: { entity } }) },
  'reject-relation': { args: 'TYPE FROM TO', rule: ([type, from, to]) => ({ rejectRelation: { type, from, to } }) },
  'add-relation': { args: 'TYPE FROM TO --note TEXT', rule: ([type, from, to], note) => ({ addRelation: { type, from, to, note } }) },
};

export const curateCommand = defineCommand({
  name: 'curate',
  summary: 'Add a correction to data/curation.yaml (merge, rename, reject, …) or check the file',
  usage: `<${[...Object.keys(ACTIONS), 'check'].join('|')}> ARGS… [--file FILE] [--note TEXT] [--out DIR]`,
  positionals: true,
  options: {
    file: { type: 'string', valueName: 'FILE', description: 'the curation file', defaultText: 'data/curation.yaml' },
    note: { type: 'string', valueName: 'TEXT', description: 'why (required by add-relation)' },
    out: { type: 'string', valueName: 'DIR', description: 'for check: the build whose graph.json the rules are tried on', defaultText: 'out' },
  },
  details: [
    ...Object.entries(ACTIONS).map(([name, a]) => `  tupu curate ${name} ${a.args}`),
    '  tupu curate check            validate the file and show what each rule would do to OUT/graph.json',
    'Rules apply in order at the end of every build; manifest.json reports each rule\'s effect.',
  ].join('\n'),
  async run({ values, positionals }) {
    const [action, ...args] = positionals;
    const file = path.resolve(values.file ?? 'data/curation.yaml');
    const { appendCurationRule, loadCuration, applyCuration } = await import('../../graph/curation/index.ts');
    if (action === 'check') {
      const rules = loadCuration(file);
      const { parseGraphJson, toGraphology } = await import('../../graph/export/index.ts');
      const graphFile = path.join(path.resolve(values.out ?? 'out'), 'graph.json');
      const graph = toGraphology(parseGraphJson(JSON.parse(await readFile(graphFile, 'utf8')), graphFile));
      const { report } = applyCuration(graph, rules, file);
      for (const r of report.rules) process.stdout.write(`${file}:${r.line} ${r.kind} ${r.status}: ${r.effect}\n`);
      process.stdout.write(`${rules.length} rules: ${report.applied} applied, ${report.unmatched} unmatched, ${report.ambiguous} ambiguous\n`);
      return 0;
    }
    const spec = action ? ACTIONS[action] : undefined;
    if (!spec) throw new UsageError(`expected one of ${[...Object.keys(ACTIONS), 'check'].join(', ')}${action ? `, got "${action}"` : ''}`);
    const need = spec.args.split(' ').filter((a) => !a.startsWith('[') && !a.startsWith('--') && a !== 'TEXT').length;
    if (args.length < need) throw new UsageError(`curate ${action} expects ${spec.args}`);
    if (action === 'add-relation' && !values.note) throw new UsageError('curate add-relation needs --note "why this relation holds"');
    const line = await appendCurationRule(file, spec.rule(args, values.note));
    process.stdout.write(`Added ${action} rule at ${path.relative(process.cwd(), file) || file}:${line}; it applies on the next \`tupu build\`.\n`);
    return 0;
  },
});
