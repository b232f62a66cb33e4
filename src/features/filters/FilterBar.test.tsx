import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { DEFAULT_FILTERS } from '../../state/filters';
import { getFilters, useFilterStore } from '../../state/store';
import { FilterBar } from './FilterBar';

function renderBar() {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <FilterBar />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  useFilterStore.getState().replaceFilters(DEFAULT_FILTERS);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('', { status: 404 })),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('filter bar', () => {
  it('says when no filter is active', () => {
    renderBar();
    expect(screen.getByText(/Aucun filtre actif/)).toBeInTheDocument();
  });

  it('shows each active filter as a removable chip, and removing one clears only it', async () => {
    useFilterStore.getState().setFilters({ basin: '2817', year: 2023 });
    renderBar();
    const chips = screen.getByRole('region', { name: 'Filtres actifs' });
    expect(within(chips).getByText('Caen')).toBeInTheDocument();
    expect(within(chips).getByText('Calvados (14)')).toBeInTheDocument();
    await userEvent.click(within(chips).getByRole('button', { name: /Retirer le filtre Année 2023/ }));
    expect(getFilters()).toMatchObject({ year: null, basin: '2817' });
  });

  it('names a sector chip by its label, not its code', () => {
    useFilterStore.getState().setFilters({ sector: 'services-a-la-personne' });
    renderBar();
    expect(within(screen.getByRole('region', { name: 'Filtres actifs' })).getByText('Services à la personne (santé, soins)')).toBeInTheDocument();
  });

  it('"Tout effacer" clears every filter', async () => {
    useFilterStore.getState().setFilters({ dep: '76', measure: 'difficiles' });
    renderBar();
    await userEvent.click(screen.getByRole('button', { name: 'Tout effacer' }));
    expect(getFilters()).toEqual(DEFAULT_FILTERS);
    expect(screen.getByText(/Aucun filtre actif/)).toBeInTheDocument();
  });

  it('offers only the basins of the chosen department', async () => {
    renderBar();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Département' }), '61');
    const basinOptions = within(screen.getByRole('combobox', { name: 'Bassin d’emploi' })).getAllByRole('option');
    expect(basinOptions.map((option) => option.textContent)).toEqual(['Tous les bassins', 'Flers', 'Alençon', 'Argentan', "Mortagne L'Aigle"]);
  });

  it('counts active filters on the phone toggle', () => {
    useFilterStore.getState().setFilters({ basin: '2817' });
    renderBar();
    expect(screen.getByRole('button', { name: 'Filtres (2 actifs)' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('disables, with the reason, a control that no view of the section follows, and shows the year only where it means something', () => {
    window.history.pushState(null, '', '/ia/');
    const { unmount } = renderBar();
    expect(screen.getByRole('combobox', { name: 'Département' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Département' })).toHaveAccessibleDescription(/Sans effet dans cette section/);
    expect(screen.getByRole('combobox', { name: 'Mesure' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Métier' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Année' })).toBeEnabled();
    unmount();

    window.history.pushState(null, '', '/recrutements/');
    const again = renderBar();
    expect(screen.queryByRole('combobox', { name: 'Année' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Mesure' })).toBeEnabled();
    expect(screen.getByRole('combobox', { name: 'Département' })).toBeEnabled();
    expect(screen.queryByText(/Sans effet dans cette section/)).toBeNull();
    again.unmount();
    window.location.hash = '';
  });
});
