/**
 * English names of the categories the data files label in French (sectors,
 * occupation families, groups, indicators, survey answers…), keyed by the
 * French label the file carries, so one translation serves every dataset that
 * prints the same label.
 *
 * Provenance: editorial translations made for this dashboard (the sources are
 * in French only); they name a category, they carry no figure. Names the
 * sources coin themselves — BMO occupation titles, job-sheet titles, skills,
 * course titles, establishments, places, citations — stay in French in both
 * languages: they are the official names a reader looks up (the English page
 * says so, see `data.frenchNames` in the dictionary).
 *
 * `tests/unit/data/labels.test.ts` fails when a data file carries a category
 * label of a translated field that has no English name here.
 */

export type LabelLanguage = 'fr' | 'en';

const EN: Readonly<Record<string, string>> = {
  // France Num sectors (ai-adoption-by-sector)
  'Ensemble des TPE-PME': 'All small businesses',
  Numérique: 'Digital',
  'Services spécialisés, techniques': 'Specialised and technical services',
  'Activités financières, assurances': 'Finance, insurance',
  Industrie: 'Industry',
  'Transport, logistique': 'Transport, logistics',
  'Commerce (détail et gros)': 'Retail and wholesale',
  'Hébergement, restauration': 'Accommodation, food service',
  'Information, communication': 'Information, communication',
  'Services à la personne (santé, soins)': 'Personal services (health, care)',
  "Part des entreprises ayant des solutions d'intelligence artificielle": 'Share of businesses with artificial intelligence solutions',
  "Part des entreprises ayant des solutions d'échange de données, d'interfaçage": 'Share of businesses with data exchange or interfacing solutions',
  "Part des entreprises ayant des solutions d'analyse de données décisionnelles, data science": 'Share of businesses with decision analytics or data science solutions',
  // AI uses and benefits
  "Génération de texte, de voix ou d'image": 'Text, voice or image generation',
  "Chatbot, assistant, recherche d'informations": 'Chatbot, assistant, information search',
  'Automatisation de tâches (libellé absent du texte extrait)': 'Task automation (label missing from the extracted text)',
  'Analyse de données, prévision, optimisation des ressources': 'Data analysis, forecasting, resource optimisation',
  'Analyse, classification de documents': 'Document analysis and classification',
  'Contrôle qualité, détection': 'Quality control, detection',
  'Enquête BVA pour Pôle emploi (mai 2023)': 'BVA survey for Pôle emploi (May 2023)',
  'LaborIA – ministère du Travail (mars 2023)': 'LaborIA – French Ministry of Labour (March 2023)',
  "3 000 entreprises d'au moins 10 salariés, dirigeants d'entreprises ayant adopté l'IA": '3,000 businesses with at least 10 employees; managers of businesses that have adopted AI',
  '250 entreprises de plus de 50 salariés, représentatives à l’échelle nationale': '250 businesses with more than 50 employees, nationally representative',
  'Accélérer le travail des employés': 'Speed up employees’ work',
  'Améliorer la relation client': 'Improve customer relations',
  "Améliorer la sécurité des employés dans l'industrie": 'Improve employee safety in industry',
  'Améliorer leurs performances': 'Improve their performance',
  "Impact de l'IA sur l'activité jugé très ou plutôt positif (entreprises utilisatrices)": 'Impact of AI on the business judged very or rather positive (businesses using AI)',
  "Réduire le risque d'erreur": 'Reduce the risk of error',
  'Réduire les tâches répétitives, améliorant ainsi les conditions de travail': 'Reduce repetitive tasks, improving working conditions',
  // The study's occupation groups (Insee, France Travail, BMO)
  'Informatique et télécommunication': 'IT and telecommunications',
  "Ingénieurs de l'informatique": 'IT engineers',
  "Techniciens de l'informatique": 'IT technicians',
  'Actifs en emploi': 'People in work',
  'Actifs normands en emploi': 'People in work in Normandy',
  'Part des emplois normands': 'Share of jobs in Normandy',
  "Évolution de l'emploi 2015-2021": 'Change in employment 2015–2021',
  'Part des CDI et statuts de la fonction publique': 'Share of permanent contracts and civil servants',
  'Part des actifs dans les services': 'Share of workers in services',
  "Part des diplômés d'études supérieures": 'Share of higher-education graduates',
  'Part des emplois durables': 'Share of lasting jobs',
  'Part des hommes': 'Share of men',
  'Âge moyen des actifs': 'Average age of workers',
  'Évolution de la part des femmes 2015-2021': 'Change in the share of women 2015–2021',
  Apprentis: 'Apprentices',
  'Aucun diplôme': 'No qualification',
  Autres: 'Other',
  Baccalauréat: 'Baccalauréat (upper secondary)',
  'CAP - BEP': 'CAP – BEP (vocational)',
  'CDD et intérimaires': 'Fixed-term and temporary',
  'CDI ou fonction publique': 'Permanent or civil service',
  "Diplôme d'études supérieures": 'Higher-education degree',
  'Indépendants et employeurs': 'Self-employed and employers',
  Femmes: 'Women',
  Hommes: 'Men',
  'Moins de 30 ans': 'Under 30',
  'Entre 30 et 49 ans': '30 to 49',
  'Plus de 50 ans': '50 and over',
  Commerce: 'Trade',
  Services: 'Services',
  "Demandeurs d'emploi (cat. ABC)": 'Jobseekers (categories A, B, C)',
  "Offres d'emploi diffusées (cumul T1 2019 – T1 2024)": 'Job offers published (total Q1 2019 – Q1 2024)',
  "Part des 30-49 ans parmi les demandeurs d'emploi": 'Share of 30–49-year-olds among jobseekers',
  "Part des demandeurs d'emploi de longue durée (plus de 12 mois)": 'Share of long-term jobseekers (over 12 months)',
  "Part des demandeurs d'emploi diplômés d'études supérieures": 'Share of jobseekers with a higher-education degree',
  "Part des demandeurs d'emploi normands (toutes professions)": 'Share of Normandy’s jobseekers (all occupations)',
  "Part des hommes parmi les demandeurs d'emploi": 'Share of men among jobseekers',
  "Part des offres d'emploi durables (plus de 6 mois)": 'Share of lasting job offers (over 6 months)',
  "Évolution des demandeurs d'emploi T1 2019 – T1 2024": 'Change in jobseekers Q1 2019 – Q1 2024',
  "Évolution des offres d'emploi entre le T1 2019 et le T1 2024": 'Change in job offers between Q1 2019 and Q1 2024',
  'De 1 à 6 mois': '1 to 6 months',
  Intérim: 'Temporary agency work',
  'Plus de 6 mois (offres durables)': 'Over 6 months (lasting offers)',
  // GEN_SCAN domains
  'Administration de base de données': 'Database administration',
  CRM: 'CRM',
  'Data / Big data': 'Data / Big data',
  'IA / Machine learning': 'AI / Machine learning',
  // Skills matrix and activities
  'Compétences techniques': 'Technical skills',
  'Compétences analytiques': 'Analytical skills',
  'Compétences en gestion de projet': 'Project management skills',
  'Compétences comportementales': 'Soft skills',
  'Data ingénieur': 'Data engineer',
  'Développeur informatique spécialisé IA': 'AI software developer',
  'Collecter et gérer des données': 'Collect and manage data',
  'Développer et garantir le maintien de pipelines de données': 'Build and maintain data pipelines',
  'Collaborer avec les autres experts en données': 'Work with the other data experts',
  'Assurer la qualité, la sécurité et la conformité des données': 'Ensure data quality, security and compliance',
  'Veille technologique': 'Technology watch',
  'Ingénierie des données': 'Data engineering',
  Modélisation: 'Modelling',
  "Développement de l'application": 'Application development',
  Déploiement: 'Deployment',
  'Recherche et innovation': 'Research and innovation',
  // Training
  'Bachelor universitaire de technologie (BUT)': 'Bachelor universitaire de technologie (BUT, 3-year technology degree)',
  'Brevet de technicien supérieur (BTS)': 'Brevet de technicien supérieur (BTS, 2-year technician diploma)',
  Ingénieur: 'Engineering degree',
  Licence: 'Licence (bachelor’s)',
  Master: 'Master’s',
  Total: 'Total',
  'Étudiants de niveau BUT ou licence': 'Students at BUT or licence (bachelor’s) level',
  'Étudiants de niveau master ou ingénieur formés en IA': 'Master’s or engineering students trained in AI',
  // BMO occupation families (France Travail)
  'Fonctions administratives': 'Administrative occupations',
  "Fonctions d'encadrement": 'Management and professional occupations',
  "Ouvriers des secteurs de l'industrie": 'Industrial workers',
  'Ouvriers de la construction et du bâtiment': 'Construction workers',
  'Fonctions sociales et médico-sociales': 'Social and medico-social occupations',
  'Autres techniciens et employés': 'Other technicians and employees',
  'Fonctions liées à la vente, au tourisme et aux services': 'Sales, tourism and service occupations',
  'Autres métiers': 'Other occupations',
  // Job-sheet families (Réseau des Carif-Oref)
  'Programmation et développement': 'Programming and development',
  'Métiers de l’intelligence artificielle et de la donnée': 'AI and data jobs',
  'Interfaces utilisateurs et créations numériques': 'User interfaces and digital design',
  'Communication et marketing': 'Communication and marketing',
  'Infrastructures, clouds, réseaux et data centers': 'Infrastructure, cloud, networks and data centres',
  'Maintenance, assistance et support pour l’exploitation': 'Maintenance, assistance and operations support',
  'Expertise et conseil': 'Expertise and consulting',
  'Direction, management et stratégie': 'Leadership, management and strategy',
  // Areas (departments keep their names)
  Normandie: 'Normandy',
  Calvados: 'Calvados',
  Eure: 'Eure',
  Manche: 'Manche',
  Orne: 'Orne',
  'Seine-Maritime': 'Seine-Maritime',
};

/** Row fields that name a category and are shown in English on the English page. */
export const LOCALISED_FIELDS = [
  'sectorLabel',
  'familyLabel',
  'groupLabel',
  'indicatorLabel',
  'categoryLabel',
  'useLabel',
  'benefitLabel',
  'surveyLabel',
  'jobLabel',
  'occupationLabel',
  'areaLabel',
  'durationLabel',
  'levelLabel',
  'diplomaLabel',
  'domainLabel',
  'activityLabel',
  'sample',
] as const;

/** Datasets whose rows are categories named by `label` (the job-sheet families). */
const LABEL_IS_CATEGORY = new Set(['job-families']);

/** The label in `lang`: the English name when there is one, else the source's French name. */
export function labelIn(french: string, lang: LabelLanguage): string {
  return lang === 'en' ? (EN[french] ?? french) : french;
}

/** Whether `french` has an English name (for the data test). */
export function hasEnglishLabel(french: string): boolean {
  return Object.hasOwn(EN, french);
}

function localiseRow<Row>(row: Row, lang: LabelLanguage, labelField: boolean): Row {
  if (typeof row !== 'object' || row === null) return row;
  const source = row as Record<string, unknown>;
  let copy: Record<string, unknown> | null = null;
  const fields: readonly string[] = labelField ? [...LOCALISED_FIELDS, 'label'] : LOCALISED_FIELDS;
  for (const field of fields) {
    const value = source[field];
    if (typeof value !== 'string') continue;
    const english = labelIn(value, lang);
    if (english === value) continue;
    copy ??= { ...source };
    copy[field] = english;
  }
  return (copy ?? row) as Row;
}

/**
 * A dataset with its category labels in `lang` (the same object in French).
 * Codes, values, notes and provenance are untouched: only category names change.
 */
export function localiseDataset<Data extends { id?: string; rows: readonly unknown[] }>(data: Data, lang: LabelLanguage): Data {
  if (lang === 'fr') return data;
  const labelField = data.id !== undefined && LABEL_IS_CATEGORY.has(data.id);
  return { ...data, rows: data.rows.map((row) => localiseRow(row, lang, labelField)) };
}
