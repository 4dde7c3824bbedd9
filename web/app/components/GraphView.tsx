// The canvas: one sigma renderer for the loaded graph, driven by headless controllers.
import { useMemo } from 'react';
import { SigmaContainer } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import type { ViewerGraph } from '../graph/types.ts';
import { initialSettings } from '../controllers/sigma-settings.ts';
import { AppearanceController } from '../controllers/AppearanceController.tsx';
import { EventsController } from '../controllers/EventsController.tsx';
import { CameraController } from '../controllers/CameraController.tsx';
import { RefineController } from '../controllers/RefineController.tsx';
import { LayoutController } from '../controllers/LayoutController.tsx';
import { UrlController } from '../controllers/UrlController.tsx';
import { SigmaRefController } from '../controllers/SigmaRefController.tsx';
import { TestHandle } from '../controllers/TestHandle.tsx';
import { liveReducers } from '../state/appearance.ts';

export function GraphView({ graph }: { graph: ViewerGraph }) {
  const live = useMemo(() => liveReducers(), [graph]);
  const settings = useMemo(() => ({ ...initialSettings(graph.order, graph.size), nodeReducer: live.nodeReducer, edgeReducer: live.edgeReducer }), [graph, live]);
  return (
    <SigmaContainer graph={graph} settings={settings} className="sigma">
      <AppearanceController live={live} />
      <EventsController />
      <CameraController />
      <LayoutController />
      <RefineController />
      <UrlController />
      <SigmaRefController />
      <TestHandle />
    </SigmaContainer>
  );
}
