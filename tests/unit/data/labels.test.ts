/**
 * English category names (#13, "the English version has no French left"):
 * every category label a data file carries has an English name, localising
 * changes only those names, and the English charts built from the real files
 * show none of the French sector, family or group names.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasEnglishLabel, labelIn, LOCALISED_FIELDS, localiseDataset } from '../../../src/data/labels';
import { datasets } from '../../../src/data/registry';
import { GROUP_LABELS, SECTOR_LABELS, SKILL_CATEGORY_LABELS } from '../../../src/data/schemas/study';
import { buildAdoptionBySector } from '../../../src/features/ai-adoption/buildAdoptionBySector';
import { buildDataPractices } from '../../../src/features/ai-adoption/buildDataPractices';
import { buildSkillsMatrix } from '../../../src/features/skills/buildSkillsMatrix';
import { buildEmploymentGrowth } from '../../../src/features/employment/employmentGrowth';
import { colon } from '../../../src/i18n/format';

const repo = resolve(__dirname, '../../..');
const load = (file: string) => JSON.parse(readFileSync(resolve(repo, 'data', file), 'utf8')) as { id: string; rows: Record<string, unknown>[] };

/** French names that must never reach an English chart (sectors, study groups, skill categories). */
const FRENCH = [...Object.values(SECTOR_LABELS), ...Object.values(GROUP_LABELS), ...Object.values(SKILL_CATEGORY_LABELS)].filter((label) => labelIn(label, 'en') !== label);
const frenchIn = (model: unknown) => {
  const text = JSON.stringify(model);
  return FRENCH.filter((label) => text.includes(JSON.stringify(label).slice(1, -1)));
};

describe('English category names', () => {
  it('every category label of every data file has an English name', () => {
    const missing: string[] = [];
    for (const definition of Object.values(datasets)) {
      const data = load(definition.file);
      for (const row of data.rows) {
        const fields: string[] = [...LOCALISED_FIELDS, ...(data.id === 'job-families' ? ['label'] : [])];
        for (const field of fields) {
          const value = row[field];
          if (typeof value === 'string' && !hasEnglishLabel(value)) missing.push(`${definition.file} ${field}: ${value}`);
        }
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('localising changes names only: codes, values and notes stay as the file has them', () => {
    const data = load('study/ai-adoption-by-sector.json');
    const english = localiseDataset(data, 'en');
    expect(localiseDataset(data, 'fr')).toBe(data);
    expect(english.rows.map((row) => [row.sector, row.year, row.area, row.value, row.note])).toEqual(data.rows.map((row) => [row.sector, row.year, row.area, row.value, row.note]));
    expect(english.rows.find((row) => row.sector === 'numerique')?.sectorLabel).toBe('Digital');
    expect(labelIn('Numérique', 'fr')).toBe('Numérique');
    expect(labelIn('Un nom propre de la source', 'en')).toBe('Un nom propre de la source');
  });

  it('the AI sector charts in English name every sector in English (axis, table, summary, highlight)', () => {
    const data = localiseDataset(load('study/ai-adoption-by-sector.json'), 'en') as never;
    for (const sector of [null, 'numerique', 'industrie']) {
      const adoption = buildAdoptionBySector(data, { sector, year: null }, 'en');
      const exchange = buildDataPractices(data, 'data-exchange', { sector, year: null }, 'en');
      const analytics = buildDataPractices(data, 'decision-analytics', { sector, year: null }, 'en');
      for (const model of [adoption, exchange, analytics]) {
        // Axis labels are formatted by a function: run it on every category.
        const axis = (model.option as { yAxis: { data: string[]; axisLabel: { formatter: (code: string) => string } } }).yAxis;
        const ticks = axis.data.map((code) => axis.axisLabel.formatter(code));
        expect(frenchIn({ ticks, table: model.table, summary: model.summary, highlight: model.highlight })).toEqual([]);
      }
      expect(JSON.stringify(adoption.table)).toContain('Digital');
    }
    // The French page keeps the study's names.
    expect(JSON.stringify(buildAdoptionBySector(load('study/ai-adoption-by-sector.json') as never, { sector: null, year: null }, 'fr').table)).toContain('Numérique');
  });

  it('the skills matrix and the employment chart in English use English category and group names', () => {
    const skills = buildSkillsMatrix(localiseDataset(load('study/skills-matrix.json'), 'en') as never, 'en');
    const axis = (skills.option as { yAxis: { data: string[]; axisLabel: { formatter: (code: string) => string } } }).yAxis;
    expect(frenchIn(axis.data.map((code) => axis.axisLabel.formatter(code)))).toEqual([]);
    expect(axis.data.map((code) => axis.axisLabel.formatter(code)).join('\n')).toContain('Technical skills');
    const growth = buildEmploymentGrowth(localiseDataset(load('study/employment-growth.json'), 'en') as never, { occupation: 'informatique' }, 'en');
    expect(frenchIn({ table: growth.table, summary: growth.summary, option: growth.option })).toEqual([]);
  });

  it('a label and its value are joined the French way in French only', () => {
    expect(`Secteur${colon('fr')}Numérique`).toBe('Secteur : Numérique');
    expect(`Sector${colon('en')}Digital`).toBe('Sector: Digital');
  });
});
