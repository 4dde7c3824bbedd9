// The one sigma renderer, registered by its container so exporters outside it can read the view.
import type Sigma from 'sigma';
import { createStore } from './create-store.ts';
import type { NodeAttributes, EdgeAttributes } from '../graph/types.ts';

export type ViewerSigma = Sigma<NodeAttributes, EdgeAttributes>;
export const sigmaRef = createStore<{ sigma: ViewerSigma | null }>({ sigma: null });
