import { describe, expect, it } from 'vitest';
import type { SheetMappingRow } from '../../data/schemas/jobMapping';
import { chartEvidence } from '../../charts/evidence';
import { slideRows } from '../../charts/slideScale';
import { certifications } from '../training/fixtures.test-data';
import { buildJobsDirectory, DIRECTORY_ID, regroup } from './directoryModel';
import { families, sheetsData } from './fixtures.test-data';

const mapping: SheetMappingRow[] = [
  {
    sheet: 'developpeur-web-mobile',
    title: 'Développeur web mobile',
    occupations: ['M2X91', 'M1X80'],
    fit: 'proche',
    occupationsReason: 'Développement informatique.',
    certifications: ['ingenieur-ia', 'developpeur-informatique', 'retiree'],
    certificationsReason: 'Titres de développeur.',
    pairing: 'editorial',
  },
  {
    sheet: 'ergonome',
    title: 'Ergonome',
    occupations: [],
    fit: 'pas-de-correspondance',
    occupationsReason: 'Aucun métier BMO ne le décrit.',
    certifications: [],
    certificationsReason: 'pas de correspondance.',
    pairing: 'editorial',
  },
];

const data = { sheets: sheetsData, families, mapping, certifications };
const all = { text: '', family: null, sort: 'order' as const };
const column = (model: ReturnType<typeof buildJobsDirectory>, key: string) => model.table.rows.map((row) => row[key]!.text);

describe('buildJobsDirectory', () => {
  it('is a chart model: one table row per job, in the list’s order (families in the document’s order), with its family', () => {
    const model = buildJobsDirectory(data, all, 'fr');
    expect(model.id).toBe(DIRECTORY_ID);
    expect(model.option).toBeNull();
    expect(model.title).toBe('Répertoire des métiers du cœur du numérique');
    expect(model.source).toBe(sheetsData.source.citation);
    expect(model.table.columns.map((entry) => entry.key)).toEqual(['job', 'family', 'access', 'courses', 'bmo', 'fit', 'rncp']);
    expect(column(model, 'job')).toEqual([
      'Développeur web mobile',
      'Architecte logiciel',
      'Directeur artistique',
      'Ergonome',
      'Ingénieur avant-vente',
      'Ingénieur commercial',
    ]);
    expect(model.jobs.map((job) => job.id)).toEqual(model.groups.flatMap((group) => group.jobs.map((job) => job.id)));
    expect(column(model, 'family').slice(0, 3)).toEqual([
      'Programmation et développement',
      'Programmation et développement',
      'Interfaces utilisateurs et créations numériques',
    ]);
    expect(model.summary).toBe('6 métiers affichés sur 6, en 3 familles, dont 1 sans fiche.');
  });

  it('gives each job its BMO codes and RNCP certifications with their codes, and says when there is none', () => {
    const model = buildJobsDirectory(data, all, 'fr');
    const developer = model.table.rows[0]!;
    expect(developer.bmo!.text).toBe('M2X91, M1X80');
    expect(developer.fit!.text).toBe('proche');
    // A certification without a paired code is named by its title; an id the certifications file lacks is left out.
    expect(developer.rncp!.text).toBe(
      'Ingénieur en sciences du numérique, majeure data science et intelligence artificielle (RNCP20812) ; Développeur informatique',
    );
    const ergonome = model.table.rows[3]!;
    expect([ergonome.bmo!.text, ergonome.fit!.text, ergonome.rncp!.text]).toEqual(['pas de correspondance', 'pas de correspondance', 'pas de correspondance']);
    // A sheet the mapping does not cover is not given codes it does not have.
    expect(model.table.rows[1]!.bmo!.text).toBe('pas de correspondance');
  });

  it('states the access level and the courses as the sheet does: words for a lower bound, never 0 for a job without a sheet', () => {
    const model = buildJobsDirectory(data, all, 'fr');
    const row = (id: string) => model.table.rows[model.jobs.findIndex((job) => job.id === id)]!;
    expect(row('architecte-logiciel').access!.text).toBe('Bac +5');
    expect(row('directeur-artistique').courses!.text).toBe('plus de 1\u202f000');
    expect(row('directeur-artistique').courses!.statement).toMatchObject({ kind: 'lower-bound', value: 1000, strict: true });
    const without = row('ingenieur-commercial');
    expect(without.access).toMatchObject({ text: 'Sans fiche', sort: null, flag: 'not-in-source' });
    expect(without.courses!.statement).toEqual({ kind: 'not-in-source' });
    expect(without.courses!.text).not.toMatch(/^0$/);
  });

  it('a code paired only by the layout of the study’s table is marked « * » and read as such by the evidence line', () => {
    const read = certifications.map((entry) => (entry.certification === 'ingenieur-ia' ? { ...entry, codePairing: 'reconstruit' as const } : entry));
    const model = buildJobsDirectory({ ...data, certifications: read }, all, 'fr');
    expect(model.table.rows[0]!.rncp).toMatchObject({ flag: 'read' });
    expect(model.table.rows[0]!.rncp!.text).toContain('(RNCP20812*)');
    expect(chartEvidence(model)).toContain('read');
  });

  it('follows the search and the family picker, table and list alike, in English too', () => {
    const model = buildJobsDirectory(data, { text: 'ergo', family: null, sort: 'order' }, 'en');
    expect(column(model, 'job')).toEqual(['Ergonome']);
    expect(model.groups.map((group) => group.family.id)).toEqual(['interfaces-creations-numeriques']);
    expect(model.summary).toBe('1 job shown of 6, in 1 family, 0 of them without a sheet.');
    expect(model.table.columns.map((entry) => entry.label)).toEqual([
      'Job',
      'Family',
      'Access level',
      'Continuing-education courses',
      'Matching BMO codes',
      'BMO match',
      'Matching RNCP certifications (code)',
    ]);
    const commerce = buildJobsDirectory(data, { text: '', family: 'commerce', sort: 'order' }, 'en');
    expect(column(commerce, 'job')).toEqual(['Ingénieur avant-vente', 'Ingénieur commercial']);
    const none = buildJobsDirectory(data, { text: 'zzzz', family: null, sort: 'order' }, 'fr');
    expect(none.table.rows).toEqual([]);
    expect(none.summary).toBe('Aucun métier ne correspond à cette recherche.');
  });

  it('a slide’s part of the list keeps its jobs under their families', () => {
    const model = buildJobsDirectory(data, all, 'fr');
    const part = slideRows(model.jobs, 1, 4);
    expect(part).toMatchObject({ parts: 2, first: 5, last: 6, total: 6 });
    expect(regroup(part.items, model.groups).map((group) => [group.family.id, group.jobs.map((job) => job.id)])).toEqual([
      ['commerce', ['ingenieur-avant-vente', 'ingenieur-commercial']],
    ]);
    const first = regroup(slideRows(model.jobs, 0, 4).items, model.groups);
    expect(first.map((group) => group.jobs.length)).toEqual([2, 2]);
  });
});
