import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'data', 'study')
DOC = '001_551c35311d31be88.txt'
TITLE = "Carif-Oref de Normandie, Les métiers de la donnée et de l'intelligence artificielle, Étude Flash, 2024"
G = {'famille': 'Informatique et télécommunication', 'ingenieurs': "Ingénieurs de l'informatique", 'techniciens': "Techniciens de l'informatique"}
LIC = "Étude © Carif-Oref de Normandie (commande Région Normandie et DREETS Normandie) ; chiffres repris avec citation de la source d'origine."
# certain: printed as is; proved: paired by arithmetic (sums, weighted averages, every candidate equal);
# read: paired only by the layout of the extracted text (order, same line, only one of its kind); ambiguous: not settled.
RANK = {'certain': 0, 'proved': 1, 'read': 2, 'ambiguous': 3}

def amb(cands, note):
    return {'missing': 'ambiguous', 'candidates': cands, 'note': note}

def nis(note):
    return {'missing': 'not-in-source', 'note': note}

def write(id_, title, unit, period, source, section, lines, notes, rows, title_en=None, authority='primary', default_conf='read'):
    conf = 'certain'
    for r in rows:
        assert 'confidence' in r, (id_, r)
        c = r['confidence']
        if RANK[c] > RANK[conf]:
            conf = c
        v = r.get('value', r.get('importance', r.get('level')))
        if isinstance(v, dict) and v.get('missing') == 'ambiguous':
            assert r.get('confidence') == 'ambiguous', (id_, r)
    d = {'id': id_, 'title': title}
    if title_en:
        d['title_en'] = title_en
    d.update({'unit': unit, 'period': period, 'source': source,
              'seed': {'document': DOC, 'title': TITLE, 'section': section, 'lines': lines},
              'authority': authority, 'confidence': conf, 'notes': notes, 'rows': rows})
    with open(os.path.join(OUT, id_ + '.json'), 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print(id_, len(rows), conf)
