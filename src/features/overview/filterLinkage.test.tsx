/**
 * One filter change, several views: the overview tiles and the employment
 * charts read the same store, so changing the occupation in one place must
 * update all of them. Real data files are served from data/ on disk.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFilterStore } from '../../state/store';
import { ViewBoundary } from '../../ui/ViewBoundary';
import { EmploymentGrowthChart, EmploymentProfileChart, LabourMarketChart } from '../employment';
import { KeyFigureTiles } from './KeyFigureTiles';

// jsdom cannot lay out ECharts; the frame around it (summary, table, notes) is what is asserted.
vi.mock('../../charts/EChart', () => ({ default: () => <div data-testid="echart" /> }));

const DATA = resolve(import.meta.dirname, '../../../data');
const NNBSP = '\u202f';

beforeEach(() => {
  useFilterStore.getState().clearAll();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const file = String(url).replace(/^.*?data\//, '');
      try {
        return new Response(readFileSync(resolve(DATA, file), 'utf8'), { headers: { 'Content-Type': 'application/json' } });
      } catch {
        return new Response('', { status: 404 });
      }
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

function renderViews() {
  const client = new QueryClient();
  return render(
    <QueryClientProvider client={client}>
      <KeyFigureTiles />
      <ViewBoundary>
        <EmploymentGrowthChart />
      </ViewBoundary>
      <ViewBoundary>
        <LabourMarketChart />
      </ViewBoundary>
      <ViewBoundary>
        <EmploymentProfileChart />
      </ViewBoundary>
    </QueryClientProvider>,
  );
}

const tile = (id: string) => document.querySelector(`[data-key-figure="${id}"]`) as HTMLElement;
const chart = (id: string) => document.querySelector(`[data-chart-id="${id}"]`) as HTMLElement;
const value = (id: string) => tile(id).querySelector('.kpi-value')!.textContent;
const summary = (id: string) => chart(id).querySelector('.chart-summary')!.textContent;

describe('the occupation filter drives the overview and the employment charts together', () => {
  it('switching to engineers updates the tiles, the highlighted group and the profile', async () => {
    renderViews();
    await screen.findAllByTestId('echart');
    await waitForTile('students');
    expect(value('employed')).toBe(`13${NNBSP}358`);
    expect(value('students')).toBe(`3${NNBSP}320`);
    expect(summary('employment-growth')).toContain('Groupe mis en avant : Informatique et télécommunication.');

    act(() => useFilterStore.getState().setFilters({ occupation: 'M2X90' }));

    expect(value('employed')).toBe(`6${NNBSP}205`);
    expect(value('growth')).toBe('+41,6\u00a0%');
    expect(value('students')).toBe('Non disponible');
    expect(value('recruitment')).toBe('au moins 254');
    // From the national aggregates: 254–266 of France's 24 297–24 545 engineer projects.
    expect(value('national')).toBe('≈ 1\u00a0%');
    expect(tile('national')).toHaveTextContent('rang parmi les régions métropolitaines : 10e sur 13');
    expect(summary('employment-growth')).toContain("Groupe mis en avant : Ingénieurs de l'informatique.");
    expect(summary('employment-profile')).toContain("Ingénieurs de l'informatique : ");
    expect(summary('employment-profile')).not.toContain("Techniciens de l'informatique");
    // The section links carry the new filter.
    expect(within(tile('employed')).getByRole('link')).toHaveAttribute('href', 'emploi/?occupation=M2X90');
  });

  it('changing the profile dimension with the keyboard redraws only the profile', async () => {
    renderViews();
    await screen.findAllByTestId('echart');
    const user = userEvent.setup();
    await user.click(within(chart('employment-profile')).getByRole('radio', { name: 'type de contrat' }));
    expect(chart('employment-profile')).toHaveTextContent('Part des actifs en emploi par type de contrat');
    await user.keyboard('{ArrowLeft}');
    expect(within(chart('employment-profile')).getByRole('radio', { name: 'diplôme' })).toBeChecked();
  });

  it('the source of a tile is announced on focus and shown on hover, and Escape hides it', async () => {
    renderViews();
    const employed = await waitForTile('employed');
    const button = within(employed).getByRole('button', { name: /Source du chiffre/ });
    expect(button).toHaveAccessibleDescription(/^Source : Insee, RP 2021/);
    const tooltip = within(employed).getByRole('tooltip', { hidden: true });
    expect(tooltip).toHaveAttribute('data-open', 'false');
    const user = userEvent.setup();
    await user.tab();
    while (document.activeElement !== button) await user.tab();
    expect(tooltip).toHaveAttribute('data-open', 'true');
    await user.keyboard('{Escape}');
    expect(tooltip).toHaveAttribute('data-open', 'false');
    await user.hover(button);
    expect(tooltip).toHaveAttribute('data-open', 'true');
  });
});

async function waitForTile(id: string): Promise<HTMLElement> {
  await screen.findByText((_, element) => element?.getAttribute('data-key-figure') === id);
  return tile(id);
}
