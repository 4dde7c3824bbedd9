// Apply curation rules in order to a copy of the graph and report what each rule changed.
import type { TupuGraph } from '../export/graph-json.ts';
import type { LocatedRule } from './load.ts';
import { applyRule, type RuleOutcome } from './rules.ts';
import { RULE_KINDS, type RuleKind } from './schema.ts';

/** One rule's line in manifest `stages.curation`. */
export interface RuleReport extends RuleOutcome { line: number; kind: RuleKind; rule: unknown }

/** manifest `stages.curation`: the file, each rule's effect, and the rules that no longer match. */
export interface CurationReport { file?: string; rules: RuleReport[]; applied: number; unmatched: number; ambiguous: number }

/** The curated graph (a new graph; the input is untouched) and the report. */
export function applyCuration(graph: TupuGraph, rules: readonly LocatedRule[], file?: string): { graph: TupuGraph; report: CurationReport } {
  const work = graph.copy() as TupuGraph;
  const reports = rules.map(({ rule, line }) => {
    const kind = RULE_KINDS.find((k) => k in rule)!;
    return { line, kind, rule: (rule as Record<string, unknown>)[kind], ...applyRule(work, rule) };
  });
  return { graph: work, report: curationReport(reports, file) };
}

/** The report of rules applied to a graph (none: an empty report, and the graph left as it is). */
export function curationReport(reports: RuleReport[], file?: string): CurationReport {
  const count = (s: RuleOutcome['status']) => reports.filter((r) => r.status === s).length;
  return { ...(file ? { file } : {}), rules: reports, applied: count('applied'), unmatched: count('unmatched'), ambiguous: count('ambiguous') };
}

/** Apply and write onto `graph` itself (the `assign` variant). */
export function assignCuration(graph: TupuGraph, rules: readonly LocatedRule[], file?: string): CurationReport {
  const { graph: curated, report } = applyCuration(graph, rules, file);
  graph.clear();
  graph.import(curated.export());
  return report;
}
