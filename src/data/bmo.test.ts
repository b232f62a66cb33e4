import { BmoParseError, parseBmoCsv, parseCountCell } from './bmoCsv';
import {
  basinsOfStudyName,
  checkRounded,
  checkShare,
  difficultShare,
  rangeOf,
  rangeOfRows,
  roundToTens,
  roundedRange,
  seasonalShare,
  share,
  sumByBasin,
  sumByDepartment,
  sumByOccupation,
  sumCells,
  sumRows,
  type BmoRow,
} from './bmo';

const HEADER = 'annee,Code métier BMO,Nom métier BMO,Famille_met,Lbl_fam_met,REG,NOM_REG,Dept,NomDept,BE24,NOMBE24,met,xmet,smet';
const line = (occupation: string, dep: string, basin: string, name: string, met: string, xmet: string, smet: string, year = '2024') =>
  `${year},${occupation},Libellé ${occupation},C,Fonctions d'encadrement,28,Normandie,${dep},Dép ${dep},${basin},${name},${met},${xmet},${smet}`;
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n');

function errorsOf(text: string): readonly string[] {
  try {
    parseBmoCsv(text);
  } catch (error) {
    if (error instanceof BmoParseError) return error.issues;
    throw error;
  }
  throw new Error('parseBmoCsv aurait dû échouer');
}

const S = { missing: 'secret' } as const;
const rows: BmoRow[] = [
  { occupation: 'M2X90', basin: '2801', dep: '76', met: 77, xmet: 77, smet: S },
  { occupation: 'M2X90', basin: '2806', dep: '76', met: S, xmet: S, smet: S },
  { occupation: 'M2X90', basin: '2817', dep: '14', met: 126, xmet: 74, smet: S },
  { occupation: 'M1X80', basin: '2817', dep: '14', met: 72, xmet: 43, smet: 10 },
  { occupation: 'M1X80', basin: '2826', dep: '61', met: S, xmet: S, smet: S },
];

describe('parseCountCell', () => {
  it('reads integers and the secret marker, never as 0 or 1', () => {
    expect(parseCountCell('12', 'met')).toBe(12);
    expect(parseCountCell(' 0 ', 'xmet')).toBe(0);
    expect(parseCountCell('*', 'smet')).toEqual({ missing: 'secret' });
  });
  it.each(['abc', '', '-1', '1.5', '1 000', '**'])('rejects « %s »', (raw) => {
    expect(parseCountCell(raw, 'met')).toBe(`valeur « ${raw} » invalide pour met (entier ou « * » attendu)`);
  });
});

describe('parseBmoCsv', () => {
  it('parses rows, the year, the occupations and the basins; sorts them', () => {
    const parsed = parseBmoCsv(
      `\uFEFF${csv(line('M2X90', '14', '2817', 'CAEN', '126', '74', '*'), line('M1X80', '76', '2801', 'ROUEN', '*', '*', '*'))}\r\n`,
    );
    expect(parsed.year).toBe(2024);
    expect(parsed.rows).toEqual([
      { occupation: 'M1X80', basin: '2801', dep: '76', met: S, xmet: S, smet: S },
      { occupation: 'M2X90', basin: '2817', dep: '14', met: 126, xmet: 74, smet: S },
    ]);
    expect(parsed.occupations.map((o) => o.code)).toEqual(['M1X80', 'M2X90']);
    expect(parsed.occupations[0]).toEqual({ code: 'M1X80', label: 'Libellé M1X80', family: 'C', familyLabel: "Fonctions d'encadrement" });
    expect(parsed.basins).toEqual([
      { code: '2801', name: 'ROUEN', dep: '76', depName: 'Dép 76' },
      { code: '2817', name: 'CAEN', dep: '14', depName: 'Dép 14' },
    ]);
  });

  it('accepts the banking / insurance codes with a letter in second position', () => {
    expect(parseBmoCsv(csv(line('QAX01', '61', '2826', 'ALENCON', '5', '*', '5'))).rows[0]?.occupation).toBe('QAX01');
  });

  it('names the line and the column of a bad value', () => {
    const issues = errorsOf(csv(line('M2X90', '14', '2817', 'CAEN', '1', '1', '*'), line('M2X90', '76', '2801', 'ROUEN', 'abc', '1', '*')));
    expect(issues).toEqual(['Ligne 3 : valeur « abc » invalide pour met (entier ou « * » attendu)']);
  });

  it('counts lines inside quoted fields spanning several lines', () => {
    const multi = `2024,M2X90,"Libellé\nsur deux lignes",C,Fonctions,28,Normandie,14,Calvados,2817,CAEN,5,5,*`;
    const issues = errorsOf(csv(multi, line('M1X80', '14', '2817', 'CAEN', '5', 'x', '*')));
    expect(issues).toEqual(['Ligne 4 : valeur « x » invalide pour xmet (entier ou « * » attendu)']);
  });

  it('reports every problem at once', () => {
    const issues = errorsOf(
      csv(
        line('M2X9', '14', '2817', 'CAEN', '5', '5', '*'),
        line('M2X90', '99', '2817', 'CAEN', '5', '5', '*'),
        line('M2X90', '14', '2901', 'CAEN', '5', '5', '*'),
        line('M2X90', '14', '2817', 'CAEN', '5', '6', '*'),
        'trop,court',
        line('M1X80', '14', '2817', 'CAEN', '5', '5', '*', '2025'),
      ),
    );
    expect(issues).toEqual([
      'Ligne 2 : valeur « M2X9 » invalide pour Code métier BMO (code du type M2X90 attendu)',
      'Ligne 3 : valeur « 99 » invalide pour Dept (14, 27, 50, 61 ou 76 attendu)',
      'Ligne 4 : valeur « 2901 » invalide pour BE24 (code de bassin 28xx attendu)',
      'Ligne 5 : xmet (6) supérieur à met (5)',
      'Ligne 6 : 2 champ(s) au lieu de 14',
      'Ligne 7 : annee « 2025 » différente de celle de la ligne 2 (2024)',
    ]);
  });

  it('rejects duplicates and a basin attached to two departments', () => {
    const issues = errorsOf(
      csv(
        line('M2X90', '14', '2817', 'CAEN', '5', '5', '*'),
        line('M2X90', '14', '2817', 'CAEN', '6', '5', '*'),
        line('M1X80', '76', '2817', 'CAEN', '6', '5', '*'),
      ),
    );
    expect(issues).toEqual([
      'Ligne 3 : doublon métier M2X90 × bassin 2817 (déjà ligne 2)',
      'Ligne 4 : bassin 2817 « CAEN » (76) différent de la ligne 2 (« CAEN », 14)',
    ]);
  });

  it('rejects a header without a required column, and an empty file', () => {
    expect(errorsOf(HEADER.replace(',xmet', ',xmetX'))).toEqual(["Ligne 1 : colonne « xmet » absente de l'en-tête"]);
    expect(errorsOf(`${HEADER}\n`)).toEqual(['Fichier : aucune ligne de données']);
  });

  it('throws a readable message', () => {
    expect(() => parseBmoCsv(csv(line('M2X90', '14', '2817', 'CAEN', 'abc', '5', '*')))).toThrow(
      /Fichier BMO invalide \(1 erreur\(s\)\) :\nLigne 2 : valeur « abc » invalide pour met/,
    );
  });
});

describe('sums', () => {
  it('sumCells flags a lower bound as soon as one cell is secret', () => {
    expect(sumCells([1, 2, 3])).toEqual({ value: 6, lowerBound: false });
    expect(sumCells([10, S])).toEqual({ value: 10, lowerBound: true });
    expect(sumCells([S, S])).toEqual({ value: 0, lowerBound: true });
    expect(sumCells([])).toEqual({ value: 0, lowerBound: false });
  });

  it('sumRows filters by occupation, basin and department', () => {
    expect(sumRows(rows, 'met')).toEqual({ value: 275, lowerBound: true });
    expect(sumRows(rows, 'met', { occupations: ['M2X90'], deps: ['14'] })).toEqual({ value: 126, lowerBound: false });
    expect(sumRows(rows, 'met', { basins: ['2801', '2806'] })).toEqual({ value: 77, lowerBound: true });
    expect(sumRows(rows, 'smet', { occupations: ['M1X80'], basins: ['2817'] })).toEqual({ value: 10, lowerBound: false });
    expect(sumRows(rows, 'met', { occupations: [] })).toEqual({ value: 0, lowerBound: false });
  });

  it('groups by basin, department and occupation', () => {
    expect(sumByBasin(rows, 'met')).toEqual({
      '2801': { value: 77, lowerBound: false },
      '2806': { value: 0, lowerBound: true },
      '2817': { value: 198, lowerBound: false },
      '2826': { value: 0, lowerBound: true },
    });
    expect(sumByDepartment(rows, 'xmet', { occupations: ['M2X90'] })).toEqual({
      '14': { value: 74, lowerBound: false },
      '76': { value: 77, lowerBound: true },
    });
    expect(sumByOccupation(rows, 'met')).toEqual({
      M1X80: { value: 72, lowerBound: true },
      M2X90: { value: 203, lowerBound: true },
    });
  });
});

describe('shares', () => {
  it('is Missing when the denominator is secret or zero', () => {
    expect(share({ value: 0, lowerBound: true }, { value: 0, lowerBound: true }).value).toMatchObject({ missing: 'secret' });
    expect(share({ value: 0, lowerBound: false }, { value: 0, lowerBound: false }).value).toMatchObject({ missing: 'not-in-source' });
  });
  it('computes percentages and flags lower bounds', () => {
    expect(share({ value: 1, lowerBound: false }, { value: 4, lowerBound: false })).toEqual({ value: 25, lowerBoundAffected: false });
    expect(share({ value: 1, lowerBound: true }, { value: 4, lowerBound: false }).lowerBoundAffected).toBe(true);
    expect(share({ value: 1, lowerBound: false }, { value: 4, lowerBound: true }).lowerBoundAffected).toBe(true);
  });
  it('difficultShare and seasonalShare use xmet / met and smet / met', () => {
    const caen = difficultShare(rows, { occupations: ['M2X90'], basins: ['2817'] });
    expect(caen.value).toBeCloseTo((100 * 74) / 126, 10);
    expect(caen.lowerBoundAffected).toBe(false);
    expect(difficultShare(rows, { occupations: ['M2X90'] }).lowerBoundAffected).toBe(true);
    expect(seasonalShare(rows, { basins: ['2806'] }).value).toMatchObject({ missing: 'secret' });
    expect(seasonalShare(rows, { occupations: ['M1X80'], basins: ['2817'] }).value).toBeCloseTo((100 * 10) / 72, 10);
  });
});

describe('bounds and rounding', () => {
  it('a secret cell counts 0 to 4', () => {
    expect(rangeOf([77, S, S])).toEqual({ min: 77, max: 85 });
    expect(rangeOfRows(rows, 'met', { occupations: ['M2X90'] })).toEqual({ min: 203, max: 207 });
  });
  it('rounds to tens, halves up', () => {
    expect([0, 4, 5, 14, 15, 84, 85, 126, 265].map(roundToTens)).toEqual([0, 0, 10, 10, 20, 80, 90, 130, 270]);
    expect(roundedRange({ min: 77, max: 85 })).toEqual({ min: 80, max: 90 });
  });
  it('checkRounded tells exact, bound and mismatch apart', () => {
    expect(checkRounded(130, { min: 126, max: 126 })).toBe('exact');
    expect(checkRounded(120, { min: 126, max: 126 })).toBe('mismatch');
    expect(checkRounded(90, { min: 77, max: 85 })).toBe('bound');
    expect(checkRounded(100, { min: 77, max: 85 })).toBe('mismatch');
    expect(checkRounded(10, { min: 0, max: 4 })).toBe('mismatch');
    expect(checkRounded(85, { min: 85, max: 85 })).toBe('mismatch'); // not a multiple of ten
  });
  it('checkShare', () => {
    expect(checkShare(58.7, { min: 74, max: 74 }, { min: 126, max: 126 })).toBe('exact');
    expect(checkShare(60, { min: 74, max: 74 }, { min: 126, max: 126 })).toBe('mismatch');
    expect(checkShare(66.7, { min: 172, max: 192 }, { min: 254, max: 266 })).toBe('bound');
    expect(checkShare(90, { min: 172, max: 192 }, { min: 254, max: 266 })).toBe('mismatch');
  });
});

describe('study basin names', () => {
  it('maps the study names to BMO 2024 codes', () => {
    expect(basinsOfStudyName('Lillebonne')).toEqual(['2808']);
    expect(basinsOfStudyName('Vernon')).toEqual(['2812']);
    expect(basinsOfStudyName('Louviers')).toEqual(['2810']);
    expect(basinsOfStudyName('Coutances – St-Lô')).toEqual(['2824']);
    expect(basinsOfStudyName('Vernon-Louviers')).toEqual([]);
    expect(basinsOfStudyName('Dieppe')).toEqual([]);
  });
});
