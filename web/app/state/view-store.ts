// How the graph is shown: language, layout, colouring, layout refinement.
import { createStore } from './create-store.ts';
import type { Lang } from '../i18n/dictionary.ts';
import type { ColourMode } from '../graph/appearance.ts';

/** Which precomputed positions to draw: force (x/y) or the 产业链 layout (chainX/chainY). */
export type LayoutMode = 'force' | 'chain';

export interface ViewState { lang: Lang; layout: LayoutMode; colourBy: ColourMode; refining: boolean; panel: 'filters' | 'cypher' | 'export' }

export const viewStore = createStore<ViewState>({ lang: 'zh', layout: 'force', colourBy: 'label', refining: false, panel: 'filters' });
