/**
 * The prerendered page carries the data it was built with (inlined in
 * index.html), which seeds the query cache. A report author may since have
 * replaced a file in `dist/data/` without rebuilding: the inlined copy would
 * then show old figures with no sign of it, or hide a broken file. So each
 * inlined dataset is read again from the server soon after start-up:
 *
 * - same content: nothing changes on screen;
 * - new valid content: the views show it;
 * - the file is now missing, not JSON or fails its schema: the views that
 *   use it show their error card (file and field named), as they would had
 *   nothing been inlined;
 * - the network is down: the inlined figures stay (they are the release's own).
 */
import type { DehydratedState, QueryClient } from '@tanstack/react-query';
import { DataLoadError, loadValidated } from './load';
import { datasets, type DatasetId } from './registry';

const whenIdle = (run: () => void) =>
  typeof window !== 'undefined' && 'requestIdleCallback' in window ? window.requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run, 1000);

export async function revalidateDataset(client: QueryClient, id: DatasetId): Promise<void> {
  const queryKey = ['dataset', id];
  const definition = datasets[id];
  try {
    const fresh = await loadValidated(definition.file, definition.schema);
    client.setQueryData(queryKey, fresh);
  } catch (error) {
    if (!(error instanceof DataLoadError) || error.kind === 'network') return;
    const query = client.getQueryCache().find({ queryKey, exact: true });
    query?.setState({
      data: undefined,
      dataUpdatedAt: 0,
      error,
      errorUpdatedAt: Date.now(),
      errorUpdateCount: query.state.errorUpdateCount + 1,
      fetchFailureCount: 1,
      fetchFailureReason: error,
      status: 'error',
      fetchStatus: 'idle',
    });
  }
}

/** Schedules, once the page is idle, a fresh read of every dataset the prerendered state inlined. */
export function revalidateInlinedData(client: QueryClient, state: DehydratedState): void {
  const ids = state.queries
    .map((query) => query.queryKey)
    .filter((key) => key[0] === 'dataset' && typeof key[1] === 'string' && key[1] in datasets)
    .map((key) => key[1] as DatasetId);
  if (ids.length === 0) return;
  whenIdle(() => {
    for (const id of ids) void revalidateDataset(client, id);
  });
}
