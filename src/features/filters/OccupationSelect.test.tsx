import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { OCCUPATIONS_FIXTURE } from '../recruitment/map/map.fixtures';
import { datasetQuery } from '../../data/queries';
import { BMO_CURRENT } from '../../data/schemas/bmo';
import { translator } from '../../i18n/i18n';
import { normalizeSearch, OccupationSelect, occupationGroups } from './OccupationSelect';

const t = translator('fr');

describe('occupationGroups', () => {
  it('offers the study occupations, the families, then every occupation grouped by family', () => {
    const groups = occupationGroups(OCCUPATIONS_FIXTURE, '', 'informatique', t);
    expect(groups.map((group) => group.label)).toEqual(['Métiers de l’étude', 'Familles de métiers (tous les métiers de la famille)', 'Autres métiers']);
    expect(groups[1]!.options.map((option) => option.value)).toEqual(['famille-Z', 'famille-C']);
    expect(groups[2]!.options).toEqual([{ value: 'A0X40', label: 'Agriculteurs (A0X40)' }]);
  });

  it('filters by label or code, ignoring case and accents, and always keeps the current value', () => {
    expect(normalizeSearch('  Ingénieurs ')).toBe('ingenieurs');
    const groups = occupationGroups(OCCUPATIONS_FIXTURE, 'AGRICULT', 'informatique', t);
    const values = groups.flatMap((group) => group.options.map((option) => option.value));
    expect(values).toEqual(['informatique', 'A0X40']);
    expect(occupationGroups(OCCUPATIONS_FIXTURE, 'a0x40', 'M2X90', t).flatMap((group) => group.options.map((option) => option.value))).toEqual([
      'M2X90',
      'A0X40',
    ]);
  });
});

describe('OccupationSelect', () => {
  function Harness() {
    const [value, setValue] = useState('informatique');
    return (
      <>
        <OccupationSelect value={value} onChange={setValue} lookups={{}} />
        <output>{value}</output>
      </>
    );
  }

  it('narrows the list as the user types and picks the first match with Enter', async () => {
    const client = new QueryClient();
    client.setQueryData(datasetQuery(BMO_CURRENT.occupations).queryKey, { rows: OCCUPATIONS_FIXTURE } as never);
    render(
      <QueryClientProvider client={client}>
        <Harness />
      </QueryClientProvider>,
    );
    const select = screen.getByRole('combobox', { name: 'Métier' });
    expect(within(select).getAllByRole('option').length).toBe(6);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Rechercher un métier' }), 'agri');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Métiers de l’informatique (ingénieurs + techniciens)', 'Agriculteurs (A0X40)']);
    expect(screen.getByText('1 métier correspond')).toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(document.querySelector('output')).toHaveTextContent('A0X40');
  });

  it('finds occupations through synonyms, and says so plainly when nothing matches, with a suggestion', async () => {
    const client = new QueryClient();
    client.setQueryData(datasetQuery(BMO_CURRENT.occupations).queryKey, { rows: OCCUPATIONS_FIXTURE } as never);
    client.setQueryData(datasetQuery('occupation-synonyms').queryKey, {
      rows: [{ term: 'Data scientist', lang: 'fr', termSource: 'fiche-titre', job: 'data-scientist', occupations: ['M2X90'], pairing: 'editorial' }],
    } as never);
    render(
      <QueryClientProvider client={client}>
        <Harness />
      </QueryClientProvider>,
    );
    const search = screen.getByRole('searchbox', { name: 'Rechercher un métier' });
    await userEvent.type(search, 'data');
    const select = screen.getByRole('combobox', { name: 'Métier' });
    expect(within(select).getByRole('group', { name: 'Métiers liés à « data »' })).toBeInTheDocument();
    expect(within(select).getByRole('option', { name: 'Ingénieurs de l’informatique (M2X90) — par « Data scientist »' })).toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(document.querySelector('output')).toHaveTextContent('M2X90');

    await userEvent.clear(search);
    await userEvent.type(search, 'data sceintist');
    expect(screen.getByText('Aucun métier trouvé pour « data sceintist ».')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Vouliez-vous dire « Data scientist » ?' }));
    expect(search).toHaveValue('Data scientist');
    expect(within(select).getByRole('option', { name: /— par « Data scientist »/u })).toBeInTheDocument();

    await userEvent.clear(search);
    await userEvent.type(search, 'qwxzkj');
    expect(screen.getByText(/Essayez un intitulé/u)).toBeVisible();
  });

  it('still offers the study occupations when the occupations file is unavailable', () => {
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { enabled: false } } })}>
        <Harness />
      </QueryClientProvider>,
    );
    expect(within(screen.getByRole('combobox', { name: 'Métier' })).getAllByRole('option')).toHaveLength(3);
  });
});
