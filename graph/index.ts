// Graph stage, public door: assembly, analytics, layout, exports and stores.
export { assembleGraph, type DocumentInfo } from './assemble/index.ts';
export type * from './stores/types.ts';
