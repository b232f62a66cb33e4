import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_FILTERS } from '../../state/filters';
import { useFilterStore } from '../../state/store';
import { AiAdoptionSection } from './AiAdoptionSection';

// ECharts needs a real layout engine; the stub shows what each chart was asked to draw.
vi.mock('../../charts/EChart', () => ({
  default: ({ option, ariaLabel }: { option: { yAxis?: { data?: string[]; axisLabel?: { formatter?: (code: string) => string } } }; ariaLabel: string }) => {
    const axis = option.yAxis;
    const picked = (axis?.data ?? []).filter((code) => axis?.axisLabel?.formatter?.(code).startsWith('{picked|'));
    return <div data-testid="echart" aria-label={ariaLabel} data-picked={picked.join(',')} />;
  },
}));

const DATA_DIR = resolve(process.cwd(), 'data');

beforeEach(() => {
  useFilterStore.getState().replaceFilters({ ...DEFAULT_FILTERS });
  // The real data files, through the real loader and schemas.
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => Response.json(JSON.parse(readFileSync(resolve(DATA_DIR, url.replace(/^.*data\//, '')), 'utf8')))),
  );
});
afterEach(() => vi.unstubAllGlobals());

function renderSection() {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <AiAdoptionSection />
    </QueryClientProvider>,
  );
}

async function chart(id: string) {
  await screen.findAllByTestId('echart');
  const figure = document.querySelector<HTMLElement>(`[data-chart-id="${id}"]`);
  if (!figure) throw new Error(`chart ${id} not rendered`);
  return figure;
}

describe('IA dans les entreprises: one sector picked, every sector chart follows', () => {
  it('renders every chart of the section from the real data files', async () => {
    renderSection();
    for (const id of ['ai-adoption-by-sector', 'ai-data-exchange-by-sector', 'ai-decision-analytics-by-sector', 'ai-uses', 'ai-benefits']) {
      const figure = await chart(id);
      await within(figure).findByTestId('echart');
      expect(within(figure).getByRole('heading', { level: 3 })).toBeInTheDocument();
    }
  });

  it('a sector picked with the keyboard in one chart sets the store and highlights it in the other charts', async () => {
    const user = userEvent.setup();
    renderSection();
    const adoption = await chart('ai-adoption-by-sector');
    await within(adoption).findByTestId('echart');
    const exchange = await chart('ai-data-exchange-by-sector');
    const analytics = await chart('ai-decision-analytics-by-sector');

    // Pick "Transport, logistique" in the data-exchange chart's own control.
    const picker = within(exchange).getByRole('combobox', { name: 'Secteur mis en évidence' });
    picker.focus();
    await user.selectOptions(picker, 'transport-logistique');

    expect(useFilterStore.getState().sector).toBe('transport-logistique');
    expect(within(adoption).getByTestId('echart')).toHaveAttribute('data-picked', 'transport-logistique');
    expect(within(exchange).getByTestId('echart')).toHaveAttribute('data-picked', 'transport-logistique');
    expect(within(adoption).getByText(/^Transport, logistique : Normandie 2023 5,5\s%\* ; Normandie 2024 8,6\s%\*/u)).toBeInTheDocument();
    expect(within(adoption).getByRole('combobox', { name: 'Secteur mis en évidence' })).toHaveValue('transport-logistique');
    // Not in Normandie's or France's decision-analytics top 4: said in words, nothing highlighted.
    expect(within(analytics).getByTestId('echart')).toHaveAttribute('data-picked', '');
    expect(within(analytics).getByText('« Transport, logistique » ne figure pas dans ce graphique.')).toBeInTheDocument();

    // Back to no sector from another chart's control.
    await user.selectOptions(within(adoption).getByRole('combobox', { name: 'Secteur mis en évidence' }), '');
    expect(useFilterStore.getState().sector).toBeNull();
    expect(within(exchange).getByTestId('echart')).toHaveAttribute('data-picked', '');
  });

  it('a sector set elsewhere (URL, filter bar) is highlighted too', async () => {
    renderSection();
    const adoption = await chart('ai-adoption-by-sector');
    await within(adoption).findByTestId('echart');
    useFilterStore.getState().setFilters({ sector: 'numerique' });
    expect(await within(adoption).findByText(/^Numérique : /)).toBeInTheDocument();
    expect(within(adoption).getByTestId('echart')).toHaveAttribute('data-picked', 'numerique');
  });

  it('the year filter focuses 2023 and empties the 2024-only uses chart with a reason', async () => {
    renderSection();
    const uses = await chart('ai-uses');
    await within(uses).findByTestId('echart');
    useFilterStore.getState().setFilters({ year: 2023 });
    expect(await within(uses).findByText('Aucune donnée pour cette sélection', { selector: '.chart-empty' })).toBeInTheDocument();
    expect(within(uses).getByText('Cet indicateur n’est publié que pour 2024.')).toBeInTheDocument();
    const adoption = await chart('ai-adoption-by-sector');
    expect(within(adoption).getByText(/Normandie et France, 2023$/)).toBeInTheDocument();
  });
});
