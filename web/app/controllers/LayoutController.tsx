// Headless: switches between the force layout (x/y) and the 产业链 layout (chainX/chainY) by animating positions.
// Sigma draws the graph's own x/y, so the current layout's positions live there; the force positions are kept
// aside while the chain layout is shown.
import { useEffect, useRef } from 'react';
import { useSigma } from '@react-sigma/core';
import { animateNodes } from 'sigma/utils';
import { useStore } from '../state/create-store.ts';
import { viewStore } from '../state/view-store.ts';
import type { NodeAttributes, EdgeAttributes } from '../graph/types.ts';

/** Above this many nodes the switch is instant: animating every node costs more than it shows. */
const ANIMATE_MAX_NODES = 5000;

type Positions = Record<string, { x: number; y: number }>;

export function LayoutController() {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const layout = useStore(viewStore, (s) => s.layout);
  const forcePositions = useRef<Positions | null>(null);

  useEffect(() => {
    const graph = sigma.getGraph();
    let targets: Positions;
    if (layout === 'chain') {
      if (forcePositions.current) return;
      const saved: Positions = {};
      targets = {};
      graph.forEachNode((id, a) => {
        saved[id] = { x: a.x!, y: a.y! };
        targets[id] = { x: a.chainX ?? a.x!, y: a.chainY ?? a.y! };
      });
      forcePositions.current = saved;
    } else {
      if (!forcePositions.current) return;
      targets = forcePositions.current;
      forcePositions.current = null;
    }
    const reset = () => void sigma.getCamera().animatedReset({ duration: 300 });
    if (graph.order > ANIMATE_MAX_NODES) {
      graph.updateEachNodeAttributes((id, a) => ({ ...a, ...targets[id] }));
      reset();
      return;
    }
    return animateNodes(graph, targets, { duration: 600 }, reset);
  }, [sigma, layout]);

  return null;
}
