from common import *
SRC = {'publisher': 'France Travail', 'dataset': "Demandeurs d'emploi en fin de mois (cat. ABC) et offres d'emploi diffusées, via Statoscope",
       'year': 'T1 2019 – T1 2024',
       'citation': "Source : France Travail, Demandeurs d'emploi en fin de mois 2024, Offres d'emploi diffusées, 2024 – Statoscope, traitement Carif-Oref de Normandie",
       'licence': LIC}
SECTION = "Le marché du travail en Normandie – Les métiers de l'informatique et télécommunication"
R = []
def r(g, ind, lab, period, unit, val, conf='certain', note=None):
    x = {'group': g, 'groupLabel': G[g], 'indicator': ind, 'indicatorLabel': lab, 'period': period, 'unit': unit, 'value': val, 'confidence': conf}
    if note: x['note'] = note
    R.append(x)
DE = "Demandeurs d'emploi (cat. ABC)"
data = {
    'famille': dict(de=3000, part=1.2, evo=nis("Non publié pour la famille (seulement pour chaque sous-famille)."), ld=36.8, h=88.7, a=66.3, sup=74.3, off=9950, evoff=153.3, dur=86.5),
    'ingenieurs': dict(de=580, part=0.2, evo=38.1, ld=39.7, h=81.0, a=65.4, sup=98.1, off=3598, evoff=252.6, dur=86.0),
    'techniciens': dict(de=2420, part=1.0, evo=16.9, ld=36.1, h=90.6, a=66.5, sup=69.1, off=6352, evoff=117.6, dur=86.8),
}
for g, d in data.items():
    r(g, 'demandeurs-emploi-abc', DE, 'T1 2024', 'personnes', d['de'])
    r(g, 'part-de-regionaux', "Part des demandeurs d'emploi normands (toutes professions)", 'T1 2024', '%', d['part'])
    if isinstance(d['evo'], dict):
        r(g, 'evolution-demandeurs-emploi', "Évolution des demandeurs d'emploi T1 2019 – T1 2024", 'T1 2019 – T1 2024', '%', d['evo'], 'certain', "Non publié pour la famille.")
    else:
        r(g, 'evolution-demandeurs-emploi', "Évolution des demandeurs d'emploi T1 2019 – T1 2024", 'T1 2019 – T1 2024', '%', d['evo'])
    r(g, 'part-longue-duree', "Part des demandeurs d'emploi de longue durée (plus de 12 mois)", 'T1 2024', '%', d['ld'])
    r(g, 'part-hommes', "Part des hommes parmi les demandeurs d'emploi", 'T1 2024', '%', d['h'],
      'proved' if g != 'famille' else 'certain',
      "Couple 19 / 81 (ingénieurs) et 9,4 / 90,6 (techniciens) : la part des hommes est prouvée par la moyenne pondérée (580 × 81 + 2 420 × 90,6) / 3 000 = 88,74 ≈ 88,7 % publié pour la famille." if g != 'famille' else None)
    r(g, 'part-30-49-ans', "Part des 30-49 ans parmi les demandeurs d'emploi", 'T1 2024', '%', d['a'],
      'proved' if g != 'famille' else 'certain',
      "Tranche la plus représentée selon le texte ; contrôle pondéré (580 × 65,4 + 2 420 × 66,5) / 3 000 = 66,29 ≈ 66,3 % (famille)." if g != 'famille' else None)
    r(g, 'part-diplome-superieur', "Part des demandeurs d'emploi diplômés d'études supérieures", 'T1 2024', '%', d['sup'])
    r(g, 'offres-diffusees', "Offres d'emploi diffusées (cumul T1 2019 – T1 2024)", 'T1 2019 – T1 2024', 'offres', d['off'])
    r(g, 'evolution-offres', "Évolution des offres d'emploi entre le T1 2019 et le T1 2024", 'T1 2019 – T1 2024', '%', d['evoff'])
    r(g, 'part-offres-durables', "Part des offres d'emploi durables (plus de 6 mois)", 'T1 2019 – T1 2024', '%', d['dur'])
write('labour-market', "Demandeurs d'emploi et offres d'emploi dans les métiers de l'informatique", 'mixte (personnes, offres, %)', 'T1 2019 – T1 2024', SRC, SECTION, '664-845',
      [
          "Chiffres imprimés en clair. Famille : 3 000 demandeurs d'emploi (DE) cat. ABC, 1,2 % des DE normands, 88,7 % d'hommes, 66,3 % de 30-49 ans, 74,3 % diplômés du supérieur, 36,8 % de longue durée, 9 950 offres (T1 2019 – T1 2024), +153,3 %, 86,5 % d'offres durables. Ingénieurs : 580 DE, 0,2 %, +38,1 % depuis le T1 2019, 39,7 % de longue durée, 98,1 % du supérieur, 3 598 offres, +252,6 %, 86 % durables. Techniciens : 2 420 DE, 1 %, +16,9 %, 36,1 %, 69,1 %, 6 352 offres, +117,6 %, 86,8 %.",
          "Contrôles exacts : 580 + 2 420 = 3 000 DE ; 3 598 + 6 352 = 9 950 offres ; 0,2 + 1,0 = 1,2 % des DE normands. Pour les DE, la famille se réduit donc aux deux sous-familles, ce qui permet de prouver les parts par moyenne pondérée : hommes (580 × 81 + 2 420 × 90,6) / 3 000 = 88,74 % (publié 88,7) ; longue durée (580 × 39,7 + 2 420 × 36,1) / 3 000 = 36,80 % (publié 36,8) ; 30-49 ans 66,29 % (publié 66,3) ; offres durables (3 598 × 86 + 6 352 × 86,8) / 9 950 = 86,51 % (publié 86,5).",
          "Écart signalé : diplômés du supérieur (580 × 98,1 + 2 420 × 69,1) / 3 000 = 74,7 % alors que la famille affiche 74,3 % (écart 0,4 point, au-delà de l'arrondi des effectifs à la dizaine ; base de calcul probablement différente, p. ex. diplôme renseigné). Les valeurs imprimées sont conservées.",
          "L'évolution des offres de la famille (+153,3 %) est bien comprise entre celles des sous-familles (+117,6 % et +252,6 %), comme l'exige un agrégat de deux composantes. L'évolution des DE de la famille n'est pas publiée (Missing « not-in-source »).",
          "« 9 950 offres d'emploi entre le T1 2019 et T1 2024 » est un cumul des offres diffusées sur la période ; les taux d'évolution comparent le 1er trimestre 2024 au 1er trimestre 2019.",
      ], R)

# ---------------- jobseekers-profile ----------------
J = []
def j(g, dim, cat, lab, val, conf, note=None):
    x = {'group': g, 'groupLabel': G[g], 'dimension': dim, 'category': cat, 'categoryLabel': lab, 'period': 'T1 2024', 'value': val, 'confidence': conf}
    if note: x['note'] = note
    J.append(x)
NI = "Les deux tranches extrêmes (34,6 % et 0,0 %) sont imprimées sans libellé sûr : le texte ne dit pas laquelle est celle des moins de 30 ans."
NT = "Les deux tranches extrêmes (14,1 % et 19,4 %) sont imprimées sans libellé sûr : le texte ne dit pas laquelle est celle des moins de 30 ans."
j('ingenieurs', 'age', 'moins-30-ans', 'Moins de 30 ans', amb([34.6, 0], NI), 'ambiguous', NI)
j('ingenieurs', 'age', '30-49-ans', 'Entre 30 et 49 ans', 65.4, 'proved', "Tranche la plus représentée selon le texte ; prouvé par la moyenne pondérée (580 × 65,4 + 2 420 × 66,5) / 3 000 = 66,29 ≈ 66,3 % publié pour la famille, qu'aucune autre valeur des triplets ne donne (34,6 → 60,3 ; 0,0 → 53,6).")
j('ingenieurs', 'age', '50-ans-et-plus', 'Plus de 50 ans', amb([0, 34.6], NI), 'ambiguous', NI)
j('techniciens', 'age', 'moins-30-ans', 'Moins de 30 ans', amb([14.1, 19.4], NT), 'ambiguous', NT)
j('techniciens', 'age', '30-49-ans', 'Entre 30 et 49 ans', 66.5, 'proved', "Tranche la plus représentée selon le texte ; prouvé par la moyenne pondérée (580 × 65,4 + 2 420 × 66,5) / 3 000 = 66,29 ≈ 66,3 % publié pour la famille, qu'aucune autre valeur des triplets ne donne (14,1 → 24,0 ; 19,4 → 28,3).")
j('techniciens', 'age', '50-ans-et-plus', 'Plus de 50 ans', amb([19.4, 14.1], NT), 'ambiguous', NT)
j('famille', 'age', '30-49-ans', 'Entre 30 et 49 ans', 66.3, 'certain')
for g, f, h in [('ingenieurs', 19.0, 81.0), ('techniciens', 9.4, 90.6)]:
    j(g, 'sexe', 'femmes', 'Femmes', f, 'proved', "Prouvé par la moyenne pondérée des hommes (88,7 % pour la famille).")
    j(g, 'sexe', 'hommes', 'Hommes', h, 'proved', "Prouvé par la moyenne pondérée des hommes (88,7 % pour la famille).")
j('famille', 'sexe', 'hommes', 'Hommes', 88.7, 'certain')
for g, v in [('famille', 74.3), ('ingenieurs', 98.1), ('techniciens', 69.1)]:
    j(g, 'diplome', 'etudes-superieures', "Diplôme d'études supérieures", v, 'certain')
write('jobseekers-profile', "Profil des demandeurs d'emploi (cat. ABC) : âge, sexe, diplôme", '%', 'T1 2024', SRC, SECTION + " (profil des demandeurs d'emploi)", '671-693, 717-845',
      [
          "Sexe : couples « 19 % 81 % » (ingénieurs) et « 9,4 % 90,6 % » (techniciens). L'attribution femmes/hommes est prouvée : (580 × 81 + 2 420 × 90,6) / 3 000 = 88,74 %, égal aux 88,7 % d'hommes publiés pour la famille ; l'attribution inverse donnerait 82,9 %.",
          "Âge : le texte dit que la tranche des 30-49 ans est la plus représentée, donc 65,4 % (ingénieurs) et 66,5 % (techniciens) ; contrôle pondéré 66,29 % ≈ 66,3 % (famille). Lu dans l'ordre des libellés, le triplet des ingénieurs donnerait 0,0 % de 30-49 ans, ce qui contredit le texte : l'ordre des libellés n'est donc pas fiable pour ces anneaux, et les deux tranches extrêmes restent Missing « ambiguous » (34,6 / 0,0 pour les ingénieurs, 14,1 / 19,4 pour les techniciens), candidats dans l'ordre d'impression.",
      ], J)

# ---------------- job-offers-duration ----------------
O = []
NO = ("Ordre d'impression des valeurs = ordre des libellés (Plus de 6 mois, Intérim, De 1 à 6 mois) selon la première lecture ; "
      "mais un taux d'intérim supérieur à celui des contrats de 1 à 6 mois est peu vraisemblable pour ces métiers, et le texte ne tranche pas.")
for g, dur, a, b in [('ingenieurs', 86.0, 12.3, 1.7), ('techniciens', 86.8, 10.9, 2.3)]:
    O.append({'group': g, 'groupLabel': G[g], 'duration': 'plus-de-6-mois', 'durationLabel': 'Plus de 6 mois (offres durables)', 'period': 'T1 2019 – T1 2024', 'value': dur,
              'confidence': 'certain', 'note': "Égal au titre « … % des offres d'emploi sont durables »."})
    O.append({'group': g, 'groupLabel': G[g], 'duration': 'interim', 'durationLabel': 'Intérim', 'period': 'T1 2019 – T1 2024', 'value': amb([a, b], NO), 'confidence': 'ambiguous', 'note': NO})
    O.append({'group': g, 'groupLabel': G[g], 'duration': '1-a-6-mois', 'durationLabel': 'De 1 à 6 mois', 'period': 'T1 2019 – T1 2024', 'value': amb([b, a], NO), 'confidence': 'ambiguous', 'note': NO})
write('job-offers-duration', "Offres d'emploi diffusées selon la durée du contrat", '%', 'T1 2019 – T1 2024', SRC, SECTION + " (offres d'emploi par durée)", '725-737, 784-798, 830',
      [
          "Ingénieurs : 86,0 (l. 830, égal au titre « 86 % des offres d'emploi sont durables ») + 12,3 + 1,7 = 100,0. Techniciens : 86,8 + 10,9 + 2,3 = 100,0 (86,8 égal au titre).",
          "La part « Plus de 6 mois » est certaine. La répartition du reste entre « Intérim » et « De 1 à 6 mois » n'est pas tranchée par le texte : Missing « ambiguous », premier candidat = lecture dans l'ordre des libellés.",
      ], O)
