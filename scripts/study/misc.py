from common import *
import re, unicodedata
def slug(s):
    s = unicodedata.normalize('NFD', s).encode('ascii', 'ignore').decode().lower()
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s

# ---------------- genscan-offers ----------------
SRC = {'publisher': 'Grande École du Numérique', 'dataset': "GEN_SCAN, observatoire de l'emploi et des formations du numérique", 'year': '2024',
       'citation': "Source : Grande École du Numérique, GEN_SCAN, septembre 2024", 'licence': LIC}
rows = [
  {'domain': 'data-big-data', 'domainLabel': 'Data / Big data', 'period': 'septembre 2024', 'value': 17, 'confidence': 'certain'},
  {'domain': 'administration-bases-de-donnees', 'domainLabel': 'Administration de base de données', 'period': 'septembre 2024', 'value': 3, 'confidence': 'certain'},
  {'domain': 'crm', 'domainLabel': 'CRM', 'period': 'septembre 2024', 'value': 0, 'confidence': 'certain'},
  {'domain': 'ia-machine-learning', 'domainLabel': 'IA / Machine learning', 'period': 'septembre 2024', 'value': 0, 'confidence': 'certain'},
]
write('genscan-offers', "Répartition des offres d'emploi par domaine en Normandie en septembre 2024 (GEN_SCAN)", "offres d'emploi", 'septembre 2024', SRC,
      "Répartition des offres d'emploi selon l'observatoire de la Grande École du Numérique par domaine en septembre 2024 en Normandie",
      '977-991, 1023-1032, 1060-1061',
      [
          "Tableau « Domaines / Nombre d'offres d'emploi » imprimé ligne à ligne : Data / Big data 17, Administration de base de données 3, CRM 0, IA / Machine learning 0.",
          "Contrôle : 17 + 3 + 0 + 0 = 20, soit « une vingtaine d'offres d'emploi » publiées en Normandie en septembre 2024 selon le texte (l. 1023-1027).",
          "Le texte en tire une estimation annuelle de 150 à 200 postes dans ces domaines (l. 1028-1032) ; c'est une extrapolation de l'étude, non une donnée GEN_SCAN, et elle n'est pas reprise comme ligne.",
          "Les chiffres BMO 2024 imprimés sur la même page (projets de recrutement par département et par bassin) relèvent des jeux BMO et ne sont pas repris ici.",
      ], rows)

# ---------------- ai-benefits ----------------
SRC = {'publisher': 'Pôle emploi (BVA) ; LaborIA (ministère du Travail)', 'dataset': "Enquête Intelligence artificielle (BVA pour Pôle emploi, mai 2023) ; Usages et impacts de l'IA sur le travail (LaborIA, mars 2023)",
       'year': '2023',
       'citation': "Sources : enquête BVA pour Pôle emploi, mai 2023 (3 000 entreprises d'au moins 10 salariés) ; LaborIA, rapport publié par le ministère du Travail, mars 2023 (250 entreprises de plus de 50 salariés) – cités par le Carif-Oref de Normandie",
       'licence': LIC, 'url': 'https://www.laboria.ai/rapport-denquete-usages-et-impacts-de-ia-sur-le-travail/'}
BVA = ('bva-pole-emploi-2023', 'Enquête BVA pour Pôle emploi (mai 2023)', "3 000 entreprises d'au moins 10 salariés, dirigeants d'entreprises ayant adopté l'IA")
LAB = ('laboria-2023', 'LaborIA – ministère du Travail (mars 2023)', '250 entreprises de plus de 50 salariés, représentatives à l’échelle nationale')
rows = []
for s, (b, lab, v) in [(BVA, ('accelerer-le-travail', "Accélérer le travail des employés", 87)), (BVA, ('ameliorer-les-performances', 'Améliorer leurs performances', 72)),
                        (BVA, ('reduire-les-taches-repetitives', 'Réduire les tâches répétitives, améliorant ainsi les conditions de travail', 63)),
                        (BVA, ('ameliorer-la-relation-client', 'Améliorer la relation client', 58)),
                        (LAB, ('reduire-le-risque-d-erreur', "Réduire le risque d'erreur", 85)),
                        (LAB, ('impact-positif-sur-l-activite', "Impact de l'IA sur l'activité jugé très ou plutôt positif (entreprises utilisatrices)", 96))]:
    rows.append({'survey': s[0], 'surveyLabel': s[1], 'sample': s[2], 'benefit': b, 'benefitLabel': lab, 'value': v, 'confidence': 'certain'})
rows.append({'survey': LAB[0], 'surveyLabel': LAB[1], 'sample': LAB[2], 'benefit': 'ameliorer-la-securite-industrie', 'benefitLabel': "Améliorer la sécurité des employés dans l'industrie",
             'value': nis("Avantage cité sans pourcentage."), 'confidence': 'certain', 'note': "Bénéfice cité par l'étude LaborIA sans chiffre."})
write('ai-benefits', "Bénéfices de l'IA selon les entreprises qui l'utilisent", '% des répondants', '2023', SRC,
      "L'intelligence artificielle : l'activité des entreprises et le quotidien des salariés améliorés", '202-233',
      [
          "Pourcentages imprimés en clair dans le texte courant (pas de graphique) : BVA/Pôle emploi 87, 72, 63, 58 % ; LaborIA 85 % (réduction du risque d'erreur) et 96 % (impact très ou plutôt positif).",
          "Les deux enquêtes ont des champs différents (dirigeants d'entreprises de 10 salariés ou plus ayant adopté l'IA ; panel de 250 entreprises de plus de 50 salariés) : ne pas les additionner ni les comparer dans un même axe sans le préciser. Ce sont des réponses multiples : les parts ne somment pas à 100.",
          "Références citées par l'étude (notes 1 et 2) : https://www.francetravail.org/files/live/sites/peorg/files/documents/Statistiques-et-analyses/_Documentation/Divers/P%C3%B4le%20emploi_Pr%C3%A9sentation_Enquete%20Intelligence%20Artificielle_2023.pdf et https://www.laboria.ai/rapport-denquete-usages-et-impacts-de-ia-sur-le-travail/.",
      ], rows)

# ---------------- students-by-diploma ----------------
SRC = {'publisher': 'Carif-Oref de Normandie', 'dataset': 'Effectifs en formation initiale, métiers d’ingénieurs et de techniciens de l’informatique', 'year': '2022-2023',
       'citation': 'Source : Carif-Oref de Normandie', 'licence': LIC}
rows = []
for d, lab, v in [('bts', 'Brevet de technicien supérieur (BTS)', 153), ('but', 'Bachelor universitaire de technologie (BUT)', 289), ('licence', 'Licence', 1872),
                  ('master', 'Master', 449), ('ingenieur', 'Ingénieur', 557)]:
    rows.append({'diploma': d, 'diplomaLabel': lab, 'year': '2022-2023', 'value': v, 'isTotal': False, 'confidence': 'certain'})
rows.append({'diploma': 'total', 'diplomaLabel': 'Total', 'year': '2022-2023', 'value': 3320, 'isTotal': True, 'confidence': 'certain'})
write('students-by-diploma', "Étudiants formés en Normandie aux métiers d'ingénieurs et de techniciens de l'informatique, par diplôme", 'étudiants', '2022-2023', SRC,
      "Une offre de formation solide en Normandie – effectifs par intitulé de diplôme 2022-2023", '1465-1487',
      [
          "Tableau « Intitulé de diplôme / Effectif 2022-2023 » imprimé ligne à ligne : BTS 153, BUT 289, Licence 1 872, Master 449, Ingénieur 557, Total 3 320.",
          "Contrôle : 153 + 289 + 1 872 + 449 + 557 = 3 320, égal au total imprimé et au texte (« 3 320 étudiants ont été formés »). La ligne Total porte isTotal = true.",
      ], rows)

# ---------------- normanthiia-targets ----------------
SRC = {'publisher': 'Université de Caen Normandie (projet Normanthiia, France 2030)', 'dataset': 'Projet Normanthiia – Normandie, territoire humanités ingénierie intelligence artificielle',
       'year': '2023-2028', 'citation': "Source : projet Normanthiia, financé par l'État (France 2030) et la Région Normandie, coordonné par l'université de Caen Normandie – cité par le Carif-Oref de Normandie",
       'licence': LIC, 'url': 'https://www.unicaen.fr/universite/axes-strategiques-et-grands-projets/france-2030/projet-normanthiia-normandie-territoire-humanites-ingenierie-intelligence-artificielle/'}
rows = [
  {'level': 'master-ingenieur', 'levelLabel': 'Étudiants de niveau master ou ingénieur formés en IA', 'comparator': 'plus-de', 'value': 700,
   'periodStart': '2023-09-01', 'periodEnd': '2028-08-31', 'confidence': 'certain'},
  {'level': 'but-licence', 'levelLabel': 'Étudiants de niveau BUT ou licence', 'comparator': 'plus-de', 'value': 2500,
   'periodStart': '2023-09-01', 'periodEnd': '2028-08-31', 'confidence': 'certain'},
]
write('normanthiia-targets', "Objectifs de formation du projet Normanthiia (2023-2028)", 'étudiants', '1er septembre 2023 – 31 août 2028', SRC,
      "Normanthiia : vers la création d'une offre de formation pluridisciplinaire et territoriale", '1749-1826',
      [
          "Texte : « Normanthiia vise à former plus de 700 étudiants de niveau master ou ingénieur en IA et plus de 2 500 étudiants de niveau BUT ou Licence » ; durée cinq ans, du 1er septembre 2023 au 31 août 2028. « Plus de » est porté par comparator = 'plus-de'.",
          "Coordination : université de Caen Normandie ; partenaires : université de Rouen Normandie, université Le Havre Normandie, ENSICAEN, INSA Rouen Normandie, ESIGELEC. Objectif qualitatif : intégrer des modules d'IA dans des formations non spécialisées (droit, marketing, chimie, gestion).",
          "Le « 2 500 » est imprimé coupé sur deux lignes (« plus de 2 » / « 500 étudiants ») : lu 2 500.",
      ], rows)
