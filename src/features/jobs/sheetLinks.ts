/**
 * What a job sheet links to (issue #14 item 5): its BMO occupations (a link
 * that sets the occupation filter in Recrutements) and the study's RNCP
 * certifications that train for it, each list with the editorial reasoning
 * of data/jobs/sheet-bmo-mapping.json; « pas de correspondance » when empty.
 */
import type { BmoOccupation } from '../../data/schemas/bmo';
import type { SheetMappingRow } from '../../data/schemas/jobMapping';
import type { RncpCertificationsRow } from '../../data/schemas/study';
import { isMissing } from '../../data/contract';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import '../../i18n/messages/jobs';

export interface SheetLinks {
  occupations: { code: string; label: string }[];
  fit: SheetMappingRow['fit'];
  occupationsReason: string;
  certifications: { id: string; title: string; level: string }[];
  certificationsReason: string;
}

export function sheetLinks(
  sheet: string,
  data: { mapping: readonly SheetMappingRow[]; occupations: readonly BmoOccupation[]; certifications: readonly RncpCertificationsRow[] },
  lang: Language,
): SheetLinks | null {
  const t = translator(lang);
  const row = data.mapping.find((candidate) => candidate.sheet === sheet);
  if (!row) return null;
  const label = new Map(data.occupations.map((occupation) => [occupation.code, occupation.label]));
  const certification = new Map(data.certifications.map((c) => [c.certification, c]));
  return {
    occupations: row.occupations.map((code) => ({ code, label: label.get(code) ?? code })),
    fit: row.fit,
    occupationsReason: row.occupationsReason,
    certifications: row.certifications.flatMap((id) => {
      const c = certification.get(id);
      if (!c) return [];
      const level = isMissing(c.level)
        ? t('jobs.links.levelAmbiguous', { candidates: (c.level.candidates ?? []).join(t('jobs.links.or')) })
        : t('jobs.links.level', { level: c.level });
      return [{ id, title: c.title, level }];
    }),
    certificationsReason: row.certificationsReason,
  };
}
