import { buildAdoptionBySector } from '../../features/ai-adoption/buildAdoptionBySector';
import { aiRows, SOURCE } from '../../features/ai-adoption/testFixtures';
import { drawingFingerprint } from './fingerprint';
import { renderDrawing } from './renderSvg';

describe('renderDrawing (build time)', () => {
  const model = buildAdoptionBySector({ rows: aiRows(), source: SOURCE }, { sector: null, year: null }, 'fr');
  const request = {
    id: model.id,
    variant: 'desktop' as const,
    fingerprint: drawingFingerprint(model.option, model.height),
    option: model.option,
    height: model.height,
    sizes: ['desktopHalf' as const],
    align: 'left' as const,
  };

  it('draws a well-formed SVG image with the chart’s labels and French figures', () => {
    const svg = renderDrawing(request, 'desktopHalf');
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    // An SVG with a stray quote or entity shows as a broken image: the parser must accept it whole.
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = document.documentElement;
    expect(root.getAttribute('width')).toBe('562');
    expect(root.getAttribute('height')).toBe(String(model.height));
    expect(root.getAttribute('preserveAspectRatio')).toBe('xMinYMin meet');
    const texts = [...document.getElementsByTagName('text')].map((text) => text.textContent ?? '');
    expect(texts).toContain('Ensemble des TPE-PME'); // i16: the chart layer wraps labels itself (this one fits on a line)
    expect(texts.map((text) => text.replace(/\u202f|\u00a0/g, ' '))).toContain('10 %');
  });

  it('writes no script and no event handler into the file', () => {
    const svg = renderDrawing(request, 'phone');
    expect(svg).not.toMatch(/<script|\son[a-z]+=/i);
  });
});
