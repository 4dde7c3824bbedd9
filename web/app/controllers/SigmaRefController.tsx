// Headless: registers the sigma instance for exporters and clears it when the renderer goes away.
import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import { sigmaRef, type ViewerSigma } from '../state/sigma-ref.ts';

export function SigmaRefController() {
  const sigma = useSigma() as unknown as ViewerSigma;
  useEffect(() => {
    sigmaRef.set({ sigma });
    return () => sigmaRef.set({ sigma: null });
  }, [sigma]);
  return null;
}
