import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartFrame } from '../../ui/ChartFrame';
import { fixtureModel } from '../../charts/export/fixtures';
import type { ChartModel } from '../../charts/model';
import { DEFAULT_FILTERS } from '../../state/filters';
import { useFilterStore } from '../../state/store';
import { ChartDisplayContext } from './display';
import type { SvgDrawing } from './renderImage';

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
    expect(code.value).toMatch(
      /<iframe src="http:\/\/localhost(:\d+)?\/embed\/employment-growth\/" title="Évolution de l’emploi dans l’informatique — Observatoire Data &amp; IA Normandie"/,
    );
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

/** The fixture with one value only read from the layout (« * »): its frame rests on printed, computed and read values. */
const readModel: ChartModel = {
  ...fixtureModel,
  option: null,
  table: {
    ...fixtureModel.table,
    rows: [
      ...fixtureModel.table.rows,
      { area: { text: 'Eure', sort: 'Eure' }, count: { text: '40 *', sort: 40, flag: 'read' }, growth: { text: '+1,0 %', sort: 1 } },
    ],
  },
};

async function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

describe('image exports carry the evidence line (issue #13)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    useFilterStore.setState({ ...DEFAULT_FILTERS });
  });

  async function exportedSvg(lang: 'fr' | 'en'): Promise<{ svg: string; evidence: string }> {
    useFilterStore.setState({ ...DEFAULT_FILTERS, lang });
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    // jsdom has no canvas: text is measured as zero wide, so every footer text is one line of the SVG.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ font: '', measureText: () => ({ width: 0 }) } as unknown as CanvasRenderingContext2D);
    const drawing: SvgDrawing = { svg: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><rect/></svg>', width: 600, height: 300 };
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { container, unmount } = render(
      <QueryClientProvider client={client}>
        <ChartDisplayContext.Provider value={{ mode: 'dashboard' }}>
          <ChartFrame model={readModel} getDrawing={() => Promise.resolve(drawing)}>
            <div />
          </ChartFrame>
        </ChartDisplayContext.Provider>
      </QueryClientProvider>,
    );
    const evidence = container.querySelector('.chart-evidence')!.textContent!;
    await user.click(screen.getByRole('button', { name: lang === 'fr' ? /Exporter/ : /Export/ }));
    await user.click(screen.getByRole('button', { name: lang === 'fr' ? 'Image SVG' : 'SVG image' }));
    await screen.findByText(/observatoire-data-ia_employment-growth_.*\.svg/);
    const svg = await blobText(blobs[0]!);
    unmount();
    return { svg, evidence };
  }

  it('draws the frame’s evidence line into the SVG, under the chart and before the source, « * » explained', async () => {
    const { svg, evidence } = await exportedSvg('fr');
    expect(evidence).toBe(
      'Sur quoi repose ce graphique : chiffres imprimés tels quels par la source ; valeurs appariées seulement d’après la mise en page du texte extrait, non prouvées (marquées *) ; calculs du tableau de bord (sommes, parts, bornes).',
    );
    const texts = [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('svg > text')].map((node) => node.textContent);
    expect(texts).toEqual([
      'Évolution de l’emploi dans l’informatique',
      'Nombre de personnes en emploi, 2015 et 2021',
      evidence,
      'Source : Insee, RP 2015 et 2021, traitement Carif-Oref de Normandie',
      expect.stringMatching(/^Observatoire Data & IA Normandie · exporté le \d+ \S+ \d{4}$/),
    ]);
  });

  it('says it in English in the English export', async () => {
    const { svg, evidence } = await exportedSvg('en');
    expect(evidence).toMatch(
      /^What this chart rests on: figures printed as is by the source; values paired only from the layout .*\(marked \*\); the dashboard’s own computations/,
    );
    expect(svg).toContain(`>${evidence}<`);
    expect(svg).not.toMatch(/Sur quoi repose/);
  });
});
