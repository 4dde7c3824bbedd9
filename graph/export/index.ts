// Exports, public door: graph.json I/O, GEXF, GraphML, Neo4j import CSVs and load.cypher.
export { parseGraphJson, readGraphJsonFile, toGraphology, toGraphJson, type TupuGraph } from './graph-json.ts';
export { EXPORT_FORMATS, writeExports, type ExportFormat, type ExportReport } from './formats.ts';
export { toGexf } from './gexf.ts';
export { toGraphml } from './graphml.ts';
export { buildNeo4jImport, importCommand, type ExportFile } from './neo4j-import.ts';
export { buildLoadCypher, renderLoadCypher, type LoadCypher } from './load-cypher.ts';
export { cypherLiteral, cypherString, constraintStatements, nodeMergeStatement, relMergeStatement } from './cypher-text.ts';
export { nodeRowsByLabel, relGroups, batches, type NodeRow, type RelRow, type RelGroup } from './rows.ts';
export { NODE_COLUMNS, EDGE_COLUMNS, type Column, type ColumnType } from './columns.ts';
export { csvField, csvLine } from './csv.ts';
