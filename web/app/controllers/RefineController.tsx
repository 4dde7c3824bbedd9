// Headless: refines the precomputed force layout in a ForceAtlas2 web worker while switched on.
import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import { useStore } from '../state/create-store.ts';
import { viewStore } from '../state/view-store.ts';
import type { NodeAttributes, EdgeAttributes } from '../graph/types.ts';

export function RefineController() {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const refining = useStore(viewStore, (s) => s.refining && s.layout === 'force');

  useEffect(() => {
    if (!refining) return;
    const graph = sigma.getGraph();
    const layout = new FA2Layout(graph, { settings: { ...inferSettings(graph), slowDown: 10 } });
    layout.start();
    return () => layout.kill();
  }, [sigma, refining]);

  return null;
}
