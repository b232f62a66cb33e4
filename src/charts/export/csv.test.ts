import Papa from 'papaparse';
import { BASINS } from '../../state/territories';
import { OCCUPATIONS_FIXTURE, ROWS_FIXTURE } from '../../features/recruitment/map/map.fixtures';
import { buildDepartmentChart } from '../../features/recruitment/buildDepartmentChart';
import { buildRecruitmentMap } from '../../features/recruitment/buildRecruitmentMap';
import type { StudyByDepartmentRow } from '../../data/schemas/bmo';
import { buildCsv, CSV_BOM, CSV_METADATA_LINES, neutralizeFormula, rawNumber } from './csv';
import { fixtureModel } from './fixtures';

const labels = {
  title: 'Titre',
  unit: 'Unité',
  source: 'Source',
  url: 'Adresse',
  date: 'Date d’export',
  format: 'Format',
  formatNote: 'séparateur « ; », virgule décimale',
  lowerBoundColumn: (column: string) => `${column} — borne basse`,
  statusColumn: (column: string) => `${column} — statut`,
  codeColumn: (column: string) => `${column} — code`,
};
const context = { url: 'https://example.org/obs/?dep=14#emploi', date: '2026-11-23', labels };

function parse(csv: string): string[][] {
  return Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: false }).data;
}

/** What pandas' read_csv(sep=';', decimal=',', skiprows=7) or French Excel does with a cell. */
function asNumber(text: string | undefined): number | null {
  if (text === undefined || text === '') return null;
  expect(text).toMatch(/^-?\d+(,\d+)?$/);
  return Number(text.replace(',', '.'));
}

/** The table part of a CSV, as objects keyed by header. */
function records(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.slice(1).split('\r\n').slice(CSV_METADATA_LINES).join('\r\n'), {
    delimiter: ';',
    header: true,
    skipEmptyLines: true,
  }).data;
}

describe('buildCsv', () => {
  const csv = buildCsv(fixtureModel, context);

  it('starts with a UTF-8 BOM and uses ; with CRLF line ends, as French Excel expects', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.charCodeAt(1)).not.toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe(`${CSV_BOM}Titre;Évolution de l’emploi dans l’informatique`);
  });

  it('puts title, unit, source, URL, date and format before the table', () => {
    const rows = parse(csv);
    expect(rows.slice(0, CSV_METADATA_LINES)).toEqual([
      ['Titre', fixtureModel.title],
      ['Unité', fixtureModel.subtitle],
      ['Source', fixtureModel.source],
      ['Adresse', context.url],
      ['Date d’export', '2026-11-23'],
      ['Format', 'séparateur « ; », virgule décimale'],
      [''],
    ]);
  });

  it('gives raw numbers, lower bounds and statuses in their own columns, labels intact', () => {
    const rows = parse(csv)
      .slice(CSV_METADATA_LINES)
      .filter((row) => row.length > 1);
    expect(rows).toEqual([
      ['Territoire', 'Effectif', 'Effectif — borne basse', 'Effectif — statut', 'Évolution (%)', 'Évolution (%) — borne basse', 'Évolution (%) — statut'],
      ['Orne', '1234', '', 'exact', '12,3', '', 'exact'],
      ['Seine-Maritime; Le Havre', '', '5000', 'lower-bound', '-3,5', '', 'exact'],
      ['\'=HYPERLINK("x")', '', '', 'secret', '', '', 'not-in-source'],
    ]);
    expect(csv).toContain('"Seine-Maritime; Le Havre"');
    // No display text in figure columns: no narrow no-break space, no "%", no words.
    expect(csv).not.toMatch(/\u202f|\u00a0/);
  });
});

describe('CSV of the real builders parses back into numbers', () => {
  const data = { rows: ROWS_FIXTURE, occupations: OCCUPATIONS_FIXTURE, source: { citation: 'Source : France Travail, enquête BMO 2024' } };

  it('map: basin and department codes, ranks, values, lower bounds, secret statuses, approximate shares', () => {
    const { model } = buildRecruitmentMap(data, { occupation: 'informatique', measure: 'projets' }, 'fr');
    const table = records(buildCsv(model, context));
    expect(table).toHaveLength(BASINS.length);
    const rouen = table.find((row) => row['Bassin d’emploi'] === 'Rouen')!;
    expect(rouen['Bassin d’emploi — code']).toBe('2801');
    expect(rouen['Département — code']).toBe('76');
    expect(asNumber(rouen['Rang'])).toBe(1);
    expect(asNumber(rouen['Projets de recrutement'])).toBe(1234);
    expect(rouen['Projets de recrutement — statut']).toBe('exact');
    const havre = table.find((row) => row['Bassin d’emploi'] === 'Le Havre')!;
    expect(havre['Projets de recrutement']).toBe('');
    expect(asNumber(havre['Projets de recrutement — borne basse'])).toBe(20);
    expect(havre['Projets de recrutement — statut']).toBe('lower-bound');
    const share = asNumber(havre['Part de la région (%)'])!;
    expect(share).toBeCloseTo((100 * 20) / 1254, 3);
    expect(havre['Part de la région (%) — statut']).toBe('approximate');
    const caen = table.find((row) => row['Bassin d’emploi'] === 'Caen')!;
    expect(caen['Projets de recrutement — statut']).toBe('secret');
    expect(caen['Projets de recrutement']).toBe('');
  });

  it('department chart: the study’s figures per occupation, their sum marked derived', () => {
    const study = {
      source: { citation: 'Source : étude' },
      rows: [
        { occupation: 'M2X90', area: '76', projects: 1230 },
        { occupation: 'M1X80', area: '76', projects: 40 },
      ] as unknown as StudyByDepartmentRow[],
    };
    const model = buildDepartmentChart(data, study, { occupation: 'informatique', dep: null }, 'fr');
    const seine = records(buildCsv(model, context)).find((row) => row['Département — code'] === '76')!;
    expect(asNumber(seine['Projets de recrutement — Étude Carif-Oref, ingénieurs (arrondi)'])).toBe(1230);
    expect(asNumber(seine['Somme calculée des deux chiffres de l’étude'])).toBe(1270);
    expect(seine['Somme calculée des deux chiffres de l’étude — statut']).toBe('derived:sum-of-study-figures');
  });
});

describe('rawNumber', () => {
  it.each([
    [1234, '1234'],
    [58.235294, '58,2353'],
    [-3.5, '-3,5'],
    [0, '0'],
    [null, ''],
  ])('%s → %s', (input, expected) => {
    expect(rawNumber(input)).toBe(expected);
  });
});

describe('neutralizeFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['+A1', "'+A1"],
    ['-cmd', "'-cmd"],
    ['+12,3 %', '+12,3 %'],
    ['-3,5', '-3,5'],
    ['−4', '−4'],
    ['Caen', 'Caen'],
  ])('%s → %s', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });
});
