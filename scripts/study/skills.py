from common import *
from misc import slug
SRC = {'publisher': 'Carif-Oref de Normandie', 'dataset': "Entretiens qualitatifs, bibliographie et analyse des offres d'emploi", 'year': '2024',
       'citation': "Sources : Entretiens qualitatifs, bibliographie, Analyse des offres d'emploi – Traitement Carif-Oref de Normandie", 'licence': LIC}
JL = {'data-ingenieur': 'Data ingénieur', 'developpeur-ia': 'Développeur informatique spécialisé IA'}
CL = {'techniques': 'Compétences techniques', 'analytiques': 'Compétences analytiques', 'gestion-de-projet': 'Compétences en gestion de projet', 'comportementales': 'Compétences comportementales'}
A = [  # first list, lines 1287-1307
  ('Écoconcevoir une solution ou un équipement', 3, 'techniques', "Imprimé « 36 » : 3 suivi de l'appel de note 6 (« Niveau d'importance »)."),
  ('Concevoir et déployer un algorithme', 3, 'techniques', None),
  ('Maîtriser les échanges entre différents logiciels métiers', 3, 'techniques', None),
  ('Maîtriser la gestion de bases de données', 3, 'techniques', None),
  ('Intégrer des outils IA/data science', 3, 'techniques', None),
  ('Gérer une architecture technique/SI', 2, 'techniques', None),
  ('Piloter et animer un processus d’innovation', 3, 'gestion-de-projet', "Catégorie déduite (titres de catégories séparés des compétences dans le texte)."),
  ('Capacité à préparer les données pour une analyse efficace', 3, 'analytiques', None),
  ('Anticiper l’impact économique d’une solution technique', 2, 'gestion-de-projet', None),
  ('Animer une démarche agile et innovante', 2, 'gestion-de-projet', None),
  ('Participer et animer un travail d’équipe', 1, 'comportementales', None),
]
B = [  # second list, lines 1309-1331
  ('Intégrer des outils IA/data science', 3, 'techniques', None),
  ('Maîtriser des langages de programmation', 3, 'techniques', None),
  ('Assurer la maintenance d’un équipement', 2, 'techniques', None),
  ('Mener un audit ou test de conformité', 2, 'techniques', None),
  ('Maîtriser les techniques de machine learning', 1, 'techniques', None),
  ('Gérer une architecture fonctionnelle SI', 1, 'techniques', None),
  ('Modification des données et analyse', 2, 'analytiques', None),
  ('Analyser et gérer les risques', 2, 'analytiques', None),
  ('Anticiper l’impact économique d’une solution technique', 1, 'gestion-de-projet', None),
  ('Gérer la production de livrables', 2, 'gestion-de-projet', None),
  ('Gérer un projet', 1, 'gestion-de-projet', None),
  ('Développer son autonomie', 3, 'comportementales', None),
]
SHARED = ['Collaboration et communication interdisciplinaire', 'Utiliser l’anglais en contexte professionnel', 'Capacité d’apprentissage',
          'Esprit critique face à la donnée', 'Savoir-être et posture professionnelle']
# Each job's rows say which extracted list they come from (the note used to say "first list" on both jobs' rows).
JOBNOTE = {
    'data-ingenieur': "Attribution au métier reconstruite : première liste extraite = data ingénieur (ordre des en-têtes, compétences de bases de données et de préparation des données).",
    'developpeur-ia': "Attribution au métier reconstruite : seconde liste extraite = développeur IA (la première, avec les compétences de bases de données, étant celle du data ingénieur).",
}
rows = []
for job, lst in [('data-ingenieur', A), ('developpeur-ia', B)]:
    for lab, imp, cat, note in lst:
        r = {'job': job, 'jobLabel': JL[job], 'skill': slug(lab.replace('’', "'")), 'skillLabel': lab.replace('’', "'"), 'category': cat, 'categoryLabel': CL[cat],
             'importance': imp, 'confidence': 'read', 'note': (note + ' ' if note else '') + JOBNOTE[job]}
        rows.append(r)
ANG = "9 niveaux « 2 » imprimés pour 10 cases (5 compétences × 2 métiers) : la case vide est celle de l'anglais pour l'un des deux métiers, sans qu'on sache lequel ; seul candidat lu : 2."
for job in ['data-ingenieur', 'developpeur-ia']:
    for lab in SHARED:
        lab2 = lab.replace('’', "'")
        if 'anglais' in lab:
            rows.append({'job': job, 'jobLabel': JL[job], 'skill': slug(lab2), 'skillLabel': lab2, 'category': 'comportementales', 'categoryLabel': CL['comportementales'],
                         'importance': amb([2], ANG), 'confidence': 'ambiguous', 'note': ANG})
        else:
            rows.append({'job': job, 'jobLabel': JL[job], 'skill': slug(lab2), 'skillLabel': lab2, 'category': 'comportementales', 'categoryLabel': CL['comportementales'],
                         'importance': 2, 'confidence': 'proved', 'note': "Bloc commun aux deux métiers : toutes les valeurs imprimées valent 2, donc la case vaut 2 quel que soit l'appariement (prouvé par décompte, pas par l'ordre du texte)."})
write('skills-matrix', "Compétences indispensables du data ingénieur et du développeur informatique spécialisé IA, par niveau d'importance",
      "niveau d'importance (1 à 3)", '2024', SRC, 'Les compétences indispensables', '1261-1376',
      [
          "Niveau d'importance (note 6) : 1 = moyennement élevé, 2 = élevé, 3 = très élevé. « Écoconcevoir une solution ou un équipement 36 » se lit 3 + appel de note 6.",
          "Le tableau à deux colonnes (data ingénieur | développeur IA) est extrait en deux listes successives de 11 et 12 compétences (l. 1287-1307 et 1309-1331). Preuve du découpage : « Intégrer des outils IA/data science » et « Anticiper l'impact économique d'une solution technique » apparaissent une fois dans chaque liste (avec des niveaux différents pour la seconde : 2 puis 1). Attribution reconstruite : première liste = data ingénieur (en-tête imprimé en premier ; bases de données, échanges entre logiciels, préparation des données), seconde = développeur IA.",
          "Catégories (techniques, analytiques, gestion de projet, comportementales) : les titres sont imprimés à part (l. 1350-1356) ; elles sont déduites de l'ordre des listes et de l'intitulé des compétences (6 techniques en tête de chaque liste, compétence comportementale en fin de liste). « Piloter et animer un processus d'innovation » est classé en gestion de projet par déduction.",
          "Bloc comportemental commun (l. 1340-1348) : 5 compétences, 4 niveaux imprimés sur la ligne (tous 2) et 5 niveaux « 2 » isolés (l. 1367-1374), soit 9 valeurs pour 10 cases. L'anglais en contexte professionnel n'a pas de niveau sur sa ligne : Missing « ambiguous » (candidat 2) pour les deux métiers, car on ne sait pas lequel des deux a la case vide.",
          "Histogramme des niveaux lus (hors bloc commun) : data ingénieur 3 × 7, 2 × 3, 1 × 1 ; développeur IA 3 × 3, 2 × 5, 1 × 4.",
      ], rows)

# ---------------- job-activities ----------------
ACT = {
 'data-ingenieur': [
   ('Collecter et gérer des données', ['Collecte de données provenant de sources multiples', 'Stockage des données', 'Gestion des bases de données']),
   ('Développer et garantir le maintien de pipelines de données', ['Création de pipelines de données', 'Automatisation des tâches de traitement des données']),
   ('Collaborer avec les autres experts en données', ['Collaboration avec le data scientist et le data analyst', 'Adaptation aux besoins des utilisateurs', 'Communication des résultats']),
   ('Assurer la qualité, la sécurité et la conformité des données', ['Nettoyage et validation des données', 'Mise en place de mesures de sécurité', 'Respect des réglementations']),
   ('Veille technologique', ['Suivi des dernières tendances', 'Évaluation et implémentation de nouvelles technologies']),
 ],
 'developpeur-ia': [
   ('Ingénierie des données', ['Rassembler des données pertinentes', 'Assurer la qualité des données', 'Structurer les données', 'Enrichir les données pour améliorer la performance des modèles']),
   ('Modélisation', ['Sélection des algorithmes', 'Entraînement des modèles', 'Évaluation et amélioration des performances des modèles']),
   ("Développement de l'application", ["Intégration des modèles d'IA dans une application web, mobile ou autre", "Création d'une interface utilisateur", 'Optimisation des performances']),
   ('Déploiement', ['Mise en production', "Surveillance des performances de l'application et des modèles en production", "Maintenance de l'application et des modèles pour s'adapter à l'évolution des données et des besoins"]),
   ('Recherche et innovation', ['Veille technologique', 'Expérimentation en testant de nouvelles techniques et de nouveaux algorithmes', 'Rechercher des moyens d’améliorer les performances des modèles et de réduire les coûts de calcul']),
 ]}
rows = []
for job, acts in ACT.items():
    o = 0
    for act, tasks in acts:
        for t in tasks:
            o += 1
            rows.append({'job': job, 'jobLabel': JL[job], 'activity': slug(act), 'activityLabel': act, 'task': t.replace('’', "'"), 'order': o})
SRC2 = {**SRC, 'dataset': 'Entretiens qualitatifs et bibliographie', 'citation': 'Sources : Entretiens qualitatifs, bibliographie, Traitement Carif-Oref de Normandie'}
import common
# rows carry no numeric value: confidence certain by construction (texte lu tel quel)
for r in rows: r['confidence'] = 'certain'
write('job-activities', "Principales activités du data ingénieur et du développeur informatique spécialisé IA", 'activités', '2024', SRC2,
      'Data ingénieur : ses principales activités ; Développeur informatique spécialisé IA : ses principales activités', '1100-1230',
      ["Listes à puces recopiées (texte qualitatif, aucune valeur chiffrée) ; césures et retours à la ligne du PDF recollés, « performance des modèles » mis au pluriel comme dans le sens de la phrase."], rows)
