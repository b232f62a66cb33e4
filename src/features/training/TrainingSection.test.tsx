import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { APP_CHART_SLOTS } from '../../app/chartSlots';
import { DEFAULT_FILTERS } from '../../state/filters';
import { ChartSlotsProvider } from '../../ui/chartSlots';
import { useFilterStore } from '../../state/store';
import { TrainingSection } from './TrainingSection';

// These render real data files on a shared 2-core machine: allow slow runs (no assertion depends on speed).
vi.setConfig({ testTimeout: 20_000 });

vi.mock('../../charts/EChart', () => ({ default: ({ ariaLabel }: { ariaLabel: string }) => <div role="img" aria-label={ariaLabel} /> }));

/** Serves the real files under data/, as the built app does. */
beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => Response.json(JSON.parse(readFileSync(resolve('data', url.replace(/^.*data\//, '')), 'utf8')))),
  );
  useFilterStore.getState().replaceFilters(DEFAULT_FILTERS);
});
afterEach(() => vi.unstubAllGlobals());

function renderSection() {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <ChartSlotsProvider value={APP_CHART_SLOTS}>
        <TrainingSection />
      </ChartSlotsProvider>
    </QueryClientProvider>,
  );
}

async function rncpFrame() {
  // Generous timeout: the test machine is shared and loads the real data files.
  return (await screen.findByRole('table', { name: /Certifications RNCP et établissements/ }, { timeout: 5000 })).closest('figure')!;
}

function departmentsShown(frame: HTMLElement): string[] {
  const table = within(frame).getByRole('table');
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((header) => header.textContent);
  const column = headers.findIndex((text) => text?.startsWith('Département'));
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelectorAll('th, td')[column]!.textContent!);
}

/** The department names, without the « * » of a pairing only read from the layout. */
const unmarked = (names: string[]) => names.map((name) => name.replace(/\*$/u, ''));

describe('Formations section', () => {
  it('draws the students chart and the Normanthiia key figures with their sources', async () => {
    const { container } = renderSection();
    expect(await screen.findByRole('img', { name: /Étudiants formés aux métiers de l’informatique/ }, { timeout: 5000 })).toBeInTheDocument();
    expect(container.querySelector('[data-chart-id="students-by-diploma"]')).toHaveTextContent('Source : Carif-Oref de Normandie');
    const targets = container.querySelector('[data-chart-id="normanthiia-targets"]')!;
    expect(within(targets as HTMLElement).getByText('plus de 700')).toBeInTheDocument();
  });

  it('narrows the RNCP rows when the dashboard’s department filter changes, keeping rows whose department is unknown', async () => {
    renderSection();
    const frame = await rncpFrame();
    const before = unmarked(departmentsShown(frame));
    expect(before).toContain('Seine-Maritime');
    expect(before).toContain('Calvados');

    act(() => useFilterStore.getState().setFilters({ dep: '14' }));
    // The figure as it is now: the training-vs-demand view beside it may finish loading meanwhile (issue #14).
    const current = await rncpFrame();
    const after = unmarked(departmentsShown(current));
    expect(after.length).toBeLessThan(before.length);
    expect(after.every((department) => department === 'Calvados' || department === 'Non précisé')).toBe(true);
    expect(after).toContain('Calvados');
    expect(within(current).getByRole('status')).toHaveTextContent(`Lignes affichées : ${after.length} sur ${before.length}`);
  });

  it('sets the dashboard filter from the table’s own department picker, which the students chart then notes', async () => {
    const { container } = renderSection();
    const frame = await rncpFrame();
    await userEvent.selectOptions(within(frame).getByRole('combobox', { name: 'Département' }), '76');
    expect(useFilterStore.getState().dep).toBe('76');
    expect(unmarked(departmentsShown(frame)).every((department) => department === 'Seine-Maritime' || department === 'Non précisé')).toBe(true);
    expect(container.querySelector('[data-chart-id="students-by-diploma"]')).toHaveTextContent(
      'Le filtre « Département : Seine-Maritime (76) » ne s’applique pas ici.',
    );
  });

  it('searches without accents and says when nothing matches', async () => {
    renderSection();
    const frame = await rncpFrame();
    const search = within(frame).getByRole('searchbox', { name: /Rechercher/ });
    await userEvent.type(search, 'evreux');
    // Lycée Modeste Leroy is paired with its BTS by the layout of the text only: its department says so.
    expect(departmentsShown(frame)).toEqual(['Eure*']);
    expect(within(frame).getByRole('status')).toHaveTextContent(/Lignes affichées : 1 sur \d+/);
    await userEvent.clear(search);
    await userEvent.type(search, 'boulangerie');
    expect(within(frame).getByText('Aucune certification ne correspond à cette recherche.')).toBeInTheDocument();
  });
});
