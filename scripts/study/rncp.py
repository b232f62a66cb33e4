from common import *
from misc import slug
DEP = {'14': 'Calvados', '27': 'Eure', '50': 'Manche', '61': 'Orne', '76': 'Seine-Maritime'}
SRC = {'publisher': 'Carif-Oref de Normandie ; France compétences (RNCP)', 'dataset': "Offre de formation certifiante en data et IA en Normandie (Répertoire national des certifications professionnelles)",
       'year': '2024', 'citation': "Source : Carif-Oref de Normandie, tableau des formations inscrites au RNCP préparant aux métiers de la data et de l'IA en Normandie (étude Flash 2024)",
       'licence': LIC}
SECTION = "Une offre de formation solide en Normandie – Les formations en data et IA en Normandie : du Bac +3 au Bac +5/6"
# ---------- establishments ----------
E = []
def est(id_, name, town, dep, seg, certs=(), pairing='non-apparie', note=None, conf=None):
    r = {'establishment': id_, 'name': name, 'town': town, 'departmentCode': dep, 'departmentLabel': DEP[dep], 'segment': seg,
         'certifications': list(certs), 'pairing': pairing, 'confidence': conf or ('read' if pairing == 'reconstruit' else 'certain')}
    if note: r['note'] = note
    E.append(r)
est('universite-le-havre-normandie', 'Université Le Havre Normandie', 'Le Havre', '76', 1)
est('universite-rouen-normandie-insa-rouen-normandie', 'Université Rouen Normandie / INSA Rouen Normandie', 'Rouen', '76', 1, note="Co-accréditation imprimée ainsi ; ville tirée de l'intitulé.")
est('insa-rouen-normandie', 'INSA Rouen Normandie', 'Rouen', '76', 1, note="Ville tirée de l'intitulé.")
est('universite-caen-normandie', 'Université Caen Normandie', 'Caen', '14', 1)
est('ensi-caen', 'ENSI Caen (ENSICAEN)', 'Caen', '14', 2, ['ingenieur-en-informatique'], 'reconstruit',
    "Seule école d'ingénieurs de Caen du bloc, imprimée en tête des établissements comme « Ingénieur en informatique » en tête des intitulés.")
est('cesi-rouen', 'CESI', 'Rouen', '76', 2, note="Imprimé « CESI Rouen » (2 fois) et « CESI Rouen / Caen » (2 fois) : formations non appariées.")
est('cesi-caen', 'CESI', 'Caen', '14', 2, note="Imprimé dans « CESI Rouen / Caen » (2 fois) : formations non appariées.")
est('ecole-42-le-havre', 'École 42', 'Le Havre', '76', 2)
est('cfa-ganapati-ecole-404', 'CFA Ganapati – École 404', 'Hérouville-Saint-Clair', '14', 2)
est('cfa-creative', 'CFA Créative', 'Hérouville-Saint-Clair', '14', 2)
est('cfa-nfspro', 'CFA NFSPRO', 'Rouen', '76', 2, note='Imprimé deux fois.')
est('cfa-fim', 'CFA FIM', 'Saint-Lô', '50', 2)
LYC_A = "Lycées du bloc 2 : le BTS CIEL option A est le seul diplôme de niveau lycée/BTS du bloc, d'où l'appariement (reconstruit)."
for id_, name, town, dep in [('lycee-institut-lemonnier', 'Lycée des métiers Institut Lemonnier', 'Caen', '14'),
                             ('lycee-paul-cornu', 'Lycée polyvalent Paul Cornu', 'Lisieux', '14'),
                             ('lycee-jules-verne', 'Lycée Jules Verne', 'Mondeville', '14'),
                             ('lycee-modeste-leroy', 'Lycée Modeste Leroy', 'Évreux', '27'),
                             ('lycee-julliot-de-la-morandiere', 'Lycée des métiers Julliot de la Morandière', 'Granville', '50'),
                             ('lycee-marcel-sembat', 'Lycée Marcel Sembat', 'Sotteville-lès-Rouen', '76'),
                             ('lycee-raymond-queneau', 'Lycée Raymond Queneau', 'Yvetot', '76'),
                             ('lycee-la-chataigneraie', 'Lycée La Châtaigneraie', 'Le Mesnil-Esnard', '76')]:
    est(id_, name, town, dep, 2, ['bts-ciel-option-a'], 'reconstruit', LYC_A)
est('esigelec', 'ESIGELEC', 'Rouen', '76', 2, ['ingenieur-en-sciences-du-numerique-data-science-ia'], 'reconstruit',
    "Imprimé « EISIGELEC Rouen » (coquille). École d'ingénieurs partenaire de Normanthiia ; seconde école d'ingénieurs du bloc, appariée au second diplôme d'ingénieur.")
est('universite-caen-normandie-campus-lisieux', 'Université de Caen Normandie – Campus Lisieux', 'Lisieux', '14', 2, ['but-science-des-donnees'], 'reconstruit',
    "Seul établissement universitaire du bloc, qui ne contient qu'un diplôme universitaire de premier cycle (BUT science des données).")
est('greta-le-petit-quevilly', 'Greta', 'Le Petit-Quevilly', '76', 3, ['bac-pro-ciel'], 'reconstruit',
    "Imprimé sur la même ligne que « Bac pro cybersécurité, informatique et réseaux, électronique ».")
LYC3 = "Lycée du bloc 3 : BTS CIEL option B, BTS SIO ou Bac pro CIEL, non apparié par le texte."
for id_, name, town, dep in [('lycee-jean-rostand', 'Lycée Jean Rostand', 'Caen', '14'), ('lycee-gustave-flaubert', 'Lycée Gustave Flaubert', 'Rouen', '76'),
                             ('lycee-sainte-ursule', 'Lycée Sainte-Ursule', 'Caen', '14'), ('lycee-saint-adjutor', 'Lycée Saint-Adjutor', 'Vernon', '27'),
                             ('lycee-notre-dame-de-la-providence', 'Lycée Notre-Dame de la Providence', 'Avranches', '50'),
                             ('lycee-saint-joseph', 'Lycée Saint-Joseph', 'Le Havre', '76'), ('lycee-la-chataigneraie', 'Lycée La Châtaigneraie', 'Le Mesnil-Esnard', '76')]:
    est(id_, name, town, dep, 3, note=LYC3 + (" Imprimé deux fois (la seconde sans ville)." if id_ == 'lycee-jean-rostand' else ''))

# ---------- certifications ----------
C = []
S1 = ['RNCP34126', 'RNCP35197', 'RNCP38739', 'RNCP39278']
S2 = ['RNCP31678', 'RNCP35402', 'RNCP36135', 'RNCP36490', 'RNCP37391', 'RNCP37674', 'RNCP38710', 'RNCP38732', 'RNCP39623', 'RNCP4378']
S3 = ['RNCP35340', 'RNCP37489']
def cert(id_, title, typ, seg, level, basis, parcours=(), code=None, codePairing='non-apparie', cands=(), ests=(), estPairing='non-apparie', note=None):
    conf = 'certain'
    if estPairing == 'reconstruit' or codePairing == 'reconstruit': conf = 'read'
    if isinstance(level, dict): conf = 'ambiguous'
    r = {'certification': id_, 'title': title, 'parcours': list(parcours), 'diplomaType': typ, 'segment': seg, 'level': level, 'levelBasis': basis,
         'code': code, 'codePairing': codePairing, 'codeCandidates': [] if code else list(cands), 'establishments': list(ests), 'establishmentPairing': estPairing,
         'confidence': conf}
    if note: r['note'] = note
    C.append(r)
M = "Master : niveau 7 par définition (cadre national des certifications) ; quatre « 7 » imprimés dans le bloc."
for id_, t in [('master-informatique-iwocs', 'Master Informatique – Ingénierie du Web, des Objets Communicants et des Systèmes complexes (IWOCS)'),
               ('master-science-des-donnees-sciences-des-donnees', 'Master Science des données – Sciences des données'),
               ('master-science-des-donnees-msin', "Master Science des données – Mathématiques et science de l'information en Normandie"),
               ('master-science-des-donnees-sime', 'Master Science des données – Systèmes intelligents mobiles et embarqués (SIME)'),
               ('master-informatique-asi', 'Master Informatique – Algorithmique et systèmes intelligents (ASI)'),
               ('master-informatique-ia-sciences-des-donnees-sante', 'Master Informatique – Intelligence artificielle, sciences des données et santé'),
               ('master-informatique-ia-facteurs-humains', 'Master Informatique – Intelligence artificielle et facteurs humains'),
               ('master-expert-en-sciences-des-donnees', 'Master Expert en sciences des données')]:
    cert(id_, t, 'master', 1, 7, 'type-de-diplome', cands=S1, note=M)
cert('ingenieur-en-informatique', 'Ingénieur en informatique', 'ingenieur', 2, 7, 'type-de-diplome',
     ['Intelligence artificielle et cybersécurité', 'Intelligence artificielle image et son', 'E-Paiement et cybersécurité'], cands=S2, ests=['ensi-caen'], estPairing='reconstruit')
cert('but-science-des-donnees', 'Bachelor universitaire de technologie (BUT) Science des données', 'but', 2, 6, 'type-de-diplome',
     ['Exploration et modélisation statistique', "Visualisation, conception d'outils décisionnels"], cands=S2, ests=['universite-caen-normandie-campus-lisieux'], estPairing='reconstruit')
cert('ingenieur-en-sciences-du-numerique-data-science-ia', 'Ingénieur en sciences du numérique, majeure data science et intelligence artificielle', 'ingenieur', 2, 7, 'type-de-diplome',
     code='RNCP20812', codePairing='apparie-texte', ests=['esigelec'], estPairing='reconstruit', note="Code imprimé sur la même ligne que l'intitulé.")
cert('master-maintenance-systemes-intelligents-connectes', 'Master Science et ingénierie – Maintenance des systèmes intelligents et connectés', 'master', 2, 7, 'type-de-diplome', cands=S2)
cert('bachelor-grade-licence-intelligence-artificielle', 'Bachelor grade de licence en intelligence artificielle', 'bachelor', 2, 6, 'type-de-diplome', cands=S2,
     note="Grade de licence : niveau 6.")
LV = "Niveau non apparié : le bloc imprime 11 niveaux (7 ×3, 6 ×5, 5 ×3) pour 12 intitulés ; une fois retirés les niveaux fixés par le type de diplôme (ingénieurs et master 7, BUT et bachelor grade licence 6, BTS 5), restent 6 ×3 et 5 ×2 pour ces six titres."
for id_, t, typ in [('concepteur-developpeur-de-solutions-informatiques', 'Concepteur développeur de solutions informatiques', 'titre-rncp'),
                    ('developpeur-informatique', 'Développeur informatique', 'titre-rncp'),
                    ('titre-professionnel-developpeur-web-et-web-mobile', 'Titre professionnel Développeur web et web mobile', 'titre-professionnel'),
                    ('titre-professionnel-concepteur-developpeur-d-applications', "Titre professionnel Concepteur développeur d'applications", 'titre-professionnel'),
                    ('bachelor-concepteur-developpeur-d-applications-alternance', "Bachelor concepteur·trice, développeur·se d'applications en alternance", 'bachelor'),
                    ('bachelor-developpement-informatique', 'Bachelor développement informatique', 'bachelor')]:
    cert(id_, t, typ, 2, amb([5, 6], LV), 'multiset-du-bloc', cands=S2, note=LV)
cert('bts-ciel-option-a', 'BTS Cybersécurité, informatique et réseaux, électronique (CIEL) – Option A : Informatique et réseaux', 'bts', 2, 5, 'type-de-diplome', cands=S2,
     ests=['lycee-institut-lemonnier', 'lycee-paul-cornu', 'lycee-jules-verne', 'lycee-modeste-leroy', 'lycee-julliot-de-la-morandiere', 'lycee-marcel-sembat',
           'lycee-raymond-queneau', 'lycee-la-chataigneraie'], estPairing='reconstruit')
cert('bts-ciel-option-b', 'BTS Cybersécurité, informatique et réseaux, électronique (CIEL) – Option B : Électronique et réseaux', 'bts', 3, 5, 'type-de-diplome', cands=S3)
cert('bts-sio', 'BTS Services informatiques aux organisations (SIO)', 'bts', 3, 5, 'type-de-diplome',
     ["Option A : Solutions d'infrastructure, systèmes et réseaux", 'Option B : Solutions logicielles et applications métiers'], cands=S3)
cert('bac-pro-ciel', 'Bac pro Cybersécurité, informatique et réseaux, électronique', 'bac-pro', 3, 4, 'type-de-diplome', cands=S3,
     ests=['greta-le-petit-quevilly'], estPairing='reconstruit', note="Niveau 4 par définition (baccalauréat) ; le seul « 4 » imprimé est dans ce bloc.")

NOTES = [
    "Le tableau (« une vingtaine de formations inscrites au RNCP », l. 1502) est imprimé en trois blocs dont les colonnes Intitulé / Code RNCP / Niveau / Établissement sont extraites séparément : les appariements ligne à ligne sont perdus. On ne garde un appariement que si le texte le porte (code et intitulé sur la même ligne : RNCP20812) ou s'il se déduit sans connaissance extérieure (établissement seul de son type dans le bloc) — statut « apparie-texte » ou « reconstruit » ; sinon « non-apparie », avec la liste des codes du bloc dans codeCandidates.",
    "Bloc 1 (l. 1504-1557) : 8 masters, codes RNCP34126, RNCP39278 (imprimé deux fois), RNCP38739, RNCP35197 (imprimé « RNCP35197 7 »), quatre établissements (Université Le Havre Normandie ; Université Rouen Normandie / INSA Rouen Normandie ; INSA Rouen Normandie ; Université Caen Normandie). Aucun appariement sûr intitulé ↔ code ↔ établissement.",
    "Bloc 2 (l. 1558-1694) : 12 intitulés, 11 codes dont RNCP20812 apparié sur sa ligne ; « RNCP4378 7 » est imprimé avec 4 chiffres seulement (code probablement tronqué, conservé tel quel). Niveaux imprimés : 7 ×3, 6 ×5, 5 ×3 pour 12 intitulés.",
    "Bloc 3 (l. 1697-1745) : BTS CIEL option B, BTS SIO (options A et B), Bac pro CIEL ; codes RNCP37489 et RNCP35340 (non appariés) ; niveaux 4 et 5.",
    "Niveaux : fixés par le type de diplôme quand il le détermine (master et ingénieur 7, BUT et bachelor grade licence 6, BTS 5, bac pro 4 ; levelBasis = 'type-de-diplome'), sinon Missing « ambiguous » [5, 6] (levelBasis = 'multiset-du-bloc'). Pour lever ces ambiguïtés, consulter les fiches RNCP de France compétences (non fait ici : hors source).",
    "Départements déduits de la ville imprimée (14 Calvados, 27 Eure, 50 Manche, 76 Seine-Maritime) ; aucun établissement de l'Orne n'est cité. Les villes des universités et de l'INSA sont celles de leur intitulé (sièges réels parfois dans une commune voisine).",
    "Formations courtes non certifiantes citées sans chiffres (M2I, La Manu, Groupe FIM, Via Formation, StarTech Normandie, l. 1828-1832) : non reprises.",
]
write('rncp-certifications', "Formations inscrites au RNCP préparant aux métiers de la data et de l'IA en Normandie", 'certifications', '2024', SRC, SECTION, '1502-1745', NOTES, C)
write('rncp-establishments', "Établissements proposant des formations RNCP en data et IA en Normandie", 'établissements', '2024', SRC, SECTION, '1502-1745', NOTES, E)
