// Headless: centres the camera on a node when asked (search, links).
import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import { useStore } from '../state/create-store.ts';
import { selectionStore } from '../state/selection-store.ts';
import type { NodeAttributes, EdgeAttributes } from '../graph/types.ts';

export function CameraController() {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const centreRequest = useStore(selectionStore, (s) => s.centreRequest);

  useEffect(() => {
    const { node } = selectionStore.get();
    if (!centreRequest || !node) return;
    // Wait one frame so the reducers of the new selection are applied before reading positions.
    const raf = requestAnimationFrame(() => {
      const data = sigma.getNodeDisplayData(node);
      if (data) void sigma.getCamera().animate({ x: data.x, y: data.y, ratio: Math.min(sigma.getCamera().ratio, 0.6) }, { duration: 400 });
    });
    return () => cancelAnimationFrame(raf);
  }, [sigma, centreRequest]);

  return null;
}
