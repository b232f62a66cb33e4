from common import *
SRC = {'publisher': 'France Num (DGE)', 'dataset': 'Baromètre France Num : besoins et pratiques numériques des TPE-PME',
       'year': '2023 et 2024',
       'citation': "Source : Baromètres FranceNum, Résultats des enquêtes 2023 et 2024, septembre 2023 et 2024, traitement Carif-Oref de Normandie",
       'licence': LIC}
SL = {
  'ensemble': 'Ensemble des TPE-PME', 'numerique': 'Numérique', 'services-specialises': 'Services spécialisés, techniques',
  'activites-financieres-assurances': 'Activités financières, assurances', 'industrie': 'Industrie', 'transport-logistique': 'Transport, logistique',
  'commerce': 'Commerce (détail et gros)', 'hebergement-restauration': 'Hébergement, restauration', 'information-communication': 'Information, communication',
  'services-a-la-personne': 'Services à la personne (santé, soins)'}
IL = {'ai': "Part des entreprises ayant des solutions d'intelligence artificielle",
      'data-exchange': "Part des entreprises ayant des solutions d'échange de données, d'interfaçage",
      'decision-analytics': "Part des entreprises ayant des solutions d'analyse de données décisionnelles, data science"}
rows = []
def add(ind, sec, year, area, val, conf, rank=None, note=None):
    x = {'indicator': ind, 'indicatorLabel': IL[ind], 'sector': sec, 'sectorLabel': SL[sec], 'year': year, 'area': area, 'value': val, 'confidence': conf}
    if rank: x['rank'] = rank
    if note: x['note'] = note
    rows.append(x)

AI_SECT = ['ensemble', 'numerique', 'services-specialises', 'activites-financieres-assurances', 'industrie', 'transport-logistique']
ai = {('normandie', 2023): [3.5, 5.4, 4.0, 6.4, 3.6, 5.5], ('normandie', 2024): [11.6, 20.1, 19.3, 7.7, 13.4, 8.6],
      ('france', 2023): [4.8, 14.0, 6.8, 4.9, 2.8, 2.4], ('france', 2024): [12.8, 39.6, 22.2, 13.1, 10.8, 12.4]}
for (area, year), vals in ai.items():
    for sec, v in zip(AI_SECT, vals):
        if sec == 'ensemble' and area == 'normandie':
            add('ai', sec, year, area, v, 'certain', note="Restitué en clair dans le texte : « En 2024, 11,6 % des TPE-PME normandes … contre 3,5 % en 2023 ».")
        else:
            add('ai', sec, year, area, v, 'read')

top = [
  ('data-exchange', 'normandie', 21.1, [('transport-logistique', 37), ('commerce', 32.2), ('services-specialises', 31.7), ('industrie', 29.5)]),
  ('data-exchange', 'france', 23.2, [('transport-logistique', 34.3), ('services-specialises', 34.1), ('numerique', 31.3), ('industrie', 28.6)]),
  ('decision-analytics', 'normandie', 8.9, [('hebergement-restauration', 21.6), ('information-communication', 16.3), ('commerce', 13.2), ('activites-financieres-assurances', 9.7)]),
  ('decision-analytics', 'france', 11.1, [('numerique', 23.8), ('commerce', 15.6), ('services-a-la-personne', 15), ('activites-financieres-assurances', 14.2)]),
]
for ind, area, ens, lst in top:
    add(ind, 'ensemble', 2023, area, ens, 'read')
    for i, (sec, v) in enumerate(lst, 1):
        add(ind, sec, 2023, area, v, 'read', rank=i)

write('ai-adoption-by-sector', "Part des TPE-PME utilisant l'IA, l'échange de données et l'analyse décisionnelle, par secteur",
      '%', '2023 – 2024', SRC,
      "Enquête sur les besoins des TPE-PME et leurs pratiques numériques (FranceNum 2023 ; FranceNum 2023/2024 : les usagers de l'IA progressent)",
      '91-160, 303-429',
      [
          "IA (graphique « Part des entreprises ayant des solutions d'intelligence artificielle », l. 303-429) : 36 nombres pour 6 secteurs × 2 années + usages, en deux blocs de 18 (Normandie et France côte à côte, en-têtes perdus). Le premier bloc commence par 3,5 et contient 11,6, les deux parts normandes restituées en clair dans le texte (l. 426-429) : c'est la Normandie. Dans chaque bloc, 6 valeurs 2023 puis 6 valeurs 2024 dans l'ordre des libellés (Ensemble, Numérique, Services spécialisés, Activités financières-assurances, Industrie, Transport-logistique) ; les autres valeurs sont les usages (jeu ai-uses).",
          "Normandie 2023 → 2024 : 3,5 → 11,6 ; 5,4 → 20,1 ; 4,0 → 19,3 ; 6,4 → 7,7 ; 3,6 → 13,4 ; 5,5 → 8,6. France : 4,8 → 12,8 ; 14,0 → 39,6 ; 6,8 → 22,2 ; 4,9 → 13,1 ; 2,8 → 10,8 ; 2,4 → 12,4. Chaque secteur progresse, comme l'affirme le texte (« les usages de l'IA par les TPE-PME augmentent »).",
          "Recoupement externe (ne remplace pas la lecture du texte) : le baromètre France Num publie pour la France 5 % de TPE-PME utilisant l'IA en 2023 et 13 % en 2024, dont 40 % dans le numérique — soit 4,8, 12,8 et 39,6 arrondis ; France Num précise que l'indicateur 2024 a été intégré différemment de celui de 2023, la comparaison 2023-2024 est donc indicative.",
          "Échange de données et analyse décisionnelle (2023 seulement, l. 121-160) : quatre encadrés « x % des TPE-PME » suivis des 4 premiers secteurs. Les deux premiers (21,1 % et 23,2 %) vont avec le premier libellé (échange de données, interfaçage), les deux suivants (8,9 % et 11,1 %) avec le second (analyse décisionnelle, data science) : l'appariement inverse mélangerait des niveaux incompatibles (21 % contre 9 %). Dans chaque paire, le premier encadré est la Normandie, comme pour l'IA ; confirmé pour l'analyse décisionnelle par le chiffre national publié par France Num en 2023 (11 % des TPE-PME, pic à 16 % dans le commerce = 11,1 et 15,6). Les rangs 1-4 sont ceux de l'étude ; les valeurs décroissent bien dans chaque liste et dépassent toutes l'ensemble.",
          "Valeur « Activité financière assurances 9,7 » imprimée sans le signe % (Normandie, analyse décisionnelle) : lue comme 9,7 %. Pour ces deux indicateurs, seuls les 4 premiers secteurs sont publiés : les autres secteurs ne sont pas dans la source.",
          "Libellés de secteurs harmonisés : « Service spécialisé-technique » (2023) et « Services spécialisés » (graphique IA) → services-specialises ; « Numérique » et « Information communication » restent distincts comme dans l'étude.",
      ], rows)

# ---------------- ai-uses ----------------
UL = {'generation-texte-voix-image': "Génération de texte, de voix ou d'image",
      'chatbot-assistant-recherche': "Chatbot, assistant, recherche d'informations",
      'automatisation-taches': "Automatisation de tâches (libellé absent du texte extrait)",
      'analyse-donnees-prevision': "Analyse de données, prévision, optimisation des ressources",
      'analyse-classification-documents': "Analyse, classification de documents",
      'controle-qualite-detection': "Contrôle qualité, détection"}
U = []
vals = {'normandie': dict(gen=8.8, chat=3.3, ctrl=1.3, amb=[2.7, 2, 1.2]), 'france': dict(gen=9.5, chat=5.5, ctrl=1, amb=[3.2, 2.7, 2.5])}
for area, d in vals.items():
    AN = (f"Trois usages (automatisation de tâches, analyse de données, analyse de documents) se partagent les valeurs "
          f"{' ; '.join(str(x).replace('.', ',') for x in d['amb'])} % sans que le texte permette de les attribuer.")
    U.append({'use': 'generation-texte-voix-image', 'useLabel': UL['generation-texte-voix-image'], 'area': area, 'year': 2024, 'value': d['gen'], 'confidence': 'read',
              'note': "Valeur la plus élevée du bloc ; le texte précise que les usages « sont issus de l'IA générative »."})
    U.append({'use': 'chatbot-assistant-recherche', 'useLabel': UL['chatbot-assistant-recherche'], 'area': area, 'year': 2024, 'value': d['chat'], 'confidence': 'read'})
    for u in ['automatisation-taches', 'analyse-donnees-prevision', 'analyse-classification-documents']:
        U.append({'use': u, 'useLabel': UL[u], 'area': area, 'year': 2024, 'value': amb(d['amb'], AN), 'confidence': 'ambiguous', 'note': AN})
    U.append({'use': 'controle-qualite-detection', 'useLabel': UL['controle-qualite-detection'], 'area': area, 'year': 2024, 'value': d['ctrl'], 'confidence': 'read'})
write('ai-uses', "Usages de l'IA par les TPE-PME en 2024", '% des TPE-PME', '2024',
      {**SRC, 'year': '2024', 'citation': "Source : Baromètres FranceNum, Résultats des enquêtes 2023 et 2024, septembre 2023 et 2024, traitement Carif-Oref de Normandie"},
      "Enquête sur les besoins des TPE-PME et leurs pratiques numériques : les usagers de l'IA progressent (FranceNum 2023/2024) – Usages de l'IA par les entreprises",
      '303-429',
      [
          "Chaque bloc du graphique IA (Normandie puis France, voir ai-adoption-by-sector) contient, en plus des 12 valeurs sectorielles, 6 valeurs d'usages 2024 : Normandie 1,2 ; 2,7 ; 3,3 ; 2 ; 1,3 ; 8,8 — France 3,2 ; 2,7 ; 5,5 ; 2,5 ; 1 ; 9,5. Le texte n'imprime que 5 libellés d'usages : le sixième manque à l'extraction.",
          "Recoupement externe : France Num 2024 (France entière) publie IA générative 10 %, chatbots et assistants 5 %, automatisation de tâches, analyse de données et analyse de documents 3 % chacun, contrôle qualité et détection d'anomalies 1 %. Les valeurs France s'y rangent à l'arrondi près (9,5 → 10 ; 5,5 → 5, valeur sous-jacente sans doute un peu inférieure à 5,5 ; 3,2, 2,7 et 2,5 → 3 ; 1 → 1), chaque valeur n'ayant qu'un seul rang national possible, ce qui identifie le sixième usage (automatisation de tâches) et les positions de la génération (6e), du chatbot (3e) et du contrôle qualité (5e).",
          "Les positions étant les mêmes dans les deux blocs (graphiques jumeaux), la Normandie donne : génération 8,8, chatbot 3,3, contrôle qualité 1,3 (reconstruit). Les trois usages à environ 3 % au niveau national (automatisation, analyse de données, analyse de documents) ne peuvent pas être départagés : Missing « ambiguous » avec les trois candidats (Normandie 2,7 / 2 / 1,2 ; France 3,2 / 2,7 / 2,5).",
          "Contrôle : chaque usage est inférieur à la part des TPE-PME ayant une solution d'IA en 2024 (11,6 % en Normandie, 12,8 % en France). Les usages se cumulent (plusieurs réponses possibles) : leur somme n'a pas à égaler la part totale.",
          "Valeurs en % de l'ensemble des TPE-PME (et non des seules utilisatrices d'IA), comme au niveau national (IA générative 10 % des TPE-PME pour 13 % d'utilisatrices) ; la génération de texte (8,8 %) reste inférieure à la part d'utilisatrices (11,6 %).",
      ], U)
