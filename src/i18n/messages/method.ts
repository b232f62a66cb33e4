/**
 * Texts of the « Méthode et sources » panels, French first, English typed against it. Loaded with
 * the code that shows them: every module that uses a `method.` key imports
 * this file, which adds its texts to the dictionary (see registerMessages in
 * ../i18n.ts), so a page carries only the texts of its own sections.
 */
import { registerMessages } from '../i18n';
import type { DeepStrings } from '../messages';

export const fr = {
  method: {
    title: 'Méthode et sources',
    intro:
      'D’où viennent les chiffres de cette section : ce que la source imprime tel quel, ce qui est apparié à son libellé par le calcul, ce qui ne l’est que d’après la mise en page du texte extrait, ce que le texte ne permet pas de trancher, et ce que le tableau de bord calcule lui-même.',
    derivedTitle: 'Calculé par le tableau de bord',
    datasetsTitle: 'Jeux de données',
    download: 'Toutes les données en un paquet (Frictionless Data Package : un CSV et un JSON par jeu, avec sources et licences)',
    downloadHint: 'CSV : séparateur « , », décimales « . », valeurs absentes vides avec une colonne _status (secret, ambiguous, not-in-source).',
    notes_one: 'Note de lecture du document ({{count}})',
    notes_other: 'Notes de lecture du document ({{count}})',
    evidence: {
      certain_one: '{{count}} valeur lue telle que la source l’imprime.',
      certain_other: '{{count}} valeurs lues telles que la source les imprime.',
      proved_one:
        '{{count}} valeur prouvée par le calcul : le texte extrait ne l’imprime pas à côté de son libellé, mais une somme, une part ou une moyenne pondérée publiée ne laisse qu’un appariement possible (voir les notes ci-dessous).',
      proved_other:
        '{{count}} valeurs prouvées par le calcul : le texte extrait ne les imprime pas à côté de leur libellé, mais une somme, une part ou une moyenne pondérée publiée ne laisse qu’un appariement possible (voir les notes ci-dessous).',
      read_one:
        '{{count}} valeur lue d’après la mise en page (marquée *) : elle est rattachée à son libellé par l’ordre du texte extrait ou sa position, sans calcul qui le prouve.',
      read_other:
        '{{count}} valeurs lues d’après la mise en page (marquées *) : elles sont rattachées à leur libellé par l’ordre du texte extrait ou leur position, sans calcul qui le prouve.',
      ambiguous_one: '{{count}} valeur non tranchée : plusieurs lectures restent possibles ; elle est hachurée et ses lectures possibles sont données.',
      ambiguous_other:
        '{{count}} valeurs non tranchées : plusieurs lectures restent possibles ; elles sont hachurées et leurs lectures possibles sont données.',
    },
    derived: {
      overviewTiles:
        'Les chiffres clés reprennent les valeurs des sections ; la part de la Normandie dans les projets de France est calculée à partir des données ouvertes BMO.',
      employment2015:
        'Les effectifs 2015 ne sont pas publiés : le tableau de bord les estime (≈) à partir de l’effectif 2021 et du taux d’évolution imprimé, avec l’intervalle permis par l’arrondi du taux.',
      recruitmentShares:
        'Parts des projets jugés difficiles et saisonniers, parts de la région, rangs et sur- ou sous-représentation : calculés à partir des cellules BMO. Une somme qui contient une cellule sous secret statistique est un minimum (« au moins »), jamais un zéro.',
      recruitmentStudyPair:
        'Les deux métiers de l’étude (ingénieurs et techniciens de l’informatique) sont additionnés par le tableau de bord ; l’étude imprime leurs chiffres séparément.',
      aiOrder:
        'L’ordre des secteurs (du plus équipé au moins équipé) et le secteur mis en évidence sont ceux du tableau de bord ; aucune valeur n’est recalculée.',
      trainingShares: 'Les parts de chaque diplôme dans le total sont calculées par le tableau de bord à partir des effectifs imprimés.',
      rncpPairing:
        'L’étude imprime le tableau RNCP par groupes d’intitulés, de codes et d’établissements sans toujours dire lequel va avec lequel : les rattachements en italique sont une lecture du tableau de bord ; « non précisé » quand rien ne permet de relier.',
      jobsLowerBounds: '« plus de 1 000 » formations est tracé à 1 000 et « plusieurs » à 2, hachurés : ce sont des minimums, pas des nombres publiés.',
      skillsNone: 'Aucun calcul : les niveaux et les activités sont ceux de l’étude et de l’article.',
      occupationSearch:
        'La recherche de métier du filtre comprend les intitulés et synonymes des fiches et quelques termes ajoutés (data, IA, DPO, noms anglais) ; leur rattachement aux métiers BMO est une lecture du tableau de bord, aucune source ne le donne.',
    },
  },
};

export const en: DeepStrings<typeof fr> = {
  method: {
    title: 'Method and sources',
    intro:
      'Where this section’s figures come from: what the source prints as is, what is paired with its label by arithmetic, what only by the layout of the extracted text, what the text cannot settle, and what the dashboard computes itself.',
    derivedTitle: 'Computed by the dashboard',
    datasetsTitle: 'Datasets',
    download: 'All the data in one package (Frictionless Data Package: one CSV and one JSON per dataset, with sources and licences)',
    downloadHint: 'CSV: “,” separator, “.” decimals, missing values empty with a _status column (secret, ambiguous, not-in-source).',
    notes_one: 'Reading note on the document ({{count}}, in French)',
    notes_other: 'Reading notes on the document ({{count}}, in French)',
    evidence: {
      certain_one: '{{count}} value read as the source prints it.',
      certain_other: '{{count}} values read as the source prints them.',
      proved_one:
        '{{count}} value proved by arithmetic: the extracted text does not print it next to its label, but a published sum, share or weighted average leaves only one pairing (see the notes below).',
      proved_other:
        '{{count}} values proved by arithmetic: the extracted text does not print them next to their label, but a published sum, share or weighted average leaves only one pairing (see the notes below).',
      read_one:
        '{{count}} value read from the layout (marked *): it is assigned to its label by the order or position of the extracted text, with no arithmetic to prove it.',
      read_other:
        '{{count}} values read from the layout (marked *): they are assigned to their label by the order or position of the extracted text, with no arithmetic to prove it.',
      ambiguous_one: '{{count}} value not settled: several readings remain possible; it is hatched and its possible readings are given.',
      ambiguous_other: '{{count}} values not settled: several readings remain possible; they are hatched and their possible readings are given.',
    },
    derived: {
      overviewTiles: 'Key figures repeat the sections’ values; Normandy’s share of France’s projects is computed from the BMO open data.',
      employment2015:
        '2015 headcounts are not published: the dashboard estimates them (≈) from the 2021 headcount and the printed rate of change, with the range the rounding of the rate allows.',
      recruitmentShares:
        'Shares judged difficult and seasonal, shares of the region, ranks and over- or under-representation: computed from the BMO cells. A sum that includes a cell under statistical secrecy is a minimum (“at least”), never a zero.',
      recruitmentStudyPair:
        'The study’s two occupations (IT engineers and technicians) are added up by the dashboard; the study prints their figures separately.',
      aiOrder: 'The order of sectors (most to least equipped) and the highlighted sector are the dashboard’s; no value is recomputed.',
      trainingShares: 'Each diploma’s share of the total is computed by the dashboard from the printed headcounts.',
      rncpPairing:
        'The study prints the RNCP table as groups of titles, codes and establishments without always saying which goes with which: pairings in italics are the dashboard’s reading; “not stated” where nothing links them.',
      jobsLowerBounds: '“More than 1,000” courses is drawn at 1,000 and “several” at 2, hatched: these are minimums, not published numbers.',
      skillsNone: 'No computation: the levels and activities are the study’s and the article’s.',
      occupationSearch:
        'The filter’s occupation search knows the job sheets’ titles and synonyms and a few added terms (data, AI, DPO, English names); linking them to BMO occupations is the dashboard’s reading, no source gives it.',
    },
  },
};

registerMessages(fr, en);
