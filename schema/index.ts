// The one contract: every interchange format of Tupu as zod schemas, shared by all stages.
export * from './ontology.ts';
export * from './graph.ts';
export * from './extraction.ts';
export * from './manifest.ts';
export * from './api.ts';
