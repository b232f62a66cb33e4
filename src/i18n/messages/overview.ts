/**
 * Texts of the overview (key figures), French first, English typed against it. Loaded with
 * the code that shows them: every module that uses a `overview.` key imports
 * this file, which adds its texts to the dictionary (see registerMessages in
 * ../i18n.ts), so a page carries only the texts of its own sections.
 */
import { registerMessages } from '../i18n';
import type { DeepStrings } from '../messages';

export const fr = {
  overview: {
    tilesLabel: 'Chiffres clés',
    source: 'Source',
    sourceOf: 'Source du chiffre « {{label}} »',
    goTo: 'Voir la section {{section}}',
    unavailable: 'Non disponible',
    outOfStudy: 'L’étude ne publie ce chiffre que pour les métiers de l’informatique.',
    normandie: 'Normandie',
    employed: {
      label: 'Actifs en emploi',
      detail: '{{group}}, Normandie, 2021',
    },
    growth: {
      label: 'Évolution de l’emploi',
      detail: '{{group}}, Normandie, 2015 → 2021',
    },
    ai: {
      label: 'TPE-PME ayant une solution d’IA',
      detail: '{{sector}}, Normandie, 2024 (France : {{france}})',
      detailNoFrance: '{{sector}}, Normandie, 2024',
    },
    recruitment: {
      label: 'Projets de recrutement',
      detail: '{{occupation}}, {{area}}, BMO 2024 (données ouvertes)',
      lowerBound: 'Au moins : des cases de moins de 5 projets sont sous secret statistique.',
      none: 'Aucun projet déclaré',
    },
    national: {
      label: 'Part de la France',
      detail: '{{occupation}} : projets de recrutement de la Normandie sur ceux de la France, BMO 2024 ; rang parmi les régions métropolitaines : {{rank}}',
      range: 'Entre {{min}} et {{max}} selon les cases sous secret statistique (moins de 5 projets).',
      none: 'Aucun projet déclaré en Normandie',
    },
    students: {
      label: 'Étudiants formés',
      detail: 'BTS, BUT, licence, master, ingénieur, Normandie, 2022-2023',
      notSplit: 'L’étude donne un seul effectif pour les formations d’ingénieurs et de techniciens, sans les séparer.',
    },
  },
};

export const en: DeepStrings<typeof fr> = {
  overview: {
    tilesLabel: 'Key figures',
    source: 'Source',
    sourceOf: 'Source of the figure “{{label}}”',
    goTo: 'Go to the {{section}} section',
    unavailable: 'Not available',
    outOfStudy: 'The study gives this figure for IT occupations only.',
    normandie: 'Normandy',
    employed: {
      label: 'People in work',
      detail: '{{group}}, Normandy, 2021',
    },
    growth: {
      label: 'Employment growth',
      detail: '{{group}}, Normandy, 2015 → 2021',
    },
    ai: {
      label: 'Small businesses with an AI solution',
      detail: '{{sector}}, Normandy, 2024 (France: {{france}})',
      detailNoFrance: '{{sector}}, Normandy, 2024',
    },
    recruitment: {
      label: 'Recruitment projects',
      detail: '{{occupation}}, {{area}}, BMO 2024 (open data)',
      lowerBound: 'At least: cells under 5 projects are withheld (statistical confidentiality).',
      none: 'No project reported',
    },
    national: {
      label: 'Share of France',
      detail: '{{occupation}}: Normandy’s recruitment projects over France’s, BMO 2024; rank among the metropolitan regions: {{rank}}',
      range: 'Between {{min}} and {{max}} depending on withheld cells (fewer than 5 projects).',
      none: 'No project reported in Normandy',
    },
    students: {
      label: 'Students trained',
      detail: 'BTS, BUT, bachelor, master, engineering degree, Normandy, 2022-2023',
      notSplit: 'The study gives one figure for engineer and technician courses together, without splitting them.',
    },
  },
};

registerMessages(fr, en);
