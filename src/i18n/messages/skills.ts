/**
 * Texts of the Compétences section, French first, English typed against it. Loaded with
 * the code that shows them: every module that uses a `skills.` key imports
 * this file, which adds its texts to the dictionary (see registerMessages in
 * ../i18n.ts), so a page carries only the texts of its own sections.
 */
import { registerMessages } from '../i18n';
import type { DeepStrings } from '../messages';

export const fr = {
  skills: {
    matrix: {
      title: 'Compétences indispensables : data ingénieur et développeur IA',
      subtitle: 'Niveau d’importance de chaque compétence, de 1 (moyennement élevé) à 3 (très élevé), 2024',
      summaryJob: '{{job}} : niveau très élevé pour {{top}} des {{listed}} compétences citées.',
      summaryShared: '{{shared}} compétences sont citées pour les deux métiers.',
      category: 'Catégorie',
      skill: 'Compétence',
      importance: 'Niveau d’importance',
      notListed: 'non citée',
      uncertain: 'niveau incertain',
      uncertainWith: 'niveau incertain (candidat lu : {{candidates}})',
      levels: { '1': 'moyennement élevé', '2': 'élevé', '3': 'très élevé' },
      levelsNote: 'Niveaux : 1 = moyennement élevé, 2 = élevé, 3 = très élevé ; « – » : compétence non citée pour ce métier.',
      noteReconstructed:
        'Le tableau de l’étude a été extrait en deux listes : leur attribution à chaque métier et les catégories sont reconstituées d’après l’ordre et l’intitulé des compétences.',
      noteAmbiguous:
        'Case hachurée « ? » : niveau incertain (un niveau manque dans le texte sans qu’on sache pour quel métier) ; le candidat lu est dans le tableau.',
    },
    article: {
      title: 'Domaines de compétences recherchés, selon un article de blog',
      subtitle: '{{number}} domaines de compétences numériques, {{period}}, sans portée normande',
      badge: 'Source secondaire : article de blog d’un recruteur, sans sources citées',
      summary: 'Un article de blog d’un recruteur cite ces domaines : {{domains}}. Il ne cite aucune source.',
      domain: 'Domaine',
      skill: 'Compétence',
      examples: 'Exemples',
      claims: 'Ce qu’affirme l’article',
      claimFigure: 'chiffre de l’article, non sourcé',
      noteContext: 'Éclairage de contexte, de moindre autorité que l’étude du Carif-Oref et sans portée normande.',
      noteFigure: 'Le seul chiffre de l’article (croissance du marché de la cybersécurité) est cité tel quel : ni source, ni territoire, ni année de base.',
    },
    activities: {
      title: 'Principales activités des deux métiers',
      subtitle: 'Activités et tâches décrites par l’étude, 2024',
      summaryJob: '{{job}} : {{activities}}.',
      job: 'Métier',
      activity: 'Activité',
      task: 'Tâche',
    },
  },
};

export const en: DeepStrings<typeof fr> = {
  skills: {
    matrix: {
      title: 'Essential skills: data engineer and AI developer',
      subtitle: 'Importance of each skill, from 1 (fairly high) to 3 (very high), 2024',
      summaryJob: '{{job}}: very high level for {{top}} of the {{listed}} skills listed.',
      summaryShared: '{{shared}} skills are listed for both jobs.',
      category: 'Category',
      skill: 'Skill',
      importance: 'Importance',
      notListed: 'not listed',
      uncertain: 'uncertain level',
      uncertainWith: 'uncertain level (candidate read: {{candidates}})',
      levels: { '1': 'fairly high', '2': 'high', '3': 'very high' },
      levelsNote: 'Levels: 1 = fairly high, 2 = high, 3 = very high; “–”: skill not listed for this job.',
      noteReconstructed:
        'The study’s table was extracted as two lists: which job each belongs to and the categories are reconstructed from the order and wording of the skills.',
      noteAmbiguous:
        'Hatched “?” cell: uncertain level (one level is missing from the text and it is unknown for which job); the candidate read is in the table.',
    },
    article: {
      title: 'Sought-after skill domains, according to a blog article',
      subtitle: '{{number}} digital skill domains, {{period}}, not specific to Normandy',
      badge: 'Secondary source: a recruiter’s blog article, with no cited sources',
      summary: 'A recruiter’s blog article lists these domains: {{domains}}. It cites no source.',
      domain: 'Domain',
      skill: 'Skill',
      examples: 'Examples',
      claims: 'What the article claims',
      claimFigure: 'article’s figure, unsourced',
      noteContext: 'Background only, with less authority than the Carif-Oref study and not specific to Normandy.',
      noteFigure: 'The article’s only figure (cybersecurity market growth) is quoted as written: no source, territory or base year.',
    },
    activities: {
      title: 'Main activities of the two jobs',
      subtitle: 'Activities and tasks described by the study, 2024',
      summaryJob: '{{job}}: {{activities}}.',
      job: 'Job',
      activity: 'Activity',
      task: 'Task',
    },
  },
};

registerMessages(fr, en);
