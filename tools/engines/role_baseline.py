#!/usr/bin/env python3
"""How far line roles learned from one typesetting engine carry to another: a first measure for issue 78, before
any model goes into the app. Each line gets features relative to its page (size against the running text, width
against the text lines', place, face, neighbours' sizes and gaps, and forms of its text: the app's own,
`parse --lines`, where the labels carry them, else computed here alike); a gradient-boosted tree
classifier (scikit-learn's HistGradientBoostingClassifier, Debian's python3-sklearn) is trained on the lines of one
set of pages and scored on another's. Prints accuracy and F1 per role.

usage: role_baseline.py TRAIN_LABELS_DIR[,DIR...] TEST_LABELS_DIR [--seed N]
  *_LABELS_DIR  <page>.labels.json as label_lines.py or label_layouts.py write them

Roles scored are those both engines print: headline, kicker, subtitle, byline, dateline, body, caption, credit,
page_furniture, jump ("brief" lines are body lines of untitled items: scored as body; roles one engine alone prints
are left out of training and scoring).
"""
import glob, json, math, re, statistics, sys
from collections import Counter

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import classification_report

ROLES = ['headline', 'kicker', 'subtitle', 'byline', 'dateline', 'body', 'caption', 'credit', 'page_furniture', 'jump']
MERGED = {'brief': 'body'}
DATELINE = re.compile(r'^[（(]?(据)?(本报|新华社|中新社)[^，。]{0,12}?(\d{1,2}月\d{1,2}日)?(电|讯)')
BYLINE = re.compile(r'(记者|通讯员|执笔|本报评论员|^□)')
FOLIO = re.compile(r'(\d{4}年\d{1,2}月\d{1,2}日|第\s*\d+\s*版|星期[一二三四五六日])')
CJK = re.compile(r'[\u4e00-\u9fff]')
BOLD = re.compile(r'(bold|black|heavy|hei|sans|zenhei|gothic)', re.I)
KAI = re.compile(r'kai', re.I)


def page_features(page):
    lines = page['lines']
    if lines and lines[0].get('features'):
        # Computed by the app (ingest.pdf.LineFeatures), as a model in it will be given them.
        return [list(l['features'].values()) for l in lines]
    body = page['bodySize'] or statistics.median([l['size'] for l in lines]) or 10
    text_widths = [l['right'] - l['left'] for l in lines if abs(l['size'] - body) < 0.3 and len(l['text']) > 8]
    column = statistics.median(text_widths) if text_widths else page['width'] / 4
    rows = []
    for i, l in enumerate(lines):
        prev = lines[i - 1] if i > 0 else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        t = l['text'].strip()
        squeezed = re.sub(r'\s+', '', t)
        n = max(1, len(squeezed))
        rows.append([
            l['size'] / body,
            math.log(1 + n),
            (l['right'] - l['left']) / column,
            l['left'] / page['width'],
            l['baseline'] / page['height'],
            1.0 if BOLD.search(l['font'] or '') else 0.0,
            1.0 if KAI.search(l['font'] or '') else 0.0,
            1.0 if l['doubled'] else 0.0,
            (prev['size'] / body) if prev else 0.0,
            (nxt['size'] / body) if nxt else 0.0,
            ((l['baseline'] - prev['baseline']) / body) if prev else 0.0,
            ((nxt['baseline'] - l['baseline']) / body) if nxt else 0.0,
            (abs(l['left'] - prev['left']) / body) if prev else 0.0,
            1.0 if DATELINE.search(squeezed) else 0.0,
            1.0 if BYLINE.search(squeezed) else 0.0,
            1.0 if FOLIO.search(t) else 0.0,
            1.0 if squeezed.endswith(('。', '！', '？', '”', '）', '…')) else 0.0,
            1.0 if squeezed.startswith(('——', '—')) else 0.0,
            1.0 if '摄' in squeezed[-4:] else 0.0,
            1.0 if re.search(r'(下转|上接|转第|转\d)', squeezed) else 0.0,
            len(CJK.findall(squeezed)) / n,
            (t.count(' ') + t.count('\u3000')) / n,
            1.0 if squeezed.endswith(('，', '、', '：', '；')) else 0.0,
        ])
    return rows


def load(dirs):
    X, y = [], []
    for d in dirs.split(','):
        for f in sorted(glob.glob(d.rstrip('/') + '/*.labels.json')):
            page = json.load(open(f, encoding='utf-8'))
            feats = page_features(page)
            for line, row in zip(page['lines'], feats):
                role = MERGED.get(line['role'], line['role'])
                if role in ROLES:
                    X.append(row)
                    y.append(role)
    return np.array(X), np.array(y)


def main():
    train, test = sys.argv[1], sys.argv[2]
    seed = int(sys.argv[sys.argv.index('--seed') + 1]) if '--seed' in sys.argv else 7
    X, y = load(train)
    Xt, yt = load(test)
    # Body lines outnumber every other role some 20 to 1: weighted so that each role counts alike in training.
    counts = Counter(y)
    weights = np.array([len(y) / (len(counts) * counts[r]) for r in y])
    model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.08, random_state=seed)
    model.fit(X, y, sample_weight=weights)
    predicted = model.predict(Xt)
    print('train %s: %d lines; test %s: %d lines' % (train, len(y), test, len(yt)))
    print(classification_report(yt, predicted, labels=[r for r in ROLES if r in set(yt)], digits=3, zero_division=0))
    print('accuracy %.3f' % float(np.mean(predicted == yt)))


if __name__ == '__main__':
    main()
