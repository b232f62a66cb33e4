import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { DrawingCollectorContext, DrawingOrderContext, type DrawingOrder, type DrawingRequest } from '../charts/static/drawings';
import { AppBoundary } from '../ui/AppBoundary';
import { ViewGatesContext, type ViewGates } from '../ui/viewGate';
import { App } from './App';

interface RootProps {
  queryClient: QueryClient;
  /** Numbers the page's drawings (the first ones load first). */
  drawingPlaces: DrawingOrder;
  /** In the browser while hydrating: views far below the first screen wait to be approached. */
  gates?: ViewGates | null;
  /** At build time: what each chart drew. */
  collect?: ((request: DrawingRequest) => void) | null;
  /** In the browser: once React has committed the page. */
  onCommitted?: () => void;
}

/**
 * The one tree both the build (src/entry-server.tsx) and the browser
 * (src/start.tsx) render. It must be the same tree, node for node: React
 * derives `useId` from a component's place in it, and hydration (and the
 * view gates, which find a view by its id) need the build's ids.
 */
export function Root({ queryClient, drawingPlaces, gates = null, collect = null, onCommitted }: RootProps) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <DrawingCollectorContext.Provider value={collect}>
          <DrawingOrderContext.Provider value={drawingPlaces}>
            <ViewGatesContext.Provider value={gates}>
              <AppBoundary>
                <App />
              </AppBoundary>
            </ViewGatesContext.Provider>
          </DrawingOrderContext.Provider>
        </DrawingCollectorContext.Provider>
        <Committed onCommitted={onCommitted} />
      </QueryClientProvider>
    </StrictMode>
  );
}

/** Renders nothing (the markup still matches the build's); tells the browser's entry when React has committed. */
function Committed({ onCommitted }: { onCommitted?: () => void }) {
  useEffect(() => onCommitted?.(), [onCommitted]);
  return null;
}
