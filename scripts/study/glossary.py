from common import *
from misc import slug
import re
text = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'glossary.txt'), encoding='utf-8').read()
# Entries are separated by blank lines (two entries are glued: "... marchés." / "Technicien blockchain ...").
entries_raw = [e.strip() for e in re.split(r'\n\s*\n', text) if e.strip()]
fixed = []
for e in entries_raw:
    e = ' '.join(l.strip() for l in e.splitlines())
    if 'Technicien blockchain Il/elle' in e and e.startswith('Responsable CRM'):
        a, b = e.split('Technicien blockchain', 1)
        fixed += [a.strip(), 'Technicien blockchain' + b]
    else:
        fixed.append(e)
TERMS = ['Architecte blockchain', 'Chatbot', 'Cloud computing', 'Data analyst', 'Data miner', 'Data stewart', 'Développeur blockchain',
         'Développeur en machine Learning', 'Hackathon', 'Ingénieur data visualisation', 'IoT', 'Prompt engineer', 'Technicien data', 'Blockchain',
         'Chief data officer', 'Consultant blockchain', 'Data architect', 'Data scientist', 'Développeur big data', 'Développeur data', 'Frameworks',
         'IA Product manager', 'Ingénieur en machine learning', 'Machine learning', 'Responsable CRM', 'Technicien blockchain']
NOTIONS = {'Chatbot', 'Cloud computing', 'Hackathon', 'IoT', 'Blockchain', 'Frameworks', 'Machine learning'}
rows = []
for e in fixed:
    term = next((t for t in sorted(TERMS, key=len, reverse=True) if e.startswith(t + ' ')), None)
    assert term, e
    rest = e[len(term):].strip()
    alias = None
    m = re.match(r'^\(([^)]*)\)\s*(.*)$', rest)
    if m:
        alias, rest = m.group(1).strip(), m.group(2)
    rest = rest.replace('  ', ' ').strip()
    if not rest.endswith('.'): rest += '.'
    r = {'term': slug(term), 'termLabel': term, 'kind': 'notion' if term in NOTIONS else 'metier', 'definition': rest, 'confidence': 'certain'}
    if alias: r['alias'] = alias
    rows.append(r)
assert len(rows) == len(TERMS), (len(rows), len(TERMS))
SRC = {'publisher': 'Carif-Oref de Normandie', 'dataset': "Glossaire de l'étude Flash « Les métiers de la donnée et de l'IA »", 'year': '2024',
       'citation': "Carif-Oref de Normandie, Les métiers de la donnée et de l'intelligence artificielle, Étude Flash, 2024 – Glossaire", 'licence': LIC}
write('glossary', "Glossaire des métiers et notions de la donnée et de l'IA", 'définitions', '2024', SRC, 'Glossaire', '1983-2059',
      ["Entrées recopiées du glossaire de l'étude (26 termes), lignes recollées ; deux entrées imprimées sans ligne blanche (« Responsable CRM » et « Technicien blockchain ») ont été séparées. Orthographes de l'étude conservées (« Data stewart », « Chef de la données », « maintien »).",
       "kind = 'metier' pour les intitulés de métiers, 'notion' pour les termes techniques (chatbot, cloud computing, hackathon, IoT, blockchain, frameworks, machine learning). alias = équivalent français imprimé entre parenthèses."], rows)
