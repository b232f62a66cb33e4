/**
 * Issue #13, « an analyst opens an exported CSV in pandas with numbers as numbers »: the CSVs the dashboard's
 * « Exporter → Tableau CSV » writes (same builders, same real data files, same French or English labels) are
 * read back by pandas exactly as docs/sharing.md tells an analyst to:
 *
 *   pd.read_csv(path, sep=';', decimal=',', skiprows=7, encoding='utf-8-sig')
 *
 * and must give numeric value and lower-bound columns, statuses (`secret`, `lower-bound`, `read`, …) in their own
 * text columns, the headers the app wrote (no column pandas renames), and the builders' numbers.
 * Runs when `python3` with pandas is installed (Debian: `apt-get install python3-pandas`); says it is skipped otherwise.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCsv, cellFields, csvLabels, tableRows } from '../../../src/charts/export/csv';
import type { ChartModel } from '../../../src/charts/model';
import { translator } from '../../../src/i18n/i18n';
import { DEFAULT_FILTERS, type Language } from '../../../src/state/filters';
import '../../../src/i18n/messages/recruitment';
import '../../../src/i18n/messages/ai';

/** The call docs/sharing.md documents, verbatim. */
const PANDAS_CALL = "pd.read_csv(path, sep=';', decimal=',', skiprows=7, encoding='utf-8-sig')";

const PANDAS_SCRIPT = `
import json, sys
import pandas as pd
out = []
for path in sys.argv[1:]:
    df = ${PANDAS_CALL}
    out.append({
        'columns': [str(c) for c in df.columns],
        'dtypes': [str(t) for t in df.dtypes],
        'rows': df.astype(object).where(df.notna(), None).values.tolist(),
    })
print(json.dumps(out, ensure_ascii=False, default=float))
`;

/** The first interpreter with pandas: `$PYTHON` if set, `python3` on the path, then Debian's own (a pyenv shim may hide it). */
function findPandas(): { python: string; version: string } | null {
  const candidates = [...(process.env.PYTHON ? [process.env.PYTHON] : []), 'python3', '/usr/bin/python3'];
  for (const python of candidates) {
    const probe = spawnSync(python, ['-c', 'import pandas; print(pandas.__version__)'], { encoding: 'utf8' });
    if (probe.status === 0) return { python, version: probe.stdout.trim() };
  }
  return null;
}

const pandas = findPandas();
const version = pandas?.version;
const SKIPPED = 'SKIPPED: python3 with pandas not found (apt-get install python3-pandas)';
if (!version) console.warn(`csvPandas.test.ts ${SKIPPED}`);

const DATA = resolve(process.cwd(), 'data');
const data = (path: string) => JSON.parse(readFileSync(resolve(DATA, path), 'utf8')) as never;

interface PandasTable {
  columns: string[];
  dtypes: string[];
  rows: (string | number | null)[][];
}

/** Every status the export writes (docs/sharing.md). */
const STATUS = /^(exact|proved|read|lower-bound|more-than|approximate|derived:[a-z-]+|range|secret|not-in-source|undefined-share|not-applicable|ambiguous(:[-\d.|]+)?)$/;

async function charts(lang: Language): Promise<ChartModel[]> {
  const { buildRecruitmentMap } = await import('../../../src/features/recruitment/buildRecruitmentMap');
  const { buildDepartmentChart } = await import('../../../src/features/recruitment/buildDepartmentChart');
  const { buildNormandyFrance } = await import('../../../src/features/recruitment/buildNormandyFrance');
  const { buildAdoptionBySector } = await import('../../../src/features/ai-adoption/buildAdoptionBySector');
  const { buildAiUses } = await import('../../../src/features/ai-adoption/buildAiUses');
  const rows = data('bmo/bmo-2024-normandie.json') as { rows: never; source: { citation: string } };
  const occupations = data('bmo/bmo-2024-occupations.json') as { rows: never };
  const recruitment = { rows: rows.rows, occupations: occupations.rows, source: rows.source };
  const national = data('bmo/bmo-2024-france.json') as { rows: never; source: { citation: string } };
  return [
    // Seasonal projects: most cells secret, sums around them lower bounds, shares approximate.
    buildRecruitmentMap(recruitment, { occupation: 'informatique', measure: 'saisonniers' }, lang).model,
    buildRecruitmentMap(recruitment, { occupation: 'informatique', measure: 'projets' }, lang).model,
    // The study's figures per department next to the open data, their sum marked derived.
    buildDepartmentChart(recruitment, data('bmo/bmo-study-by-department.json'), { occupation: 'informatique', dep: null }, lang),
    buildNormandyFrance({ ...recruitment, national: national.rows, source: national.source }, { occupation: 'M2X90' }, lang),
    // Shares only read from the layout of the extracted text (« * »), and unsettled ones with their candidates.
    buildAdoptionBySector(data('study/ai-adoption-by-sector.json'), DEFAULT_FILTERS, lang),
    buildAiUses(data('study/ai-uses.json'), DEFAULT_FILTERS, lang),
  ];
}

function readWithPandas(csvs: string[]): PandasTable[] {
  const dir = mkdtempSync(join(tmpdir(), 'csv-pandas-'));
  try {
    const paths = csvs.map((csv, index) => {
      const path = join(dir, `export-${index}.csv`);
      writeFileSync(path, csv, 'utf8');
      return path;
    });
    const run = spawnSync(pandas!.python, ['-c', PANDAS_SCRIPT, ...paths], { encoding: 'utf8', env: { ...process.env, PYTHONIOENCODING: 'utf-8' } });
    if (run.status !== 0) throw new Error(`pandas failed: ${run.stderr}`);
    return JSON.parse(run.stdout) as PandasTable[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!version)(version ? `pandas ${version} (${pandas?.python}) reads the exported CSVs (${PANDAS_CALL})` : `pandas reads the exported CSVs — ${SKIPPED}`, () => {
  it.each(['fr', 'en'] as const)('numbers as numbers, statuses in their own column, every value the chart states (%s)', async (lang) => {
    const labels = csvLabels(translator(lang));
    const models = await charts(lang);
    const context = { url: 'https://example.org/observatoire/recrutements/', date: '2026-12-01', labels };
    const tables = readWithPandas(models.map((model) => buildCsv(model, context)));
    const seen = new Set<string>();

    models.forEach((model, index) => {
      const table = tables[index]!;
      // The app's own header row, untouched: no column pandas had to rename (« X.1 ») or read as a data row.
      expect(table.columns, model.id).toEqual(tableRows(model.table, labels)[0]);
      expect(table.rows, model.id).toHaveLength(model.table.rows.length);
      const column = (name: string) => table.columns.indexOf(name);
      for (const tableColumn of model.table.columns) {
        if (tableColumn.kind === 'text') {
          expect(table.dtypes[column(tableColumn.label)], `${model.id} ${tableColumn.label}`).toMatch(/^(object|str|string)$/);
          continue;
        }
        const label = tableColumn.kind === 'count' ? tableColumn.label : `${tableColumn.label} (%)`;
        const [value, lowerBound, status] = [label, labels.lowerBoundColumn(label), labels.statusColumn(label)].map(column);
        // Value and lower bound: float or integer columns (empty where the source gives no figure), never text.
        expect(table.dtypes[value!], `${model.id} ${label}`).toMatch(/^(float64|int64)$/);
        expect(table.dtypes[lowerBound!], `${model.id} ${label} lower bound`).toMatch(/^(float64|int64)$/);
        model.table.rows.forEach((row, rowIndex) => {
          const fields = cellFields(row[tableColumn.key]);
          const read = table.rows[rowIndex]!;
          const where = `${model.id} row ${rowIndex} ${label}`;
          if (fields.value === null) expect(read[value!], where).toBeNull();
          else expect(read[value!], where).toBeCloseTo(fields.value, 4);
          if (fields.lowerBound === null) expect(read[lowerBound!], where).toBeNull();
          else expect(read[lowerBound!], where).toBeCloseTo(fields.lowerBound, 4);
          const readStatus = read[status!];
          if (fields.status === '') expect(readStatus, where).toBeNull();
          else {
            expect(readStatus, where).toBe(fields.status);
            expect(readStatus, where).toMatch(STATUS);
            seen.add(String(readStatus).split(':')[0]!);
          }
          // A secret value is never a number, and never 0.
          if (readStatus === 'secret') expect([read[value!], read[lowerBound!]], where).toEqual([null, null]);
        });
      }
    });
    // The fixtures above do hold what the CSV must keep apart from numbers.
    for (const status of ['exact', 'secret', 'lower-bound', 'approximate', 'derived', 'read', 'ambiguous']) expect([...seen], status).toContain(status);
  });

  it('reads the basin, department and occupation codes into their own columns', async () => {
    const labels = csvLabels(translator('fr'));
    const [map] = await charts('fr');
    const [table] = readWithPandas([buildCsv(map!, { url: 'https://example.org/', date: '2026-12-01', labels })]);
    const rouen = table!.rows.find((row) => row[table!.columns.indexOf('Bassin d’emploi')] === 'Rouen')!;
    expect(String(rouen[table!.columns.indexOf('Bassin d’emploi — code')])).toBe('2801');
    expect(String(rouen[table!.columns.indexOf('Département — code')])).toBe('76');
  });
});
