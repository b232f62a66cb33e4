/**
 * Texts of the « IA dans les entreprises » section, French first, English typed against it. Loaded with
 * the code that shows them: every module that uses a `ai.` key imports
 * this file, which adds its texts to the dictionary (see registerMessages in
 * ../i18n.ts), so a page carries only the texts of its own sections.
 */
import { registerMessages } from '../i18n';
import type { DeepStrings } from '../messages';

export const fr = {
  ai: {
    normandie: 'Normandie',
    france: 'France',
    and: ' et ',
    sector: 'Secteur',
    sectorPicker: 'Secteur mis en évidence',
    noSector: 'Aucun',
    sortBy: 'Trier par',
    sortNormandie: 'Normandie',
    sortFrance: 'France',
    clickHint:
      'Cliquez sur une barre ou choisissez un secteur dans la liste : il est mis en évidence dans tous les graphiques de la section. Un second clic l’efface.',
    highlight: '{{sector}} : {{values}}.',
    highlightAbsent: '« {{sector}} » ne figure pas dans ce graphique.',
    yearNotCovered: 'L’année {{year}} n’est pas couverte par ces enquêtes : toutes les années disponibles sont affichées.',
    yearOnly: 'Cet indicateur n’est publié que pour {{year}}.',
    uncertain: 'incertain',
    uncertainNote: 'Barres hachurées : valeur incertaine, tracée jusqu’à sa plus grande valeur possible (candidats dans le tableau).',
    notPublished: 'non publié',
    adoption: {
      title: 'L’IA dans les TPE-PME, par secteur',
      subtitle: 'Part des TPE-PME ayant une solution d’intelligence artificielle, en %, Normandie et France, {{years}}',
      summary:
        'En {{year}}, {{normandie}} des TPE-PME normandes ont une solution d’IA, contre {{france}} en France. Secteur le plus équipé en Normandie : {{top}} ({{topValue}}).',
      noteReconstructed:
        'Valeurs lues dans les graphiques de l’étude, dont les en-têtes ont été perdus : la Normandie est identifiée par les deux parts citées dans le texte (3,5 % en 2023, 11,6 % en 2024).',
      noteComparison: 'France Num précise que l’indicateur 2024 a été construit différemment de celui de 2023 : l’évolution est indicative.',
    },
    uses: {
      title: 'Usages de l’IA dans les TPE-PME',
      subtitle: 'Part des TPE-PME par usage de l’IA, en %, Normandie et France, 2024',
      summary:
        'Usage le plus répandu en 2024 : {{top}}, pour {{normandie}} des TPE-PME normandes et {{france}} en France. Usages à valeur incertaine : {{uncertain}}.',
      use: 'Usage',
      range: '{{min}} à {{max}} ?',
      noteAmbiguous:
        'Bandes hachurées : l’étude donne trois valeurs pour trois usages sans permettre de les attribuer ; la bande va de la plus petite à la plus grande valeur possible.',
      noteMultiple: 'Plusieurs usages possibles par entreprise : les parts ne s’additionnent pas.',
      noteLabel: '« {{label}} » : {{remark}}.',
    },
    practices: {
      rank: 'Rang {{area}}',
      summary:
        'En {{year}}, {{normandie}} des TPE-PME normandes en sont équipées, contre {{france}} en France. Premier secteur en Normandie : {{top}} ({{topValue}}).',
      noteTop4: 'L’étude ne publie que l’ensemble et les 4 premiers secteurs de chaque territoire : « non publié » ne veut pas dire zéro.',
      noteReconstructed: 'Valeurs reconstituées à partir du texte de l’étude (encadrés appariés à leur indicateur et à leur territoire).',
      'data-exchange': {
        title: 'Échange de données et interfaçage, par secteur',
        subtitle: 'Part des TPE-PME ayant une solution d’échange de données ou d’interfaçage, en %, Normandie et France, {{year}}',
      },
      'decision-analytics': {
        title: 'Analyse décisionnelle et data science, par secteur',
        subtitle: 'Part des TPE-PME ayant une solution d’analyse de données décisionnelles ou de data science, en %, Normandie et France, {{year}}',
      },
    },
    benefits: {
      title: 'Ce que l’IA apporte, selon les entreprises qui l’utilisent',
      subtitle: 'Part des répondants citant chaque bénéfice, en %, deux enquêtes nationales, 2023',
      summary: 'D’après {{surveys}} enquêtes nationales de 2023, le bénéfice le plus cité est « {{top}} » ({{topValue}}, {{survey}}).',
      benefit: 'Bénéfice',
      survey: 'Enquête',
      share: 'Part des répondants',
      notCited: 'cité sans pourcentage',
      noteFields: 'Deux enquêtes aux champs différents : ne comparez pas les barres d’une enquête à l’autre. Plusieurs réponses possibles.',
      sample: '{{survey}} : {{sample}}.',
    },
  },
};

export const en: DeepStrings<typeof fr> = {
  ai: {
    normandie: 'Normandy',
    france: 'France',
    and: ' and ',
    sector: 'Sector',
    sectorPicker: 'Highlighted sector',
    noSector: 'None',
    sortBy: 'Sort by',
    sortNormandie: 'Normandy',
    sortFrance: 'France',
    clickHint: 'Click a bar or pick a sector in the list: it is highlighted in every chart of this section. Click again to clear it.',
    highlight: '{{sector}}: {{values}}.',
    highlightAbsent: '“{{sector}}” is not in this chart.',
    yearNotCovered: 'The year {{year}} is not covered by these surveys: all available years are shown.',
    yearOnly: 'This indicator is published for {{year}} only.',
    uncertain: 'uncertain',
    uncertainNote: 'Hatched bars: uncertain value, drawn up to its largest possible value (candidates in the table).',
    notPublished: 'not published',
    adoption: {
      title: 'AI in small businesses, by sector',
      subtitle: 'Share of small and medium businesses with an artificial intelligence solution, %, Normandy and France, {{years}}',
      summary:
        'In {{year}}, {{normandie}} of small businesses in Normandy have an AI solution, against {{france}} in France. Most equipped sector in Normandy: {{top}} ({{topValue}}).',
      noteReconstructed:
        'Values read from the study’s charts, whose headers were lost: Normandy is identified by the two shares quoted in the text (3.5% in 2023, 11.6% in 2024).',
      noteComparison: 'France Num states that the 2024 indicator was built differently from 2023: the change is indicative.',
    },
    uses: {
      title: 'Uses of AI in small businesses',
      subtitle: 'Share of small and medium businesses by use of AI, %, Normandy and France, 2024',
      summary:
        'Most common use in 2024: {{top}}, for {{normandie}} of small businesses in Normandy and {{france}} in France. Uses with an uncertain value: {{uncertain}}.',
      use: 'Use',
      range: '{{min}} to {{max}}?',
      noteAmbiguous:
        'Hatched bands: the study gives three values for three uses without saying which is which; the band spans the smallest to the largest possible value.',
      noteMultiple: 'A business may have several uses: shares do not add up.',
      noteLabel: '“{{label}}”: {{remark}}.',
    },
    practices: {
      rank: 'Rank {{area}}',
      summary:
        'In {{year}}, {{normandie}} of small businesses in Normandy had one, against {{france}} in France. Top sector in Normandy: {{top}} ({{topValue}}).',
      noteTop4: 'The study only publishes the total and each territory’s top 4 sectors: “not published” does not mean zero.',
      noteReconstructed: 'Values reconstructed from the study’s text (boxes matched to their indicator and territory).',
      'data-exchange': {
        title: 'Data exchange and interfacing, by sector',
        subtitle: 'Share of small and medium businesses with a data exchange or interfacing solution, %, Normandy and France, {{year}}',
      },
      'decision-analytics': {
        title: 'Decision analytics and data science, by sector',
        subtitle: 'Share of small and medium businesses with a decision analytics or data science solution, %, Normandy and France, {{year}}',
      },
    },
    benefits: {
      title: 'What AI brings, according to businesses using it',
      subtitle: 'Share of respondents citing each benefit, %, two national surveys, 2023',
      summary: 'According to {{surveys}} national surveys from 2023, the most cited benefit is “{{top}}” ({{topValue}}, {{survey}}).',
      benefit: 'Benefit',
      survey: 'Survey',
      share: 'Share of respondents',
      notCited: 'cited without a percentage',
      noteFields: 'Two surveys with different samples: do not compare bars from one survey with the other. Several answers possible.',
      sample: '{{survey}}: {{sample}}.',
    },
  },
};

registerMessages(fr, en);
