import json, gzip, random, sys, hashlib
from pathlib import Path
sys.path.insert(0, 'bench')
from bench_generalise import held_out, site_of, SHARED
labels = Path('bench/labels')
used_files, used_sites = set(), set()
for p in list(labels.glob('notices-*.jsonl')) + [SHARED/'disclaimers'/'labels.jsonl']:
    for x in p.open():
        if x.strip():
            r = json.loads(x); used_files.add(r['file']); used_sites.add(site_of(r['url']))
pool = {}
for x in (SHARED/'metadata'/'expected.jsonl').open():
    if x.strip():
        r = json.loads(x); pool['metadata/'+r['file']] = r['url']
for x in (SHARED/'metadata'/'expected-dates-htmldate.jsonl').open():
    if x.strip():
        r = json.loads(x); pool.setdefault('metadata/'+r['file'], r['url'])
gt = json.loads(gzip.open(SHARED/'extraction/scrapinghub/ground-truth.json.gz').read())
#print(type(gt), list(gt.items())[0] if isinstance(gt, dict) else gt[0])
for h, v in gt.items():
    pool[f'extraction/scrapinghub/html/{h}.html.gz'] = v['url']
cand = {f: u for f, u in pool.items() if not held_out(u) and f not in used_files and (SHARED/f).exists()}
fresh = sorted({site_of(u) for u in cand.values()} - used_sites)
reused = sorted({site_of(u) for u in cand.values()} & used_sites)
print('candidate pages', len(cand), 'fresh sites', len(fresh), 'reused sites', len(reused))
sites = fresh[:]
random.Random(20).shuffle(sites)
out = []
for s in sites[:60]:
    f = sorted(f for f, u in cand.items() if site_of(u) == s)[0]
    out.append({'file': f, 'url': cand[f]})
json.dump(out, open('/tmp/n20/dev13_pages.json', 'w'), indent=0)
from collections import Counter
print(Counter(o['file'].split('/')[0] for o in out))
for o in out: print(o['file'][-50:], o['url'][:90])
