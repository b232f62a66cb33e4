/**
 * The study's RNCP table, joined and searchable. The study prints it in three
 * blocks whose columns were extracted separately, so most certifications are
 * not paired with a code or an establishment: such rows say so instead of
 * guessing, and unpaired establishments get their own rows so none is lost.
 */
import type { TableCell, TableModel } from '../../charts/model';
import { READ_MARKER } from '../../charts/valueStatement';
import { isMissing } from '../../data/contract';
import type { RncpCertificationsRow, RncpEstablishmentsRow } from '../../data/schemas/study';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import type { DepartmentCode } from '../../state/territories';
import { departmentLabel } from '../../state/territories';
import { matchesTerms, searchIndex, searchTerms } from '../../ui/search';
import '../../i18n/messages/training';

export const RNCP_TABLE_ID = 'rncp-certifications';
export const RNCP_LEVELS = [4, 5, 6, 7] as const;
export type RncpLevelFilter = 'all' | `${(typeof RNCP_LEVELS)[number]}`;

export interface RncpEntry {
  key: string;
  segment: 1 | 2 | 3;
  certification: RncpCertificationsRow | null;
  establishment: RncpEstablishmentsRow | null;
  /** Levels the row may have: one when known, the candidates when ambiguous, the block's levels for an unpaired establishment. */
  levels: number[];
  search: string;
}

export interface RncpQuery {
  text: string;
  level: RncpLevelFilter;
  dep: DepartmentCode | null;
}

function certificationLevels(row: RncpCertificationsRow): number[] {
  if (!isMissing(row.level)) return [row.level];
  return [...(row.level.candidates ?? [])].sort();
}

function index(certification: RncpCertificationsRow | null, establishment: RncpEstablishmentsRow | null): string {
  return searchIndex([
    certification?.title,
    ...(certification?.parcours ?? []),
    certification?.code,
    ...(certification?.codeCandidates ?? []),
    establishment?.name,
    establishment?.town,
    establishment?.departmentLabel,
  ]);
}

export function joinRncp(certifications: readonly RncpCertificationsRow[], establishments: readonly RncpEstablishmentsRow[]): RncpEntry[] {
  // One establishment id can be printed in two blocks (a lycée offering courses of both): pair within the block first.
  const establishmentKey = (row: RncpEstablishmentsRow) => `${row.segment}:${row.establishment}`;
  const find = (id: string, segment: number) =>
    establishments.find((row) => row.establishment === id && row.segment === segment) ?? establishments.find((row) => row.establishment === id);
  const paired = new Set<string>();
  const entries: RncpEntry[] = [];

  for (const segment of [1, 2, 3] as const) {
    const blockCertifications = certifications.filter((row) => row.segment === segment);
    const blockLevels = [...new Set(blockCertifications.flatMap(certificationLevels))].sort();
    for (const certification of blockCertifications) {
      const linked = certification.establishments.map((id) => find(id, segment)).filter((row): row is RncpEstablishmentsRow => Boolean(row));
      if (linked.length === 0) {
        entries.push({
          key: certification.certification,
          segment,
          certification,
          establishment: null,
          levels: certificationLevels(certification),
          search: index(certification, null),
        });
      }
      for (const establishment of linked) {
        paired.add(establishmentKey(establishment));
        entries.push({
          key: `${certification.certification}@${establishment.establishment}`,
          segment,
          certification,
          establishment,
          levels: certificationLevels(certification),
          search: index(certification, establishment),
        });
      }
    }
    for (const establishment of establishments.filter((row) => row.segment === segment && !paired.has(establishmentKey(row)))) {
      entries.push({
        key: `@${establishmentKey(establishment)}`,
        segment,
        certification: null,
        establishment,
        levels: blockLevels,
        search: index(null, establishment),
      });
    }
  }
  return entries;
}

/**
 * Text, level and department narrow the list. A filter only removes rows
 * where the value is known not to match: a row whose department or level is
 * unknown cannot be ruled out, so it stays (flagged in the table).
 */
export function filterRncp(entries: readonly RncpEntry[], query: RncpQuery): RncpEntry[] {
  const terms = searchTerms(query.text);
  return entries.filter((entry) => {
    if (!matchesTerms(entry.search, terms)) return false;
    if (query.level !== 'all' && entry.levels.length > 0 && !entry.levels.includes(Number(query.level))) return false;
    if (query.dep && entry.establishment && entry.establishment.departmentCode !== query.dep) return false;
    return true;
  });
}

/** The table a reader sees; the rows' reading remarks are in the section's « Méthode et sources » panel (#13). */
export function buildRncpTable(entries: readonly RncpEntry[], lang: Language): TableModel {
  const t = translator(lang);
  const unpaired = (text: string): TableCell => ({ text, sort: null, flag: 'not-in-source' });
  // Issue #13: a pairing the text gives only by its layout (« reconstruit ») is `read`, marked « * ».
  const reconstructed = (pairing: string | undefined) => (pairing === 'reconstruit' ? ('read' as const) : undefined);
  const marked = (cell: TableCell): TableCell => (cell.flag === 'read' ? { ...cell, text: `${cell.text}${READ_MARKER}` } : cell);

  return {
    columns: [
      { key: 'title', label: t('training.rncpColTitle'), kind: 'text' },
      { key: 'code', label: t('training.rncpColCode'), kind: 'text' },
      { key: 'level', label: t('training.rncpColLevel'), kind: 'count' },
      { key: 'department', label: t('training.rncpColDepartment'), kind: 'text' },
      { key: 'establishment', label: t('training.rncpColEstablishment'), kind: 'text' },
      { key: 'town', label: t('training.rncpColTown'), kind: 'text' },
    ],
    rows: entries.map((entry) => {
      const { certification, establishment } = entry;
      const levels = entry.levels;
      const title = certification
        ? certification.parcours.length > 0
          ? `${certification.title} — ${certification.parcours.join(' ; ')}`
          : certification.title
        : null;
      const levelCell: TableCell =
        levels.length === 0
          ? unpaired(t('training.rncpLevelUnknown'))
          : levels.length === 1
            ? certification
              ? { text: String(levels[0]), sort: levels[0]! }
              : // An establishment not paired with its certification: every certification of its block has this level, so it holds whatever the pairing (proved, not read).
                { text: String(levels[0]), sort: levels[0]!, statement: { kind: 'number', value: levels[0]!, evidence: 'proved' } }
            : { text: t('training.rncpLevelAmbiguous', { levels: levels.join(lang === 'fr' ? ' ou ' : ' or ') }), sort: levels[0]!, flag: 'ambiguous' };
      const pairingFlag = certification && establishment ? reconstructed(certification.establishmentPairing) : undefined;
      return {
        title: title ? { text: title, sort: title } : unpaired(t('training.rncpUnpairedEstablishment', { segment: entry.segment })),
        code: certification?.code
          ? marked({ text: certification.code, sort: certification.code, flag: reconstructed(certification.codePairing) })
          : unpaired(t('training.rncpCodeCandidates', { segment: entry.segment })),
        level: levelCell,
        department: establishment
          ? marked({ text: departmentLabel(establishment.departmentCode), sort: departmentLabel(establishment.departmentCode), flag: pairingFlag })
          : unpaired(t('training.rncpUnknown')),
        establishment: establishment ? marked({ text: establishment.name, sort: establishment.name, flag: pairingFlag }) : unpaired(t('training.rncpUnpaired')),
        town: establishment ? marked({ text: establishment.town, sort: establishment.town, flag: pairingFlag }) : unpaired(t('training.rncpUnknown')),
      };
    }),
  };
}

/** Caveats under the table: how pairing works, each block's unpaired codes, what the filters keep. */
export function rncpNotes(certifications: readonly RncpCertificationsRow[], query: RncpQuery, lang: Language): string[] {
  const t = translator(lang);
  const notes = [t('training.rncpPairingNote')];
  for (const segment of [1, 2, 3] as const) {
    const codes = [...new Set(certifications.filter((row) => row.segment === segment).flatMap((row) => row.codeCandidates))].sort();
    if (codes.length > 0) notes.push(t('training.rncpBlockCodes', { segment, codes: codes.join(', ') }));
  }
  if (query.level !== 'all') notes.push(t('training.rncpAmbiguousLevelFilter'));
  if (query.dep) notes.push(t('training.rncpDepKeepsUnknown', { dep: departmentLabel(query.dep) }));
  return notes;
}
