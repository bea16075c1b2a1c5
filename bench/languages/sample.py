"""Draws a seeded sample of General Assembly resolutions per language from the UN's Akoma Ntoso XML, lays each out
as page text (bench/akn-page-text.py), and writes the facts the XML states (symbol, session, adoption date,
preambular paragraphs) to truth.tsv; then, given a build report, scores what the text path read against them.

  python3 sample.py draw AKN_DIR OUT_DIR PER_LANGUAGE     (AKN_DIR holds {79,80}session/{Arabic,Chinese,Russian})
  python3 sample.py score OUT_DIR BUILD_REPORT            (prints one Markdown table row per language)"""
import collections, os, random, re, subprocess, sys, xml.etree.ElementTree as ET

NS = '{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}'
LANGUAGES = {'Arabic': 'ar', 'Chinese': 'zh', 'Russian': 'ru'}
RENDER = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'akn-page-text.py')


def draw(akn, out, per_language):
    random.seed(18)
    os.makedirs(os.path.join(out, 'corpus'), exist_ok=True)
    with open(os.path.join(out, 'truth.tsv'), 'w') as truth:
        for folder, lang in LANGUAGES.items():
            files = sorted(os.path.join(akn, s, folder, f) for s in sorted(os.listdir(akn))
                           if os.path.isdir(os.path.join(akn, s, folder)) for f in os.listdir(os.path.join(akn, s, folder)))
            for path in random.sample(files, min(per_language, len(files))):
                name = f'{lang}-{os.path.basename(path)[:-4]}.txt'
                text = subprocess.run(['python3', RENDER, path], capture_output=True, text=True)
                if text.returncode:
                    continue
                with open(os.path.join(out, 'corpus', name), 'w') as f:
                    f.write(text.stdout)
                root = ET.parse(path).getroot()
                symbol = root.find(f'.//{NS}coverPage//{NS}docNumber').text.strip()
                session = root.find(f'.//{NS}coverPage//{NS}session').get('value')
                date = root.find(f'.//{NS}conclusions//{NS}docDate')
                preamble = root.find(f'.//{NS}preamble')
                pre = len(preamble.findall(f'{NS}container')) if preamble is not None else 0
                truth.write('\t'.join([name, lang, symbol, session, date.get('date') if date is not None else '', str(pre)]) + '\n')


LOADED = re.compile(r'^loaded  (?:.*/)?(\S+\.txt): ([^,]+), [^\[]*\[(\w+)\], session (\S+), agenda item \S+, (\S+), (\d+) preambular and '
                    r'(\d+) operative paragraphs(?:.*?, (\d+) opening phrases not in the vocabulary)?')
SKIPPED = re.compile(r'^skipped (?:.*/)?(\S+\.txt): (.*)$')


def score(out, report):
    truth = {}
    for line in open(os.path.join(out, 'truth.tsv')):
        name, lang, symbol, session, date, pre = line.rstrip('\n').split('\t')
        truth[name] = (lang, symbol, session, date, pre)
    counts = collections.defaultdict(collections.Counter)
    reasons = collections.Counter()
    for line in open(report):
        m = LOADED.match(line)
        if m and m.group(1) in truth:
            lang, symbol, session, date, pre = truth[m.group(1)]
            c = counts[lang]
            c['loaded'] += 1
            c['symbol'] += m.group(2) == symbol
            c['session'] += m.group(4) == session
            c['date'] += m.group(5) == date
            c['preambular'] += m.group(6) == pre
            c['paragraphs'] += int(m.group(6)) + int(m.group(7))
            c['no phrase'] += int(m.group(8) or 0)
            continue
        m = SKIPPED.match(line)
        if m and m.group(1) in truth:
            reasons[(truth[m.group(1)][0], m.group(2)[:70])] += 1
    n = collections.Counter(t[0] for t in truth.values())
    print('| language | files | loaded | symbol | session | adoption date | preambular count | paragraphs without a known opening phrase |')
    print('|---|---|---|---|---|---|---|---|')
    for lang in sorted(n):
        c = counts[lang]
        print(f"| {lang} | {n[lang]} | {c['loaded']} | {c['symbol']} | {c['session']} | {c['date']} | {c['preambular']} | "
              f"{c['no phrase']} of {c['paragraphs']} |")
    for (lang, reason), k in reasons.most_common():
        print(f'- {lang}, {k} refused: {reason}')


if __name__ == '__main__':
    if sys.argv[1] == 'draw':
        draw(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        score(sys.argv[2], sys.argv[3])
