import { measureCell } from './cells';
import { tableRows } from './export/csv';
import { chartEvidence } from './evidence';
import type { TableModel } from './model';
import { fromMeasure, statementCell, statementFields, statementText } from './valueStatement';

const labels = {
  lowerBoundColumn: (c: string) => `${c} — borne basse`,
  statusColumn: (c: string) => `${c} — statut`,
  codeColumn: (c: string) => `${c} — code`,
};

describe('two-level confidence in every statement about a value (#13)', () => {
  it('a number only read from the layout is marked « * » in labels, tooltips and tables, in both languages; a proved one reads as a number', () => {
    const read = fromMeasure(12.5, 'read');
    expect(read).toEqual({ kind: 'number', value: 12.5, evidence: 'read' });
    expect(statementText(read, 'percent', 'fr', { terse: true })).toBe('12,5\u00a0%*');
    expect(statementText(read, 'percent', 'fr')).toBe('12,5\u00a0%* (lu dans la mise en page du texte, non prouvé)');
    expect(statementText(read, 'percent', 'en')).toBe('12.5%* (read from the text’s layout, not proved)');
    expect(statementCell(read, 'percent', 'fr', { terse: true })).toMatchObject({ text: '12,5\u00a0%*', sort: 12.5, flag: 'read' });
    const proved = fromMeasure(130, 'proved');
    expect(statementText(proved, 'count', 'fr')).toBe('130');
    expect(statementCell(proved, 'count', 'fr').flag).toBeUndefined();
    // A certain value, or one without a level, is a plain number.
    expect(fromMeasure(3.5, 'certain')).toEqual({ kind: 'number', value: 3.5 });
    // The level never turns a typed Missing into a number.
    expect(fromMeasure({ missing: 'ambiguous', candidates: [2.7, 2] }, 'ambiguous')).toEqual({ kind: 'ambiguous', candidates: [2.7, 2] });
  });

  it('the CSV keeps the raw number and says in its status column how it was paired', () => {
    expect(statementFields(fromMeasure(12.5, 'read'))).toEqual({ value: 12.5, lowerBound: null, status: 'read' });
    expect(statementFields(fromMeasure(130, 'proved'))).toEqual({ value: 130, lowerBound: null, status: 'proved' });
    expect(statementFields(fromMeasure(3.5))).toEqual({ value: 3.5, lowerBound: null, status: 'exact' });
    const table: TableModel = {
      columns: [
        { key: 'sector', label: 'Secteur', kind: 'text' },
        { key: 'share', label: 'Part', kind: 'percent' },
      ],
      rows: [
        { sector: { text: 'Industrie', sort: 'Industrie' }, share: measureCell(13.4, 'percent', 'fr', undefined, 'read') },
        { sector: { text: 'Ensemble', sort: 'Ensemble' }, share: measureCell(11.6, 'percent', 'fr', undefined, 'certain') },
      ],
    };
    expect(tableRows(table, labels)).toEqual([
      ['Secteur', 'Part (%)', 'Part (%) — borne basse', 'Part (%) — statut'],
      ['Industrie', '13,4', '', 'read'],
      ['Ensemble', '11,6', '', 'exact'],
    ]);
  });

  it('a chart says which kinds of evidence it rests on, strongest first, from what it states', () => {
    const cell = (confidence?: 'certain' | 'proved' | 'read') => ({ v: measureCell(10, 'count', 'fr', undefined, confidence) });
    const table = (rows: TableModel['rows']): TableModel => ({ columns: [{ key: 'v', label: 'V', kind: 'count' }], rows });
    expect(chartEvidence({ table: table([cell(), cell('certain')]) })).toEqual(['certain']);
    expect(chartEvidence({ table: table([cell('read'), cell('proved'), cell()]) })).toEqual(['certain', 'proved', 'read']);
    expect(
      chartEvidence({
        table: table([
          { v: statementCell({ kind: 'ambiguous', candidates: [1, 2] }, 'count', 'fr') },
          { v: statementCell({ kind: 'approximate', value: 3 }, 'count', 'fr') },
        ]),
      }),
    ).toEqual(['ambiguous', 'computed']);
    // A table of text alone (no value) says nothing; a text cell flagged as read counts.
    expect(chartEvidence({ table: { columns: [{ key: 't', label: 'T', kind: 'text' }], rows: [{ t: { text: 'Caen', sort: 'Caen' } }] } })).toEqual([]);
    expect(
      chartEvidence({ table: { columns: [{ key: 't', label: 'T', kind: 'text' }], rows: [{ t: { text: 'Caen*', sort: 'Caen', flag: 'read' } }] } }),
    ).toEqual(['read']);
  });
});
