"""Lays out the text of a General Assembly resolution in the UN's Akoma Ntoso XML as the text layer of its
printed PDF gives it, in reading order: the header block (symbol, organ, distribution, session, agenda item,
adoption line, basis), the number line, one block per paragraph or sub-point, footnote markers as superscript
digits with each note after its paragraph, the meeting line and date. The fixtures res-78-311-{ru,zh,ar-logical},
res-78-132-{ru,zh} and res-80-15-ar-logical under src/test/resources/corpus-extra were made with it from
../shared/akn (78session, 80session).

Usage: python3 bench/akn-page-text.py A_RES_78_311-2412313R.xml > res-78-311-ru.txt"""
import sys, re, xml.etree.ElementTree as ET
NS = '{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}'
SUP = str.maketrans('0123456789', '⁰¹²³⁴⁵⁶⁷⁸⁹')
path = sys.argv[1]
root = ET.parse(path).getroot()
notes = []

def text(e, keep_notes=True):
    return re.sub(r'[\s\u00a0]+', ' ', raw(e, keep_notes)).strip()

def raw(e, keep_notes=True):
    out = [e.text or '']
    for c in e:
        tag = c.tag.replace(NS, '')
        if tag == 'authorialNote':
            if keep_notes:
                notes.append((c.get('marker'), re.sub(r'^\(\)\s*', '', text(c, False))))
                out.append(c.get('marker').translate(SUP))
        elif tag == 'num':
            pass
        else:
            out.append(raw(c, keep_notes))
        out.append(c.tail or '')
    return ''.join(out)

blocks = []
def flush_notes():
    while notes:
        m, t = notes.pop(0)
        blocks.append(m.translate(SUP) + ' ' + t)

cover = root.find(f'.//{NS}coverPage')
ps = [text(p) for p in cover.findall(f'{NS}p')]
# ps: publisher, symbol, logo+body, distr, date, session, agenda item, agenda title, adoption line, basis
blocks.append(f'{ps[0]} {ps[1]}')
blocks.append(f'{ps[2]} {ps[3]}\n{ps[4]}')
blocks.append('\n'.join(ps[5:8]))
blocks.append(ps[8])
if len(ps) > 9: blocks.append(ps[9])
pre = root.find(f'.//{NS}preface')
num = text(pre.find(f'.//{NS}docNumber'))
title = text(pre.find(f'.//{NS}docTitle'))
blocks.append(f'{num} {title}')
preamble = root.find(f'.//{NS}preamble')
for c in preamble:
    tag = c.tag.replace(NS, '')
    if tag in ('formula', 'container'):
        blocks.append(text(c)); flush_notes()
def para(e):
    n = e.find(f'{NS}num')
    prefix = (text(n) + ' ') if n is not None else ''
    content = e.find(f'{NS}content')
    if content is not None:
        blocks.append(prefix + text(content)); flush_notes(); return
    intro = e.find(f'{NS}intro')
    if intro is not None:
        blocks.append(prefix + text(intro)); flush_notes(); prefix = ''
    for c in e:
        tag = c.tag.replace(NS, '')
        if tag in ('point', 'paragraph', 'list', 'subparagraph'):
            if tag == 'list':
                for d in c:
                    if d.tag.replace(NS, '') in ('intro', 'wrapUp'):
                        blocks.append(prefix + text(d)); flush_notes(); prefix = ''
                    else:
                        para(d)
            else: para(c)
    w = e.find(f'{NS}wrapUp')
    if w is not None: blocks.append(text(w)); flush_notes()
for c in root.find(f'.//{NS}mainBody'):
    para(c)
concl = root.find(f'.//{NS}conclusions')
ev = concl.find(f'.//{NS}event')
loc = text(ev.find(f'{NS}location')); d = text(ev.find(f'{NS}docDate'))
blocks.append(f'{loc}\n{d}')
print('\n\n'.join(b for b in blocks if b))
