import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as v from 'valibot';
import { loadValidated } from '../data/load';
import { ViewBoundary } from './ViewBoundary';

const Rows = v.object({ rows: v.array(v.object({ label: v.string(), value: v.number() })) });

function DataView({ file }: { file: string }) {
  const { data } = useSuspenseQuery({ queryKey: [file], queryFn: () => loadValidated(file, Rows), retry: false });
  return (
    <ul>
      {data.rows.map((row) => (
        <li key={row.label}>{row.label}</li>
      ))}
    </ul>
  );
}

const responses = new Map<string, () => Response>();
beforeEach(() => {
  responses.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const file = url.replace(/^.*data\//, '');
      return responses.get(file)?.() ?? new Response('', { status: 404 });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

/** Two views, each reading its file (by default one broken, one sound). */
function renderTwoViews(first = { title: 'Vue cassée', file: 'broken.json' }, second = { title: 'Vue saine', file: 'good.json' }) {
  const client = new QueryClient();
  return render(
    <QueryClientProvider client={client}>
      {[first, second].map((view) => (
        <ViewBoundary key={view.title} title={view.title}>
          <DataView file={view.file} />
        </ViewBoundary>
      ))}
    </QueryClientProvider>,
  );
}

describe('one broken data file', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}));

  it('shows an error card naming the file and field while the other view works', async () => {
    responses.set('good.json', () => Response.json({ rows: [{ label: 'Caen', value: 1 }] }));
    responses.set('broken.json', () => Response.json({ rows: [{ label: 'Rouen', value: 'beaucoup' }] }));
    renderTwoViews();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('data/broken.json');
    expect(alert).toHaveTextContent('rows.0.value');
    expect(alert).toHaveTextContent('Vue cassée');
    expect(await screen.findByText('Caen')).toBeInTheDocument();
  });

  it('names a missing file and recovers when "Réessayer" finds it', async () => {
    responses.set('good.json', () => Response.json({ rows: [] }));
    renderTwoViews();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('data/broken.json');
    expect(alert).toHaveTextContent('404');
    responses.set('broken.json', () => Response.json({ rows: [{ label: 'Le Havre', value: 3 }] }));
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('Le Havre')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('brings back every view that failed on a file once « Réessayer » in one of them finds it', async () => {
    renderTwoViews({ title: 'Graphique', file: 'shared.json' }, { title: 'Méthode', file: 'shared.json' });
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    responses.set('shared.json', () => Response.json({ rows: [{ label: 'Évreux', value: 2 }] }));
    await userEvent.click(screen.getAllByRole('button', { name: 'Réessayer' })[0]!);
    await waitFor(() => expect(screen.getAllByText('Évreux')).toHaveLength(2));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('renders data text as text, never as HTML', async () => {
    responses.set('good.json', () => Response.json({ rows: [{ label: '<img src=x onerror="alert(1)">', value: 1 }] }));
    responses.set('broken.json', () => new Response('<script>alert(1)</script>'));
    const { container } = renderTwoViews();
    expect(await screen.findByText('<img src=x onerror="alert(1)">')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });
});
