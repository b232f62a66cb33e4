from common import *

SRC = {'publisher': 'Insee', 'dataset': 'Recensement de la population (actifs en emploi au lieu de travail), via Statoscope',
       'year': '2015 et 2021',
       'citation': "Source : Insee, RP 2021 (géographie au 01/01/2023) et 2015, actifs en emploi au lieu de travail – Statoscope, traitement Carif-Oref de Normandie",
       'licence': LIC}
SECTION = "Les métiers de la donnée et de l'IA en chiffres – L'emploi en Normandie"

# ---------------- employment-growth ----------------
counts = {'famille': 13358, 'ingenieurs': 6205, 'techniciens': 6211}
growth = {'famille': 20.5, 'ingenieurs': 41.6, 'techniciens': 11.1}
share = {'famille': 1, 'ingenieurs': 0.5, 'techniciens': 0.5}
rows = []
for g in ['famille', 'ingenieurs', 'techniciens']:
    n, r = counts[g], growth[g]
    est = round(n / (1 + r / 100))
    lo, hi = n / (1 + (r + 0.05) / 100), n / (1 + (r - 0.05) / 100)
    rows.append({'group': g, 'groupLabel': G[g], 'indicator': 'actifs-en-emploi', 'indicatorLabel': 'Actifs en emploi',
                 'period': '2021', 'unit': 'personnes', 'value': n, 'confidence': 'certain'})
    rows.append({'group': g, 'groupLabel': G[g], 'indicator': 'actifs-en-emploi', 'indicatorLabel': 'Actifs en emploi',
                 'period': '2015', 'unit': 'personnes',
                 'value': nis(f"Effectif 2015 non imprimé dans l'étude ; seulement déductible du taux d'évolution ({n} / (1 + {r}/100) ≈ {est})."),
                 'derivedEstimate': est, 'derivedRange': [round(lo, 1), round(hi, 1)],
                 'confidence': 'proved',
                 'note': "Estimation arithmétique (non publiée) : à afficher comme « environ », jamais comme un chiffre de l'étude."})
    rows.append({'group': g, 'groupLabel': G[g], 'indicator': 'evolution-emploi', 'indicatorLabel': "Évolution de l'emploi 2015-2021",
                 'period': '2015-2021', 'unit': '%', 'value': r, 'confidence': 'certain'})
    rows.append({'group': g, 'groupLabel': G[g], 'indicator': 'part-emplois-regionaux', 'indicatorLabel': 'Part des emplois normands',
                 'period': '2021', 'unit': '%', 'value': share[g], 'confidence': 'certain'})
write('employment-growth', "Actifs en emploi des métiers de l'informatique et évolution 2015-2021 en Normandie", 'personnes', '2015 – 2021', SRC,
      SECTION + ' (chiffres clés de la famille et des deux sous-familles)', '447-463, 499-511, 563, 579, 583-618',
      [
          "Valeurs imprimées telles quelles : 13 358 actifs (famille), 6 205 (ingénieurs), 6 211 (techniciens) ; +20,5 %, +41,6 %, +11,1 % entre 2015 et 2021 ; 1 % et 0,5 % des emplois normands.",
          "Les effectifs 2015 ne sont pas publiés : la valeur est un Missing « not-in-source » et le champ derivedEstimate donne l'estimation 2021 / (1 + taux), avec derivedRange l'intervalle compatible avec l'arrondi du taux au dixième.",
          "Contrôle : 6 205 + 6 211 = 12 416 ≤ 13 358 (le reste, 942 actifs, relève des autres métiers de la famille FAP 22) ; en 2015, 4 382 + 5 590 = 9 972 ≤ 11 085 (famille), soit environ 1 113 « autres » actifs en 2015 contre 942 en 2021.",
          "Contrôle des parts : 6 205 / 13 358 × 1 % ≈ 0,46 %, cohérent avec 0,5 % compte tenu des arrondis (1 % pour la famille est arrondi à l'unité).",
      ], rows)

# ---------------- employment-profile ----------------
P = []
def prow(g, dim, cat, label, value, conf, note=None):
    r = {'group': g, 'groupLabel': G[g], 'dimension': dim, 'category': cat, 'categoryLabel': label, 'year': 2021, 'value': value, 'confidence': conf}
    if note: r['note'] = note
    P.append(r)

AGE_NOTE_I = "Répartition par âge non attribuable avec certitude : lecture H2 (préférée) = {22,6 ; 55,1 ; 22,2} avec <30 ans et 50 ans et plus indiscernables ; lecture H1 = {21,8 ; 48,6 ; 29,6}. Voir notes du fichier."
AGE_NOTE_T = "Répartition par âge non attribuable avec certitude : lecture H2 (préférée) = 29,6 / 48,6 / 21,8 ; lecture H1 = {22,6 ; 55,1 ; 22,2}. Voir notes du fichier."
prow('ingenieurs', 'age', 'moins-30-ans', 'Moins de 30 ans', amb([22.6, 22.2, 21.8], AGE_NOTE_I), 'ambiguous', AGE_NOTE_I)
prow('ingenieurs', 'age', '30-49-ans', 'Entre 30 et 49 ans', amb([55.1, 48.6], AGE_NOTE_I), 'ambiguous', AGE_NOTE_I)
prow('ingenieurs', 'age', '50-ans-et-plus', 'Plus de 50 ans', amb([22.2, 22.6, 29.6], AGE_NOTE_I), 'ambiguous', AGE_NOTE_I)
prow('techniciens', 'age', 'moins-30-ans', 'Moins de 30 ans', amb([29.6, 22.6, 22.2], AGE_NOTE_T), 'ambiguous', AGE_NOTE_T)
prow('techniciens', 'age', '30-49-ans', 'Entre 30 et 49 ans', amb([48.6, 55.1], AGE_NOTE_T), 'ambiguous', AGE_NOTE_T)
prow('techniciens', 'age', '50-ans-et-plus', 'Plus de 50 ans', amb([21.8, 22.6, 22.2], AGE_NOTE_T), 'ambiguous', AGE_NOTE_T)

SEX_NOTE = "Deux couples femmes/hommes sont imprimés (18,2/81,8 et 17,7/82,3) sans que le texte dise lequel va à quelle sous-famille ; candidats dans l'ordre de la lecture H2 (non prouvée)."
prow('ingenieurs', 'sexe', 'femmes', 'Femmes', amb([18.2, 17.7], SEX_NOTE), 'ambiguous', SEX_NOTE)
prow('ingenieurs', 'sexe', 'hommes', 'Hommes', amb([81.8, 82.3], SEX_NOTE), 'ambiguous', SEX_NOTE)
prow('techniciens', 'sexe', 'femmes', 'Femmes', amb([17.7, 18.2], SEX_NOTE), 'ambiguous', SEX_NOTE)
prow('techniciens', 'sexe', 'hommes', 'Hommes', amb([82.3, 81.8], SEX_NOTE), 'ambiguous', SEX_NOTE)
prow('famille', 'sexe', 'hommes', 'Hommes', 79.9, 'certain')

for g, vals, hconf in [('ingenieurs', [2.2, 2.3, 6.4, 89.1], 'read'), ('techniciens', [5.4, 9.5, 22.5, 62.6], 'read')]:
    for (cat, lab), val in zip([('aucun-diplome', 'Aucun diplôme'), ('cap-bep', 'CAP - BEP'), ('baccalaureat', 'Baccalauréat'), ('etudes-superieures', "Diplôme d'études supérieures")], vals):
        prow(g, 'diplome', cat, lab, val, 'certain' if cat == 'etudes-superieures' else hconf)
prow('famille', 'diplome', 'etudes-superieures', "Diplôme d'études supérieures", 73.6, 'certain')

for g, vals in [('ingenieurs', [92.4, 4.1, 3.3, 0.0, 0.3]), ('techniciens', [85.9, 8.3, 5.3, 0.0, 0.5])]:
    for (cat, lab), val in zip([('cdi-fonction-publique', 'CDI ou fonction publique'), ('apprentis', 'Apprentis'), ('cdd-interimaires', 'CDD et intérimaires'),
                                ('independants-employeurs', 'Indépendants et employeurs'), ('autres', 'Autres')], vals):
        prow(g, 'contrat', cat, lab, val, 'certain' if cat == 'cdi-fonction-publique' else 'read')

write('employment-profile', "Profil des actifs en emploi : âge, sexe, diplôme et contrat", '%', '2021', SRC, SECTION + ' (fiches Ingénieurs / Techniciens de l\'informatique)',
      '434-581, 639-655',
      [
          "Diplôme, ingénieurs : Aucun 2,2 – CAP-BEP 2,3 – Bac 6,4 – Supérieur 89,1 (titre « 89,1 % des personnes ont un niveau d'études supérieures ») ; somme 100,0. Valeurs lues dans l'ordre des libellés.",
          "Diplôme, techniciens : Aucun 5,4 – CAP-BEP 9,5 – Bac 22,5 – Supérieur 62,6 ; somme 100,0. Les valeurs 22,5 et 62,6 sont déplacées dans le texte (lignes 439-441 et 642-644) ; le 18,2 voisin n'est pas le Bac car 5,4 + 9,5 + 18,2 + 62,6 = 95,7 ≠ 100 : 18,2/81,8 est un couple femmes/hommes.",
          "Contrats : ingénieurs 92,4 / 4,1 / 3,3 / 0,0 / 0,3 (somme 100,1), techniciens 85,9 / 8,3 / 5,3 / 0 / 0,5 (somme 100,0 ; le 85,9 est imprimé en ligne 655 et confirmé par le titre « (85,9 %) sont majoritaires »). Valeurs lues dans l'ordre des barres (CDI ou FP, Apprentis, CDD et intérimaires, Indépendants et employeurs, Autres) : la première correspond au titre, l'ordre des suivantes est supposé identique.",
          "Âge : deux triplets sont imprimés, {22,6 ; 22,2 ; 55,1} (l. 553-555) et {21,8 ; 29,6 ; 48,6} (l. 443-445 et 651-653, à côté des valeurs déplacées des techniciens). L'ordre des libellés ne s'applique pas (lu dans l'ordre, il donnerait 55,1 % de 50 ans et plus et un âge moyen d'environ 45 ans, incompatible avec 39,8). Lecture H2 (préférée) : ingénieurs {22,6 ; 55,1 ; 22,2}, techniciens 29,6 (<30) / 48,6 / 21,8 (≥50) — avec des âges moyens de tranche 26 / 39,5 / 55,5 elle donne ≈ 40,0 et ≈ 38,6 ans pour 39,8 et 38,2 publiés, et les techniciens plus jeunes ont deux fois plus d'apprentis (8,3 % contre 4,1 %). Lecture H1 : ingénieurs 21,8 / 48,6 / 29,6, techniciens {22,6 ; 55,1 ; 22,2} — compatible elle aussi si les âges moyens de tranche sont plus bas (24 / 38,5 / 54). Le texte ne tranche pas : valeurs Missing « ambiguous », candidats dans l'ordre H2 puis H1. Dans la lecture H2, 22,6 et 22,2 restent indiscernables entre moins de 30 ans et 50 ans et plus pour les ingénieurs.",
          "Sexe : couples 18,2/81,8 et 17,7/82,3 (sommes 100,0) ; la famille (79,9 % d'hommes) ne les départage pas car les deux sous-familles ont presque le même effectif (6 205 et 6 211). Missing « ambiguous » pour les deux sous-familles.",
          "Famille : seules les parts publiées sont reprises (79,9 % d'hommes, 73,6 % de diplômés du supérieur). Contrôle : avec 89,1 % et 62,6 %, les 942 « autres » actifs de la famille auraient 44 % de diplômés du supérieur (valeur possible, entre 0 et 100).",
      ], P)

# ---------------- employment-sectors ----------------
S = []
SECT_NOTE = "Deux triplets imprimés (16 / 4,7 / 78,4 et 15,8 / 10 / 68,2) sans indication de sous-famille ; candidats dans l'ordre de lecture du document (ingénieurs d'abord)."
for g, a, b in [('ingenieurs', 0, 1), ('techniciens', 1, 0)]:
    trip = [(16, 4.7, 78.4), (15.8, 10, 68.2)]
    for i, (sec, lab) in enumerate([('industrie', 'Industrie'), ('commerce', 'Commerce'), ('services', 'Services')]):
        S.append({'group': g, 'groupLabel': G[g], 'sector': sec, 'sectorLabel': lab, 'year': 2021,
                  'value': amb([trip[a][i], trip[b][i]], SECT_NOTE), 'confidence': 'ambiguous', 'note': SECT_NOTE})
S.append({'group': 'famille', 'groupLabel': G['famille'], 'sector': 'services', 'sectorLabel': 'Services', 'year': 2021, 'value': 72.8, 'confidence': 'certain'})
write('employment-sectors', "Répartition des actifs par grand secteur d'activité", '%', '2021', SRC, SECTION + ' (secteurs d\'activité)', '620-623, 657-663',
      [
          "Famille : « 72,8 % des actifs exercent dans le secteur des services » (certain).",
          "Sous-familles : deux triplets sont imprimés à la suite (« 16 % dans l'Industrie, 4,7 % dans le Commerce, 78,4 % dans les Services » et « 15,8 % dans l'industrie, 10 % dans le commerce, 68,2 % dans les services »), sans titre de sous-famille. Les sommes (99,1 et 94,0 ; le reste relève de l'agriculture et de la construction, non publiés) et la part de la famille ne les départagent pas : les deux sous-familles ont presque le même effectif, d'où environ 66 % de services pour les 942 autres actifs dans les deux cas.",
          "Valeurs Missing « ambiguous » ; le premier candidat suit l'ordre habituel du document (ingénieurs puis techniciens), sans preuve.",
      ], S)

# ---------------- employment-key-figures ----------------
K = []
def k(g, ind, lab, val, unit, conf='certain', period='2021', note=None):
    r = {'group': g, 'groupLabel': G[g], 'indicator': ind, 'indicatorLabel': lab, 'period': period, 'unit': unit, 'value': val, 'confidence': conf}
    if note: r['note'] = note
    K.append(r)
k('famille', 'actifs-en-emploi', 'Actifs normands en emploi', 13358, 'personnes')
k('famille', 'part-emplois-regionaux', 'Part des emplois normands', 1, '%')
k('famille', 'part-hommes', 'Part des hommes', 79.9, '%')
k('famille', 'age-moyen', 'Âge moyen des actifs', 38.9, 'ans')
k('famille', 'part-diplome-superieur', "Part des diplômés d'études supérieures", 73.6, '%')
k('famille', 'part-emplois-durables', 'Part des emplois durables', 87.9, '%')
k('famille', 'evolution-emploi', "Évolution de l'emploi 2015-2021", 20.5, '%', period='2015-2021')
k('famille', 'part-services', 'Part des actifs dans les services', 72.8, '%')
FEM_NOTE = "« La part des femmes a augmenté de 4,3 points » et « … de 1,2 point » sont imprimés sans sous-famille explicite ; candidats dans l'ordre de la lecture H2 (non prouvée)."
for g, n, age, cdi, gr, sup, fem in [('ingenieurs', 6205, 39.8, 92.4, 41.6, 89.1, [4.3, 1.2]), ('techniciens', 6211, 38.2, 85.9, 11.1, 62.6, [1.2, 4.3])]:
    k(g, 'actifs-en-emploi', 'Actifs normands en emploi', n, 'personnes')
    k(g, 'part-emplois-regionaux', 'Part des emplois normands', 0.5, '%')
    k(g, 'age-moyen', 'Âge moyen des actifs', age, 'ans')
    k(g, 'part-cdi-fonction-publique', 'Part des CDI et statuts de la fonction publique', cdi, '%')
    k(g, 'evolution-emploi', "Évolution de l'emploi 2015-2021", gr, '%', period='2015-2021')
    k(g, 'part-diplome-superieur', "Part des diplômés d'études supérieures", sup, '%')
    k(g, 'evolution-part-femmes', 'Évolution de la part des femmes 2015-2021', amb(fem, FEM_NOTE), 'points', 'ambiguous', '2015-2021', FEM_NOTE)
write('employment-key-figures', "Chiffres clés de l'emploi dans les métiers de l'informatique et des télécommunications", 'mixte (personnes, %, ans, points)', '2015 – 2021', SRC,
      SECTION + ' (chiffres clés)', '447-579, 583-624',
      [
          "Chiffres imprimés en clair dans les encadrés : famille (13 358 actifs, 1 % des emplois, 79,9 % d'hommes, 38,9 ans, 73,6 % de diplômés du supérieur, 87,9 % d'emplois durables, +20,5 %, 72,8 % dans les services), ingénieurs (6 205, 0,5 %, 39,8 ans, 92,4 % CDI/FP, +41,6 %, 89,1 %) et techniciens (6 211, 0,5 %, 38,2 ans, 85,9 % CDI/FP, +11,1 %, 62,6 %).",
          "Contrôle : l'âge moyen des 942 autres actifs de la famille vaut (13 358 × 38,9 − 6 205 × 39,8 − 6 211 × 38,2) / 942 ≈ 37,6 ans, valeur plausible ; la part d'emplois durables qu'ils auraient, (13 358 × 87,9 − 6 205 × 92,4 − 6 211 × 85,9) / 942 ≈ 71,6 %, est elle aussi comprise entre 0 et 100.",
          "L'évolution de la part des femmes (+4,3 points, +1,2 point) n'est pas attribuable avec certitude à une sous-famille : Missing « ambiguous ».",
      ], K)
