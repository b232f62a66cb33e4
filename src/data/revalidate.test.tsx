import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { ViewBoundary } from '../ui/ViewBoundary';
import { datasetQuery } from './queries';
import { revalidateDataset } from './revalidate';

const FILE = 'study/students-by-diploma.json';
const built = JSON.parse(readFileSync(resolve(process.cwd(), 'data', FILE), 'utf8')) as { rows: { diploma: string; value: number }[] };

function Total() {
  const { data } = useSuspenseQuery(datasetQuery('students-by-diploma'));
  return <p>total {String(data.rows.find((row) => row.diploma === 'total')!.value)}</p>;
}

function renderInlined(serve: () => Promise<Response>) {
  vi.stubGlobal('fetch', vi.fn(serve));
  const client = new QueryClient();
  // As start.tsx does with the prerendered state: the cache already holds the build's copy.
  client.setQueryData(datasetQuery('students-by-diploma').queryKey, built as never);
  render(
    <QueryClientProvider client={client}>
      <ViewBoundary title="Étudiants">
        <Total />
      </ViewBoundary>
    </QueryClientProvider>,
  );
  return client;
}

afterEach(() => vi.unstubAllGlobals());
beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}));

describe('data inlined in the prerendered page, read again after start-up', () => {
  it('shows the error card when the file was since replaced by invalid JSON', async () => {
    const client = renderInlined(async () => new Response('{ "rows": [ '));
    expect(screen.getByText('total 3320')).toBeInTheDocument();
    await act(() => revalidateDataset(client, 'students-by-diploma'));
    const card = await screen.findByRole('alert');
    expect(card).toHaveTextContent(`data/${FILE}`);
    expect(screen.queryByText('total 3320')).not.toBeInTheDocument();
  });

  it('names the field when the replaced file fails its schema', async () => {
    const broken = { ...built, rows: built.rows.map((row, index) => (index === 0 ? { ...row, value: 'beaucoup' } : row)) };
    const client = renderInlined(async () => Response.json(broken));
    await act(() => revalidateDataset(client, 'students-by-diploma'));
    expect(await screen.findByRole('alert')).toHaveTextContent('rows.0.value');
  });

  it('shows the new figures of a valid replacement', async () => {
    const updated = { ...built, rows: built.rows.map((row) => (row.diploma === 'total' ? { ...row, value: 3321 } : row)) };
    const client = renderInlined(async () => Response.json(updated));
    await act(() => revalidateDataset(client, 'students-by-diploma'));
    expect(await screen.findByText('total 3321')).toBeInTheDocument();
  });

  it('keeps the inlined figures when the network is down', async () => {
    const client = renderInlined(async () => Promise.reject(new TypeError('Failed to fetch')));
    await act(() => revalidateDataset(client, 'students-by-diploma'));
    expect(screen.getByText('total 3320')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
