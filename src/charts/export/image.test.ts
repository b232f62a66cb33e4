import { composeSvg, imageTexts, layoutImage, wrapText } from './image';

/** 10 px per character, whatever the font: enough to test wrapping and geometry. */
const measure = (text: string) => text.length * 10;

describe('wrapText', () => {
  it('breaks between words at the width, keeping over-long words whole', () => {
    expect(wrapText('un deux trois quatre', 100, '', measure)).toEqual(['un deux', 'trois', 'quatre']);
    expect(wrapText('anticonstitutionnellement', 50, '', measure)).toEqual(['anticonstitutionnellement']);
    expect(wrapText('  ', 50, '', measure)).toEqual([]);
  });
});

describe('layoutImage', () => {
  const layout = layoutImage({
    chartWidth: 600,
    chartHeight: 320,
    title: 'Titre',
    subtitle: 'Sous-titre',
    footer: ['Source : Insee', 'Observatoire — 23/11/2026'],
    measure,
  });

  it('is twice as dense as the screen and as wide as the chart plus margins', () => {
    expect(layout.scale).toBe(2);
    expect(layout.width).toBe(648);
    expect(layout.chart).toMatchObject({ x: 24, width: 600, height: 320 });
  });

  it('stacks title, subtitle, chart, then source and date, without overlap', () => {
    const [title, subtitle, footer] = layout.blocks;
    expect(title!.lines.map((line) => line.text)).toEqual(['Titre']);
    expect(subtitle!.lines[0]!.y).toBeGreaterThan(title!.lines[0]!.y);
    expect(layout.chart.y).toBeGreaterThan(subtitle!.lines[0]!.y);
    expect(footer!.lines.map((line) => line.text)).toEqual(['Source : Insee', 'Observatoire — 23/11/2026']);
    expect(footer!.lines[0]!.y).toBeGreaterThan(layout.chart.y + layout.chart.height);
    expect(layout.height).toBeGreaterThan(footer!.lines[1]!.y);
  });

  it('wraps a long title instead of cutting it', () => {
    const narrow = layoutImage({ chartWidth: 300, chartHeight: 200, title: 'mot '.repeat(40), subtitle: '', footer: [], measure });
    expect(narrow.width).toBe(480);
    expect(narrow.blocks[0]!.lines.length).toBeGreaterThan(1);
    expect(narrow.blocks[0]!.lines.every((line) => measure(line.text) <= 432)).toBe(true);
  });
});

describe('composeSvg', () => {
  it('nests the chart SVG under escaped title text', () => {
    const layout = layoutImage({ chartWidth: 600, chartHeight: 300, title: 'Emploi <IA> & données', subtitle: 's', footer: ['f'], measure });
    const svg = composeSvg(layout, '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><rect/></svg>');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('width')).toBe('648');
    expect(doc.querySelector('text')!.textContent).toBe('Emploi <IA> & données');
    expect(doc.querySelectorAll('svg svg rect')).toHaveLength(1);
  });
});

describe('imageTexts', () => {
  it('puts the chart’s caveats in the image, before its source and the export date', () => {
    const texts = imageTexts(
      {
        title: 'Projets',
        subtitle: 'Nombre, 2024',
        notes: ['Les sommes comprenant un secret statistique sont des minima.'],
        source: 'Source : France Travail',
      },
      'Exporté le 23 novembre 2026',
    );
    expect(texts).toEqual({
      title: 'Projets',
      subtitle: 'Nombre, 2024',
      footer: ['Les sommes comprenant un secret statistique sont des minima.', 'Source : France Travail', 'Exporté le 23 novembre 2026'],
    });
  });
});

describe('imageTexts with the evidence line', () => {
  it('carries what the chart rests on first, as the frame shows it, then caveats, source and date', () => {
    const evidence =
      'Sur quoi repose ce graphique : chiffres imprimés tels quels par la source ; valeurs appariées seulement d’après la mise en page du texte extrait, non prouvées (marquées *).';
    const texts = imageTexts({ title: 'T', subtitle: 'S', notes: ['Note.'], source: 'Source : Carif-Oref' }, 'Exporté le 1 décembre 2026', evidence);
    expect(texts.footer).toEqual([evidence, 'Note.', 'Source : Carif-Oref', 'Exporté le 1 décembre 2026']);
    // A chart that states no value has no evidence line, and no empty line in its image.
    expect(imageTexts({ title: 'T', subtitle: 'S', notes: [], source: 'Source' }, 'Exporté', null).footer).toEqual(['Source', 'Exporté']);
  });
});
