import { lazy, type ComponentProps, type ComponentType } from 'react';
import { ViewErrorBoundary } from '../ui/ViewBoundary';
import { loadChunk } from './loadChunk';

/**
 * `React.lazy` through the one chunk loader (./loadChunk.ts), inside its own
 * error boundary: a chunk that cannot be loaded, or a render failure inside
 * the view, shows an error card naming `module` in place of this view only.
 * Loading is still shown by the caller's Suspense boundary.
 *
 *     const EChart = lazyView('EChart', () => import('./EChart'));
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as React.lazy: any component type
export function lazyView<C extends ComponentType<any>>(module: string, importer: () => Promise<{ default: C }>): ComponentType<ComponentProps<C>> {
  const Lazy = lazy(() => loadChunk(module, importer));
  function LazyView(props: ComponentProps<C>) {
    return (
      <ViewErrorBoundary>
        <Lazy {...props} />
      </ViewErrorBoundary>
    );
  }
  LazyView.displayName = `LazyView(${module})`;
  return LazyView;
}
