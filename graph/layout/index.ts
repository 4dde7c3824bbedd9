// Layouts, public door: the layout registry, ForceAtlas2 and the 产业链 layout.
export { LAYOUTS, computeLayout, assignLayouts, type LayoutParams } from './registry.ts';
export { forceAtlas2Layout, defaultIterations } from './forceatlas2.ts';
export { chainLayout } from './chain.ts';
export { CHAIN_LANES } from './chain-lanes.ts';
export type { LayoutDefinition, PositionMapping } from './types.ts';
