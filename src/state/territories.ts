/**
 * Normandy's departments and BMO 2024 employment basins (France Travail zoning,
 * codes BE24). Kept as constants because the URL is validated before any data
 * file has loaded; `tests/unit/state/territories.test.ts` checks them against
 * `data/geo/basins.json` so the two cannot drift apart.
 */
export const DEPARTMENTS = [
  { code: '14', label: 'Calvados' },
  { code: '27', label: 'Eure' },
  { code: '50', label: 'Manche' },
  { code: '61', label: 'Orne' },
  { code: '76', label: 'Seine-Maritime' },
] as const;

export type DepartmentCode = (typeof DEPARTMENTS)[number]['code'];

export const BASINS = [
  { code: '2801', label: 'Rouen', dep: '76' },
  { code: '2802', label: 'Pays de Caux', dep: '76' },
  { code: '2803', label: 'Caux Maritime', dep: '76' },
  { code: '2804', label: 'Le Tréport', dep: '76' },
  { code: '2805', label: 'Forges-les-Eaux', dep: '76' },
  { code: '2806', label: 'Le Havre', dep: '76' },
  { code: '2807', label: 'Fécamp', dep: '76' },
  { code: '2808', label: 'Bolbec', dep: '76' },
  { code: '2809', label: 'Elbeuf', dep: '76' },
  { code: '2810', label: 'Louviers', dep: '27' },
  { code: '2811', label: 'Évreux', dep: '27' },
  { code: '2812', label: 'Vernon', dep: '27' },
  { code: '2813', label: 'Bernay', dep: '27' },
  { code: '2814', label: 'Pont-Audemer', dep: '27' },
  { code: '2816', label: 'Gisors', dep: '27' },
  { code: '2817', label: 'Caen', dep: '14' },
  { code: '2818', label: 'Bayeux', dep: '14' },
  { code: '2819', label: 'Falaise', dep: '14' },
  { code: '2820', label: 'Lisieux', dep: '14' },
  { code: '2821', label: 'Vire', dep: '14' },
  { code: '2822', label: 'Nord Cotentin', dep: '50' },
  { code: '2823', label: 'Sud Manche', dep: '50' },
  { code: '2824', label: 'Saint-Lô Coutances', dep: '50' },
  { code: '2825', label: 'Flers', dep: '61' },
  { code: '2826', label: 'Alençon', dep: '61' },
  { code: '2827', label: 'Argentan', dep: '61' },
  { code: '2828', label: "Mortagne L'Aigle", dep: '61' },
] as const satisfies readonly { code: string; label: string; dep: DepartmentCode }[];

export type BasinCode = (typeof BASINS)[number]['code'];

const basinByCode = new Map<string, (typeof BASINS)[number]>(BASINS.map((b) => [b.code, b]));
const departmentByCode = new Map<string, (typeof DEPARTMENTS)[number]>(DEPARTMENTS.map((d) => [d.code, d]));

export function isBasinCode(value: string): value is BasinCode {
  return basinByCode.has(value);
}
export function isDepartmentCode(value: string): value is DepartmentCode {
  return departmentByCode.has(value);
}
export function basinLabel(code: string): string {
  return basinByCode.get(code)?.label ?? code;
}
export function basinDepartment(code: BasinCode): DepartmentCode {
  return basinByCode.get(code)!.dep;
}
export function departmentLabel(code: string): string {
  return departmentByCode.get(code)?.label ?? code;
}
