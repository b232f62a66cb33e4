import { certifications, establishments } from './fixtures.test-data';
import { buildRncpTable, filterRncp, joinRncp, rncpNotes, type RncpQuery } from './rncp';

const entries = joinRncp(certifications, establishments);
const all: RncpQuery = { text: '', level: 'all', dep: null };
const titles = (rows: ReturnType<typeof filterRncp>) =>
  rows.map((entry) => `${entry.certification?.certification ?? '∅'}@${entry.establishment?.establishment ?? '∅'}`);

describe('joinRncp', () => {
  it('keeps every certification and every establishment, paired only where the data pairs them', () => {
    expect(titles(entries)).toEqual([
      'master-data@∅',
      '∅@universite-caen',
      'ingenieur-ia@esigelec',
      'developpeur-informatique@∅',
      'bts-ciel@lycee-modeste-leroy',
      'bts-ciel@lycee-chataigneraie',
      'bac-pro-ciel@∅',
      // Printed in two blocks: paired in block 2, still listed as unpaired in block 3.
      '∅@lycee-chataigneraie',
    ]);
  });

  it('gives an unpaired establishment the levels of its block', () => {
    expect(entries.find((entry) => entry.key === '@1:universite-caen')!.levels).toEqual([7]);
    expect(entries.find((entry) => entry.certification?.certification === 'developpeur-informatique')!.levels).toEqual([5, 6]);
  });
});

describe('filterRncp', () => {
  it('searches without accents or case, on every word', () => {
    expect(titles(filterRncp(entries, { ...all, text: 'evreux' }))).toEqual(['bts-ciel@lycee-modeste-leroy']);
    expect(titles(filterRncp(entries, { ...all, text: 'DEVELOPPEUR informatique' }))).toEqual(['developpeur-informatique@∅']);
    expect(filterRncp(entries, { ...all, text: 'developpeur rouen' })).toEqual([]);
  });

  it('finds a certification by its code, and an unpaired one by the codes of its block', () => {
    expect(titles(filterRncp(entries, { ...all, text: 'rncp20812' }))).toEqual(['ingenieur-ia@esigelec']);
    expect(titles(filterRncp(entries, { ...all, text: 'RNCP34126' }))).toEqual(['master-data@∅']);
  });

  it('keeps, for a level, the rows that may have it', () => {
    expect(titles(filterRncp(entries, { ...all, level: '5' }))).toEqual([
      'developpeur-informatique@∅',
      'bts-ciel@lycee-modeste-leroy',
      'bts-ciel@lycee-chataigneraie',
    ]);
    expect(titles(filterRncp(entries, { ...all, level: '4' }))).toEqual(['bac-pro-ciel@∅', '∅@lycee-chataigneraie']);
  });

  it('narrows to a department where the department is known, and keeps rows whose establishment is unknown', () => {
    const eure = filterRncp(entries, { ...all, dep: '27' });
    expect(titles(eure)).toEqual(['master-data@∅', 'developpeur-informatique@∅', 'bts-ciel@lycee-modeste-leroy', 'bac-pro-ciel@∅']);
    expect(eure.every((entry) => !entry.establishment || entry.establishment.departmentCode === '27')).toBe(true);
    expect(filterRncp(entries, { ...all, dep: '61' }).some((entry) => entry.establishment)).toBe(false);
  });
});

describe('buildRncpTable', () => {
  const table = buildRncpTable(entries, 'fr');
  const row = (index: number) => table.rows[index]!;

  it('has the columns a reader needs, the certification as row header', () => {
    expect(table.columns.map((column) => column.key)).toEqual(['title', 'code', 'level', 'department', 'establishment', 'town']);
  });

  it('says « Non précisé » in public words rather than guessing a code or an establishment, and shows no extraction remark', () => {
    expect(row(0).code).toMatchObject({ text: 'Non précisé', sort: null, flag: 'not-in-source' });
    expect(row(0).establishment).toMatchObject({ text: 'Non précisé', flag: 'not-in-source' });
    expect(row(1).title).toMatchObject({ text: 'Formation non précisée', flag: 'not-in-source' });
    expect(JSON.stringify(buildRncpTable(entries, 'fr'))).not.toMatch(/bloc \d|apparié|imprimés dans le bloc/u);
  });

  it('marks pairings only read from the layout with « * » and ambiguous levels as uncertain', () => {
    expect(row(2).code).toEqual({ text: 'RNCP20812', sort: 'RNCP20812', flag: undefined });
    expect(row(2).establishment).toMatchObject({ text: 'ESIGELEC*', flag: 'read' });
    expect(row(2).department!.text).toBe('Seine-Maritime*');
    expect(row(3).level).toEqual({ text: '5 ou 6 (incertain)', sort: 5, flag: 'ambiguous' });
  });

  it('an establishment not paired with its certification has its block’s only level, proved whatever the pairing (no « * »)', () => {
    const table = buildRncpTable(entries, 'fr');
    const index = entries.findIndex((entry) => entry.key === '@1:universite-caen');
    expect(table.rows[index]!.level).toEqual({ text: '7', sort: 7, statement: { kind: 'number', value: 7, evidence: 'proved' } });
  });
});

describe('rncpNotes', () => {
  it('lists each block’s unpaired codes and explains what the filters keep', () => {
    const notes = rncpNotes(certifications, { text: '', level: '5', dep: '14' }, 'fr');
    expect(notes).toContain(
      'Codes RNCP que l’étude imprime pour le groupe 1 de son tableau, sans dire à quelle formation chacun se rapporte : RNCP34126, RNCP39278.',
    );
    expect(notes).toContain('Filtre « Calvados » : les lignes dont l’établissement (donc le département) n’est pas connu restent affichées.');
    expect(notes.some((note) => note.startsWith('Le filtre de niveau'))).toBe(true);
  });
});
