/**
 * Texts of the Emploi section, French first, English typed against it. Loaded with
 * the code that shows them: every module that uses a `employment.` key imports
 * this file, which adds its texts to the dictionary (see registerMessages in
 * ../i18n.ts), so a page carries only the texts of its own sections.
 */
import { registerMessages } from '../i18n';
import type { DeepStrings } from '../messages';

export const fr = {
  employment: {
    selected: 'sélection',
    outOfStudy: 'Le métier choisi n’est pas couvert par ces chiffres de l’étude, qui portent sur les métiers de l’informatique.',
    group: 'Groupe',
    growth: {
      title: 'Actifs en emploi en 2015 et 2021',
      subtitle: 'Nombre de personnes en emploi au lieu de travail, Normandie, 2015 et 2021 ; évolution 2015-2021 en %',
      series2015: '2015 (estimation)',
      series2021: '2021',
      approx: '≈ {{value}}',
      since2015: '{{rate}} depuis 2015',
      estimateNote:
        'Effectifs 2015 non publiés par l’étude : les barres hachurées sont une estimation (effectif 2021 ÷ (1 + évolution)), à lire comme un ordre de grandeur.',
      familyNote: 'La famille « Informatique et télécommunication » comprend les ingénieurs, les techniciens et d’autres métiers de l’informatique.',
      employed2015: 'Actifs 2015 (estimation)',
      employed2021: 'Actifs 2021',
      rate: 'Évolution 2015-2021',
      share: 'Part des emplois normands (2021)',
      tooltip2015: '{{group}}\n2015 : environ {{value}} actifs (estimation, non publiée)',
      tooltip2021: '{{group}}\n2021 : {{value}} actifs\nÉvolution 2015-2021 : {{rate}}\nPart des emplois normands : {{share}}',
      summaryItem: '{{group}} : {{value}} actifs en 2021 ({{rate}} depuis 2015, {{share}} des emplois normands)',
      summarySelected: 'Groupe mis en avant : {{group}}.',
    },
    offers: {
      title: 'Offres d’emploi de la donnée et de l’IA, par domaine',
      subtitle: 'Nombre d’offres d’emploi diffusées en Normandie, {{period}}',
      series: 'Offres d’emploi',
      domain: 'Domaine',
      none: 'aucune offre',
      atLeast: 'au moins {{value}}',
      tooltip: '{{domain}} : {{value}}',
      summary: '{{total}} offres d’emploi en Normandie ({{period}}) dans ces domaines : {{list}}.',
      note: 'Un seul mois d’offres (septembre 2024) : un instantané, pas un volume annuel. L’estimation annuelle que l’étude en tire (150 à 200 postes) est la sienne et n’est pas tracée.',
    },
    labour: {
      title: 'Demandeurs d’emploi et offres d’emploi',
      subtitle: 'Nombre de demandeurs d’emploi (cat. ABC, T1 2024) et d’offres diffusées (cumul T1 2019 – T1 2024) ; évolution T1 2019 → T1 2024 en %',
      jobseekers: 'Demandeurs d’emploi',
      offers: 'Offres d’emploi',
      levelTitle: 'Nombre',
      growthTitle: 'Évolution T1 2019 → T1 2024',
      notPublished: 'non publié',
      levelsNote:
        'Les nombres ne se comparent pas terme à terme : les demandeurs d’emploi sont comptés au T1 2024, les offres sont cumulées du T1 2019 au T1 2024. Les évolutions comparent toutes deux le T1 2024 au T1 2019.',
      missingNote: '{{group}} : {{indicator}} non publiée par l’étude.',
      jobseekersLevel: 'Demandeurs d’emploi (T1 2024)',
      offersLevel: 'Offres diffusées (cumul T1 2019 – T1 2024)',
      jobseekersGrowth: 'Évolution des demandeurs d’emploi',
      offersGrowth: 'Évolution des offres',
      tooltipLevel: '{{group}}\n{{series}} : {{value}}',
      tooltipGrowth: '{{group}}\n{{series}} : {{value}} entre le T1 2019 et le T1 2024',
      summaryItem: '{{group}} : offres {{offers}}, demandeurs d’emploi {{jobseekers}}',
      summary: 'Évolution entre le T1 2019 et le T1 2024 : {{list}}.',
      paradox: 'Les offres d’emploi ont augmenté plus vite que les demandeurs d’emploi, qui ont pourtant augmenté eux aussi.',
    },
    profile: {
      title: 'Profil des actifs en emploi',
      subtitle: 'Part des actifs en emploi par {{dimension}}, en %, Normandie, 2021',
      dimensionLabel: 'Répartition par',
      dimensions: {
        age: 'âge',
        sexe: 'sexe',
        diplome: 'diplôme',
        contrat: 'type de contrat',
      },
      category: 'Catégorie',
      range: '{{min}}–{{max}} ?',
      rangeText: 'entre {{min}} et {{max}} (valeur incertaine)',
      ambiguousNote:
        'Barres hachurées : l’étude imprime ces parts sans dire à quel groupe elles se rapportent ; la barre couvre toutes les valeurs possibles, aucune n’est certaine.',
      familyPartial: 'Pour l’ensemble de la famille, l’étude ne publie que la part des hommes et celle des diplômés du supérieur.',
      tooltip: '{{group}}\n{{category}} : {{value}}',
      summaryItem: '{{group}} : {{list}}',
      summary: 'Répartition par {{dimension}} en 2021. {{groups}}.',
    },
  },
};

export const en: DeepStrings<typeof fr> = {
  employment: {
    selected: 'selected',
    outOfStudy: 'The selected occupation is not covered by these study figures, which are about IT occupations.',
    group: 'Group',
    growth: {
      title: 'People in work in 2015 and 2021',
      subtitle: 'Number of people in work at their place of work, Normandy, 2015 and 2021; change 2015-2021 in %',
      series2015: '2015 (estimate)',
      series2021: '2021',
      approx: '≈ {{value}}',
      since2015: '{{rate}} since 2015',
      estimateNote:
        '2015 headcounts are not published by the study: hatched bars are an estimate (2021 headcount ÷ (1 + change)), to be read as an order of magnitude.',
      familyNote: 'The “IT and telecommunications” family includes engineers, technicians and other IT occupations.',
      employed2015: 'In work 2015 (estimate)',
      employed2021: 'In work 2021',
      rate: 'Change 2015-2021',
      share: 'Share of jobs in Normandy (2021)',
      tooltip2015: '{{group}}\n2015: about {{value}} people in work (estimate, not published)',
      tooltip2021: '{{group}}\n2021: {{value}} people in work\nChange 2015-2021: {{rate}}\nShare of jobs in Normandy: {{share}}',
      summaryItem: '{{group}}: {{value}} people in work in 2021 ({{rate}} since 2015, {{share}} of jobs in Normandy)',
      summarySelected: 'Highlighted group: {{group}}.',
    },
    offers: {
      title: 'Data and AI job offers, by domain',
      subtitle: 'Number of job offers posted in Normandy, {{period}}',
      series: 'Job offers',
      domain: 'Domain',
      none: 'no offer',
      atLeast: 'at least {{value}}',
      tooltip: '{{domain}}: {{value}}',
      summary: '{{total}} job offers in Normandy ({{period}}) in these domains: {{list}}.',
      note: 'One month of offers (September 2024): a snapshot, not a yearly volume. The study’s yearly estimate drawn from it (150 to 200 positions) is its own and is not plotted.',
    },
    labour: {
      title: 'Jobseekers and job offers',
      subtitle: 'Number of jobseekers (cat. ABC, Q1 2024) and of job offers posted (total Q1 2019 – Q1 2024); change Q1 2019 → Q1 2024 in %',
      jobseekers: 'Jobseekers',
      offers: 'Job offers',
      levelTitle: 'Number',
      growthTitle: 'Change Q1 2019 → Q1 2024',
      notPublished: 'not published',
      levelsNote:
        'The numbers are not like for like: jobseekers are counted in Q1 2024, offers are added up from Q1 2019 to Q1 2024. Both changes compare Q1 2024 with Q1 2019.',
      missingNote: '{{group}}: {{indicator}} not published by the study.',
      jobseekersLevel: 'Jobseekers (Q1 2024)',
      offersLevel: 'Job offers posted (total Q1 2019 – Q1 2024)',
      jobseekersGrowth: 'Change in jobseekers',
      offersGrowth: 'Change in job offers',
      tooltipLevel: '{{group}}\n{{series}}: {{value}}',
      tooltipGrowth: '{{group}}\n{{series}}: {{value}} between Q1 2019 and Q1 2024',
      summaryItem: '{{group}}: offers {{offers}}, jobseekers {{jobseekers}}',
      summary: 'Change between Q1 2019 and Q1 2024: {{list}}.',
      paradox: 'Job offers grew faster than jobseekers, yet the number of jobseekers rose too.',
    },
    profile: {
      title: 'Profile of people in work',
      subtitle: 'Share of people in work by {{dimension}}, in %, Normandy, 2021',
      dimensionLabel: 'Breakdown by',
      dimensions: {
        age: 'age',
        sexe: 'sex',
        diplome: 'qualification',
        contrat: 'type of contract',
      },
      category: 'Category',
      range: '{{min}}–{{max}}?',
      rangeText: 'between {{min}} and {{max}} (uncertain value)',
      ambiguousNote:
        'Hatched bars: the study prints these shares without saying which group they belong to; the bar spans every possible value, none is certain.',
      familyPartial: 'For the whole family, the study only publishes the share of men and of higher-education graduates.',
      tooltip: '{{group}}\n{{category}}: {{value}}',
      summaryItem: '{{group}}: {{list}}',
      summary: 'Breakdown by {{dimension}} in 2021. {{groups}}.',
    },
  },
};

registerMessages(fr, en);
