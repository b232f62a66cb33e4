import Papa from 'papaparse';
import { buildCsv, CSV_BOM, neutralizeFormula } from './csv';
import { fixtureModel } from './fixtures';

const labels = { title: 'Titre', unit: 'Unité', source: 'Source', url: 'Adresse', date: 'Date d’export', lowerBound: 'au moins' };
const context = { url: 'https://example.org/obs/?dep=14#emploi', date: '2026-11-23', labels };

function parse(csv: string): string[][] {
  return Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: false }).data;
}

describe('buildCsv', () => {
  const csv = buildCsv(fixtureModel, context);

  it('starts with a UTF-8 BOM and uses ; with CRLF line ends, as French Excel expects', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.charCodeAt(1)).not.toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe(`${CSV_BOM}Titre;Évolution de l’emploi dans l’informatique`);
  });

  it('puts title, unit, source, URL and date before the table', () => {
    const rows = parse(csv);
    expect(rows.slice(0, 5)).toEqual([
      ['Titre', fixtureModel.title],
      ['Unité', fixtureModel.subtitle],
      ['Source', fixtureModel.source],
      ['Adresse', context.url],
      ['Date d’export', '2026-11-23'],
    ]);
    expect(rows[5]).toEqual(['']);
  });

  it('contains exactly the table: header, then every row as shown, accents and separators intact', () => {
    const rows = parse(csv).slice(6).filter((row) => row.length > 1);
    expect(rows).toEqual([
      ['Territoire', 'Effectif', 'Évolution'],
      ['Orne', '1\u202f234', '+12,3\u00a0%'],
      ['Seine-Maritime; Le Havre', 'au moins 5\u202f000', '-3,5\u00a0%'],
      ['\'=HYPERLINK("x")', 'secret statistique', 'non disponible'],
    ]);
    expect(csv).toContain('"Seine-Maritime; Le Havre"');
  });
});

describe('neutralizeFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['+A1', "'+A1"],
    ['-cmd', "'-cmd"],
    ['+12,3 %', '+12,3 %'],
    ['-3,5\u00a0%', '-3,5\u00a0%'],
    ['−4', '−4'],
    ['Caen', 'Caen'],
  ])('%s → %s', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });
});
