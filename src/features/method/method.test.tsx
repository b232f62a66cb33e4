import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Suspense } from 'react';
import { datasetQuery } from '../../data/queries';
import { confidenceCounts, methodEntry, type MethodDataset } from './methodSummary';
import { MethodPanel } from './MethodPanel';

const repo = resolve(__dirname, '../../..');
const read = (file: string) => JSON.parse(readFileSync(resolve(repo, 'data', file), 'utf8')) as MethodDataset;

describe('« Méthode et sources »', () => {
  it('counts each row by its own confidence, else the file’s, and says what each kind means, the weakest last', () => {
    const uses = read('study/ai-uses.json');
    const counts = confidenceCounts(uses);
    expect(counts).toEqual({ certain: 0, proved: 0, read: 6, ambiguous: 6 });
    const entry = methodEntry(uses, 'fr');
    expect(entry.evidence.map((line) => line.kind)).toEqual(['read', 'ambiguous']);
    // The weaker level says it is only read from the layout, and how it is marked.
    expect(entry.evidence[0]!.text).toBe(
      '6 valeurs lues d’après la mise en page (marquées *) : elles sont rattachées à leur libellé par l’ordre du texte extrait ou leur position, sans calcul qui le prouve.',
    );
    expect(entry.evidence.at(-1)!.text).toMatch(/non tranchées?.*hachurée/u);
    expect(entry.citation).toBe(uses.source.citation);
    // A file read as printed says so, and only so.
    const students = methodEntry(read('study/students-by-diploma.json'), 'en');
    expect(students.evidence).toEqual([{ kind: 'certain', text: '6 values read as the source prints them.' }]);
  });

  it('says apart values proved by arithmetic and values only read from the layout', () => {
    const labour = methodEntry(read('study/labour-market.json'), 'en');
    expect(labour.evidence.map((line) => line.kind)).toEqual(['certain', 'proved']);
    expect(labour.evidence[1]!.text).toMatch(/^4 values proved by arithmetic: .*weighted average/u);
    const profile = confidenceCounts(read('study/employment-profile.json'));
    expect(profile).toEqual({ certain: 6, proved: 0, read: 14, ambiguous: 10 });
  });

  it('keeps the RNCP rows’ reading remarks for the method panel (they left the public table)', () => {
    const rncp = methodEntry(read('study/rncp-establishments.json'), 'fr');
    expect(rncp.notes.some((note) => /Ville tirée de l'intitulé/u.test(note))).toBe(true);
  });

  it('renders, folded, the derived computations and each dataset’s evidence as text', async () => {
    const client = new QueryClient();
    client.setQueryData(datasetQuery('students-by-diploma').queryKey, read('study/students-by-diploma.json') as never);
    render(
      <QueryClientProvider client={client}>
        <Suspense fallback="…">
          <MethodPanel datasets={['students-by-diploma']} derived={['trainingShares']} />
        </Suspense>
      </QueryClientProvider>,
    );
    const summary = screen.getByText('Méthode et sources');
    const panel = summary.closest('details')!;
    expect(panel.open).toBe(false);
    await userEvent.click(summary);
    expect(panel.open).toBe(true);
    expect(within(panel).getByText(/parts de chaque diplôme dans le total sont calculées par le tableau de bord/u)).toBeInTheDocument();
    const dataset = panel.querySelector('[data-method-dataset="students-by-diploma"]') as HTMLElement;
    expect(within(dataset).getByText('6 valeurs lues telles que la source les imprime.')).toBeInTheDocument();
    expect(within(dataset).getByText(/^Source : Carif-Oref/u)).toBeInTheDocument();
  });
});
