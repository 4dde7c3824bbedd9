// Query library, public door.
export { loadQueryLibrary, parseQueryFile, resolveQueryParams, QUERY_DIR, type LibraryQuery, type QueryParameter } from './library.ts';
export { lintCypher, ontologyDbSchema, type LintProblem } from './lint.ts';
export { formatRows, ROW_FORMATS, type RowFormat } from './format.ts';
