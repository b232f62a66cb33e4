import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_FILTERS } from '../../state/filters';
import { useFilterStore } from '../../state/store';
import { JobsSection } from './JobsSection';

// These render real data files on a shared 2-core machine: allow slow runs (no assertion depends on speed).
vi.setConfig({ testTimeout: 20_000 });

vi.mock('../../charts/EChart', () => ({ default: ({ ariaLabel }: { ariaLabel: string }) => <div role="img" aria-label={ariaLabel} /> }));

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => Response.json(JSON.parse(readFileSync(resolve('data', url.replace(/^.*data\//, '')), 'utf8')))),
  );
  useFilterStore.getState().replaceFilters(DEFAULT_FILTERS);
});
afterEach(() => vi.unstubAllGlobals());

function renderSection() {
  const view = render(
    <QueryClientProvider client={new QueryClient()}>
      <JobsSection />
    </QueryClientProvider>,
  );
  const jobs = () => [...view.container.querySelectorAll('[data-job-id]')].map((item) => item.getAttribute('data-job-id'));
  return { ...view, jobs };
}

async function directory() {
  // Generous timeout: the test machine is shared and loads the real data files.
  return (await screen.findByRole('heading', { name: 'Répertoire des métiers du cœur du numérique' }, { timeout: 5000 })).closest('figure')!;
}

/** The search's live count (the frame's share actions have their own status line). */
const searchStatus = (frame: HTMLElement) =>
  within(frame)
    .getAllByRole('status')
    .find((element) => element.classList.contains('search-box-status'));

describe('Métiers section', () => {
  it('lists the 35 jobs in 9 families and marks the 4 without a sheet', async () => {
    const { jobs } = renderSection();
    const frame = await directory();
    expect(jobs()).toHaveLength(35);
    expect(within(frame).getAllByRole('heading', { level: 4 })).toHaveLength(9);
    expect(within(frame).getAllByText('Sans fiche')).toHaveLength(4);
    expect(searchStatus(frame)).toHaveTextContent('Métiers trouvés : 35 sur 35');
  });

  it('narrows the directory as the user types, without accents, and announces the count', async () => {
    const { jobs } = renderSection();
    const frame = await directory();
    await userEvent.type(within(frame).getByRole('searchbox'), 'securite');
    expect(jobs()).toEqual(expect.arrayContaining(['responsable-cybersecurite', 'responsable-securite-si']));
    expect(jobs().length).toBeLessThan(35);
    expect(searchStatus(frame)).toHaveTextContent(`Métiers trouvés : ${jobs().length} sur 35`);
    await userEvent.keyboard('{Escape}');
    expect(jobs()).toHaveLength(35);
    await userEvent.type(within(frame).getByRole('searchbox'), 'zzzz');
    expect(frame.querySelector('.chart-empty')).toHaveTextContent('Aucun métier ne correspond à cette recherche.');
  });

  it('frames the directory like every chart: its table of the jobs shown, with their family and codes, and its exports', async () => {
    const { jobs } = renderSection();
    const frame = await directory();
    expect(frame).toHaveAttribute('data-chart-id', 'jobs-directory');
    expect(frame.querySelector('[data-export="csv"]')).not.toBeNull();
    await userEvent.type(within(frame).getByRole('searchbox'), 'data scientist');
    await userEvent.click(within(frame).getByRole('button', { name: 'Données' }));
    const table = within(frame).getByRole('table');
    const header = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.querySelector('button')!.firstChild!.textContent);
    expect(header.slice(0, 2)).toEqual(['Métier', 'Famille']);
    expect(header).toEqual(expect.arrayContaining(['Codes BMO rattachés', 'Certifications RNCP rattachées (code)']));
    const rows = within(table).getAllByRole('row').slice(1);
    // The table is the list: the same jobs, the search applied.
    expect(rows).toHaveLength(jobs().length);
    expect(rows.length).toBeLessThan(35);
    const scientist = rows.find((row) => row.querySelector('th')?.textContent === 'Data scientist');
    expect(scientist).toHaveTextContent('M2X90');
  });

  it('opens a sheet with all its rubriques and the copy-paste warnings beside the fields concerned', async () => {
    const { container } = renderSection();
    await directory();
    const item = container.querySelector<HTMLElement>('[data-job-id="directeur-artistique"]')!;
    expect(within(item).getByText('À lire avec prudence')).toBeInTheDocument();
    expect(within(item).queryByRole('term')).toBeNull();
    await userEvent.click(within(item).getByText('Directeur artistique'));
    expect(item.querySelector('details')).toHaveAttribute('open');
    await within(item).findByText('Description');
    const labels = within(item)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(labels).toEqual([
      'Description',
      'Niveau d’accès',
      'Formation initiale',
      'Formation continue',
      'Connaissances',
      'Compétences',
      'Synonymes',
      'Perspectives d’évolution',
      'Statut',
      'Environnements porteurs',
    ]);
    const field = (label: string) => within(item).getByText(label, { selector: 'dt' }).parentElement!;
    expect(field('Synonymes')).toHaveTextContent('Développeur mobile');
    expect(field('Synonymes')).toHaveTextContent(/Attention :.*Copier-coller manifeste/);
    expect(field('Perspectives d’évolution')).toHaveTextContent('Attention :');
    expect(field('Connaissances')).not.toHaveTextContent('Attention');
    expect(field('Formation continue')).toHaveTextContent('Formations continues recensées : plus de 1 000 (France entière, non daté)');
  });

  it('says a job without a sheet has none', async () => {
    const { container } = renderSection();
    await directory();
    const item = container.querySelector<HTMLElement>('[data-job-id="coach-agile"]')!;
    await userEvent.click(within(item).getByText('Coach agile'));
    expect(await within(item).findByText(/Métier cité par le document sans fiche/)).toBeInTheDocument();
    expect(within(item).queryByRole('term')).toBeNull();
  });

  it('draws the courses chart, says the counts are national and undated, and follows its family picker', async () => {
    const { container } = renderSection();
    const chart = await screen.findByRole('img', { name: /Formations continues recensées par métier/ }, { timeout: 5000 });
    expect(chart).toBeInTheDocument();
    const frame = container.querySelector<HTMLElement>('[data-chart-id="jobs-courses"]')!;
    expect(frame).toHaveTextContent('Chiffres nationaux (France entière) et non datés');
    await userEvent.selectOptions(within(frame).getByRole('combobox', { name: 'Famille de métiers' }), 'commerce');
    await userEvent.click(within(frame).getByRole('button', { name: 'Données' }));
    const rows = within(within(frame).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('th')!.textContent)).toEqual(['Chargé de clientèle', 'Ingénieur d’affaires']);
  });
});
