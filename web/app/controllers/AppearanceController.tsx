// Headless: refreshes the renderer when the derived reducers change (visibility, colouring, selection, path).
import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import { useReducers, type LiveReducers } from '../state/appearance.ts';
import type { NodeAttributes, EdgeAttributes } from '../graph/types.ts';

export function AppearanceController({ live }: { live: LiveReducers }) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const reducers = useReducers();
  useEffect(() => {
    if (live.update()) sigma.refresh();
  }, [sigma, live, reducers]);
  return null;
}
