import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { AppBoundary } from '../ui/AppBoundary';
import { lazyView } from './lazyView';
import { setChunkLoaderEnv } from './loadChunk';

const gone = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://localhost/assets/skills-x1.js'));

let restore = () => {};
afterEach(() => restore());
beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}));

function renderPage(children: React.ReactNode) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <AppBoundary>
        <header>Observatoire</header>
        <Suspense fallback={<p>Chargement…</p>}>{children}</Suspense>
      </AppBoundary>
    </QueryClientProvider>,
  );
}

describe('a lazily loaded view whose chunk is gone', () => {
  it('shows an error card naming the module, with « Recharger », while the rest of the page stays', async () => {
    const reload = vi.fn();
    // The guard already fired: no second automatic reload.
    restore = setChunkLoaderEnv({ storage: () => null, online: () => true, reload });
    const Skills = lazyView('features/skills', gone);
    const Fine = lazyView('features/jobs', () => Promise.resolve({ default: () => <p>Fiches métiers</p> }));
    renderPage(
      <>
        <Skills />
        <Fine />
      </>,
    );
    const card = await screen.findByRole('alert');
    expect(card).toHaveTextContent('Cette partie du tableau de bord n’a pas pu être chargée');
    expect(card).toHaveTextContent('features/skills');
    expect(await screen.findByText('Fiches métiers')).toBeInTheDocument();
    expect(screen.getByText('Observatoire')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Recharger' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('says so offline', async () => {
    restore = setChunkLoaderEnv({ storage: () => null, online: () => false, reload: vi.fn() });
    const Map = lazyView('MapLibre', gone);
    renderPage(<Map />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/hors connexion/);
  });

  it('catches a render failure inside the view and names where it was thrown', async () => {
    function Broken(): never {
      throw new TypeError("Cannot read properties of undefined (reading 'rows')");
    }
    const View = lazyView('features/ai-adoption', () => Promise.resolve({ default: Broken }));
    renderPage(<View />);
    const card = await screen.findByRole('alert');
    expect(card).toHaveTextContent("reading 'rows'");
    expect(card).toHaveTextContent(/src\/app\/lazyView\.test\.tsx|TypeError/);
    expect(screen.getByText('Observatoire')).toBeInTheDocument();
  });
});

describe('the top-level boundary', () => {
  it('replaces a crashed page with a page-sized card instead of a blank page', async () => {
    restore = setChunkLoaderEnv({ storage: () => null, online: () => true, reload: vi.fn() });
    function Header(): never {
      throw new Error('header exploded');
    }
    render(
      <AppBoundary>
        <Header />
      </AppBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Observatoire Data & IA Normandie');
    expect(screen.getByRole('alert')).toHaveTextContent('header exploded');
    expect(screen.getByRole('button', { name: 'Recharger' })).toBeInTheDocument();
    expect(screen.queryByText('Le reste du tableau de bord reste utilisable.')).not.toBeInTheDocument();
  });
});
