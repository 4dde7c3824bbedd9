// The saved queries the API lists and runs: their shape and the checking of run parameters.
import { z } from 'zod';
import type { LibraryQueryInfo, QueryParamSpec } from '../../schema/index.ts';
import { TupuError } from '../../common/errors.ts';

/** A saved, parameterised query; the library in graph/queries/ provides them. */
export type LibraryQuery = LibraryQueryInfo;

const PARAM_TYPE: Record<QueryParamSpec['type'], z.ZodType> = {
  string: z.string(),
  number: z.coerce.number(),
  integer: z.coerce.number().int(),
  boolean: z.union([z.boolean(), z.enum(['true', 'false']).transform((s) => s === 'true')]),
};

/** Looks a query up by name. */
export function findQuery(queries: readonly LibraryQuery[], name: string): LibraryQuery {
  const q = queries.find((x) => x.name === name);
  if (!q) throw new TupuError('NOT_FOUND', `queries: no library query named ${JSON.stringify(name)}`);
  return q;
}

/** Validates run parameters against the query's declared ones, filling defaults; unknown names are refused. */
export function resolveParams(query: LibraryQuery, given: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(given)) {
    if (!query.params.some((p) => p.name === name)) throw new TupuError('BAD_REQUEST', `queries: ${query.name} has no parameter ${JSON.stringify(name)}`);
  }
  for (const p of query.params) {
    const raw = given[p.name] === '' && p.type !== 'string' ? p.default : given[p.name] ?? p.default;
    if (raw === undefined) throw new TupuError('BAD_REQUEST', `queries: ${query.name} needs parameter ${p.name} (${p.type})`);
    const parsed = PARAM_TYPE[p.type].safeParse(raw);
    if (!parsed.success) throw new TupuError('BAD_REQUEST', `queries: parameter ${p.name} of ${query.name} must be a ${p.type}`);
    out[p.name] = parsed.data;
  }
  return out;
}
