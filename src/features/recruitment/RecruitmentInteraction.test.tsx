import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { datasetQuery } from '../../data/queries';
import { BMO_CURRENT } from '../../data/schemas/bmo';
import { DEFAULT_FILTERS } from '../../state/filters';
import { useFilterStore } from '../../state/store';
import { OCCUPATIONS_FIXTURE, ROWS_FIXTURE } from './map/map.fixtures';
import { buildChoropleth } from './map/choropleth';
import { joinBasins } from './map/join';
import { BASIN_REFS } from './basins';
import { BasinList } from './BasinList';
import { BasinRankingChart } from './BasinRankingChart';
import { useRecruitmentData } from './useRecruitmentData';
import { useTerritorySelection } from './useTerritorySelection';

const meta = { source: { citation: 'Source : France Travail, enquête BMO 2024' } };

function ConnectedList() {
  const selection = useTerritorySelection();
  const choropleth = buildChoropleth(joinBasins(ROWS_FIXTURE, BASIN_REFS, ['M2X90', 'M1X80'], 'projets'), 'projets', 'fr');
  const [active, setActive] = useState<string | null>(null);
  return (
    <BasinList
      basins={choropleth.basins}
      measure="projets"
      lang="fr"
      selected={selection.basin}
      dep={selection.dep}
      active={active}
      onActive={setActive}
      onToggle={selection.toggleBasin}
      onEscape={selection.clearOne}
    />
  );
}

function renderWithData() {
  const client = new QueryClient();
  client.setQueryData(datasetQuery(BMO_CURRENT.rows).queryKey, { ...meta, rows: ROWS_FIXTURE } as never);
  client.setQueryData(datasetQuery(BMO_CURRENT.occupations).queryKey, { ...meta, rows: OCCUPATIONS_FIXTURE } as never);
  return render(
    <QueryClientProvider client={client}>
      <ConnectedList />
      <BasinRankingChart />
    </QueryClientProvider>,
  );
}

beforeEach(() => useFilterStore.setState({ ...DEFAULT_FILTERS }));

describe('basin list beside the map', () => {
  it('selects a basin from the list: the store gets it (with its department) and the ranking names it', async () => {
    renderWithData();
    const list = screen.getByRole('listbox', { name: 'Bassins d’emploi classés' });
    await userEvent.click(within(list).getByRole('option', { name: /Rouen/ }));
    expect(useFilterStore.getState()).toMatchObject({ basin: '2801', dep: '76' });
    expect(within(list).getByRole('option', { name: /Rouen/ })).toHaveAttribute('aria-selected', 'true');
    const ranking = document.querySelector('[data-chart-id="recruitment-basin-ranking"]')!;
    expect(ranking).toHaveTextContent(/Bassin sélectionné : Rouen, 1er sur 27 \(1.234\)\./);

    // Clicking it again clears the basin and the department it implied.
    await userEvent.click(within(list).getByRole('option', { name: /Rouen/ }));
    expect(useFilterStore.getState()).toMatchObject({ basin: null, dep: null });
    expect(ranking).not.toHaveTextContent('Bassin sélectionné');
  }, 20_000);

  it('works with the keyboard: arrows move, Enter selects, Escape clears', async () => {
    renderWithData();
    const list = screen.getByRole('listbox', { name: 'Bassins d’emploi classés' });
    list.focus();
    await userEvent.keyboard('{Home}{Enter}');
    expect(useFilterStore.getState().basin).toBe('2801');
    await userEvent.keyboard('{Escape}');
    expect(useFilterStore.getState()).toMatchObject({ basin: null, dep: null });
  });
});

describe('one memory of the implied department (issue #16)', () => {
  // Calvados picked, then the Caen basin inside it: Calvados was chosen, not implied by Caen.
  function pickCalvadosThenCaen() {
    const map = renderHook(() => useTerritorySelection());
    act(() => map.result.current.toggleDepartment('14'));
    act(() => map.result.current.toggleBasin('2817'));
    expect(useFilterStore.getState()).toMatchObject({ basin: '2817', dep: '14' });
    return map;
  }

  it('clearing Caen from the map keeps Calvados', () => {
    const map = pickCalvadosThenCaen();
    act(() => map.result.current.toggleBasin('2817'));
    expect(useFilterStore.getState()).toMatchObject({ basin: null, dep: '14' });
  });

  it('clearing Caen from the ranking chart’s select gives the same result as from the map', async () => {
    renderWithData();
    pickCalvadosThenCaen();
    const select = screen.getByRole('combobox', { name: 'Mettre en évidence' });
    await userEvent.selectOptions(select, '');
    expect(useFilterStore.getState()).toMatchObject({ basin: null, dep: '14' });
  });

  it('a basin picked alone brings its department, and clearing it anywhere drops both', () => {
    const map = renderHook(() => useTerritorySelection());
    const other = renderHook(() => useTerritorySelection());
    act(() => map.result.current.toggleBasin('2817'));
    act(() => other.result.current.toggleBasin('2817'));
    expect(useFilterStore.getState()).toMatchObject({ basin: null, dep: null });
  });
});

describe('recruitment data for the views', () => {
  it('stays the same object across re-renders, so a selection change does not re-derive every chart', () => {
    const client = new QueryClient();
    client.setQueryData(datasetQuery(BMO_CURRENT.rows).queryKey, { ...meta, rows: ROWS_FIXTURE } as never);
    client.setQueryData(datasetQuery(BMO_CURRENT.occupations).queryKey, { ...meta, rows: OCCUPATIONS_FIXTURE } as never);
    const { result, rerender } = renderHook(() => useRecruitmentData(), {
      wrapper: ({ children }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>,
    });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    expect(first.rows).toBe(ROWS_FIXTURE);
  });
});
