import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartFrame } from '../../ui/ChartFrame';
import { fixtureModel } from '../../charts/export/fixtures';
import { ChartDisplayContext } from './display';

function renderFrame(mode: 'dashboard' | 'embed' | 'present' = 'dashboard') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(['catalogue'], { release: '3f2a9c01bd', generated: '2026-11-23', datasets: [] });
  return render(
    <QueryClientProvider client={client}>
      <ChartDisplayContext.Provider value={{ mode }}>
        <ChartFrame model={{ ...fixtureModel, option: null }} />
      </ChartDisplayContext.Provider>
    </QueryClientProvider>,
  );
}

describe('share actions in ChartFrame', () => {
  it('gives every dashboard chart export, link and embed actions, and none in an embed or on a slide', () => {
    renderFrame();
    expect(screen.getByRole('group', { name: /Partager « Évolution/ })).toBeInTheDocument();
    for (const name of [/Exporter/, 'Copier le lien', 'Intégrer']) expect(screen.getByRole('button', { name })).toBeInTheDocument();
    renderFrame('embed').unmount();
    const { container } = renderFrame('present');
    expect(container.querySelector('.chart-actions')).toBeNull();
  });

  it('downloads the CSV of the table with a BOM', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderFrame();
    await user.click(screen.getByRole('button', { name: /Exporter/ }));
    // Nothing is drawn (option null): no image formats, only the table.
    expect(screen.queryByRole('button', { name: 'Image PNG' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Tableau CSV' }));
    expect(await screen.findByText(/Fichier observatoire-data-ia_employment-growth_.*\.csv téléchargé/)).toBeInTheDocument();
    expect(click).toHaveBeenCalledTimes(1);
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(blobs[0]!);
    });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Territoire;Effectif;Effectif — borne basse;Effectif — statut;Évolution (%)');
    click.mockRestore();
  });

  it('builds the embed snippet: titled iframe, optional helper script, pinned release', async () => {
    const user = userEvent.setup();
    renderFrame();
    await user.click(screen.getByRole('button', { name: 'Intégrer' }));
    const code = screen.getByLabelText('Code à copier') as HTMLTextAreaElement;
    expect(code.value).toMatch(/<iframe src="http:\/\/localhost(:\d+)?\/embed\/employment-growth\/" title="Évolution de l’emploi dans l’informatique — Observatoire Data &amp; IA Normandie"/);
    expect(code.value).toContain('<script src="http://localhost');
    await user.click(screen.getByRole('checkbox', { name: 'Hauteur automatique' }));
    expect(code.value).not.toContain('<script');
    expect(code.value).toContain('height="560"');
    await user.click(screen.getByRole('checkbox', { name: 'Version figée des données' }));
    expect(code.value).toContain('release=3f2a9c01bd');
    await user.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByLabelText('Code à copier')).toBeNull();
    expect(screen.getByRole('button', { name: 'Intégrer' })).toHaveFocus();
  });
});
