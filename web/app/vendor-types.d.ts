// Types for @neo4j-cypher/react-codemirror, whose package "exports" hide its own declarations from TypeScript.
declare module '@neo4j-cypher/react-codemirror' {
  export * from '@neo4j-cypher/react-codemirror/src/react-codemirror.d.ts';
}
