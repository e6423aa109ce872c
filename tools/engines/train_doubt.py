#!/usr/bin/env python3
"""Trains the article-doubt model (issue 78; ingest.roles.ArticleDoubt): how likely an article read from a page PDF
is wrong, from what `parse` prints as its signals (ingest.pdf.ArticleEvidence). An article is wrong as
../shared/tools/calibration.py counts it: no gold article has its text, or the one that does has another headline,
dateline or authors. A gradient-boosted tree classifier (scikit-learn's HistGradientBoostingClassifier, written as
train_roles.py writes the line-role model), and the threshold from which the model sends an article to review: the
lowest from which, each group of sets weighed by a model trained without it, the articles the model alone would send
(the rules doubting them not) are wrong at least half the time, or 1 where none is (the model then sends no article
to review alone). The app orders the review list by the model's chance of wrong whatever the threshold.

usage: train_doubt.py OUT.json SET:PRED[+SET:PRED...][,...] [--seed N] [--check SET:PRED[,...]] [--sample FILE]
                      [--leave PREFIX[,PREFIX...]] [--caught AIM]
  SET     a set's folder with gold/<page>.json;  PRED  `parse --out` of its pages, read with -Dbaoku.doubt.model=none
          and a line-role model that never saw the set's engine; sets joined by + are one group (one engine), left
          out together when the threshold is chosen
  --check sets scored with the written model and threshold: wrong caught and right sent to review, as calibration.py
  --leave  pages whose name starts so are not trained on (the held-out parts of ../shared/layouts)
  --caught the threshold is instead the highest at which, out of set, at least AIM of the wrong articles are sent to
           review (the scan model, issue 79: a scan's articles all went to review before it)
  --sample writes 45 trained articles' signals with scikit-learn's answer for them: the app's test that it reads the
           trees as scikit-learn does (ArticleDoubtTests)
"""
import json, os, sys, time

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from judged import judged  # noqa: E402  (tools/judged.py: right or wrong as calibration.py counts)
from train_roles import arguments, written  # noqa: E402

ROUNDS, LEAVES, RATE, MIN_LEAF, L2 = 80, 8, 0.1, 20, 1.0
PRECISION, MIN_ALONE = 0.5, 3


def articles(set_dir, pred_dir, leave=()):
    """Each article of the set's pages read from PDF: its signals, whether it is wrong, whether the rules doubt it
    (the doubts counted in its signals: not the whole page's for its type, which the model takes the place of)."""
    rows = []
    gold_dir = os.path.join(set_dir, 'gold')
    for f in sorted(os.listdir(gold_dir)):
        pp = os.path.join(pred_dir, f)
        if not f.endswith('.json') or not os.path.exists(pp) or any(f.startswith(p) for p in leave):
            continue
        gold = json.load(open(os.path.join(gold_dir, f), encoding='utf-8'))
        pred = json.load(open(pp, encoding='utf-8'))
        # Every article matched, as calibration.py matches them: one without the evidence still takes its gold.
        for pa, ok in judged(gold, pred):
            if pa.get('signals') and 'kind' in pa['signals']:
                rows.append((pa['signals'], 0 if ok else 1, pa['signals']['doubts'] > 0, f))
    return rows


def matrix(rows, names):
    return np.array([[r[0][n] for n in names] for r in rows], dtype=np.float64), np.array([r[1] for r in rows])


def fit(X, y, seed):
    # Wrong articles are few: each weighs as much in all as the right ones do.
    w = np.where(y == 1, (len(y) - y.sum()) / max(1, y.sum()), 1.0)
    clf = HistGradientBoostingClassifier(max_iter=ROUNDS, max_leaf_nodes=LEAVES, learning_rate=RATE,
                                         min_samples_leaf=MIN_LEAF, l2_regularization=L2, early_stopping=False,
                                         random_state=seed)
    clf.fit(X, np.where(y == 1, 'wrong', 'right'), sample_weight=w)
    return clf


def flagged(p, ruled, threshold):
    return ruled | ((p >= threshold) & (threshold < 1))


def rates(y, flags):
    wrong, right = y == 1, y == 0
    return (flags[wrong].mean() if wrong.any() else 1.0), (flags[right].mean() if right.any() else 0.0), int(wrong.sum()), int(right.sum())


def main():
    args, opts = arguments(sys.argv)
    out, groups = args[0], [[p.split(':') for p in g.split('+')] for g in args[1].split(',')]
    seed = int(opts.get('--seed', 7))
    leave = [p for p in opts.get('--leave', '').split(',') if p]
    sets = [[r for s, p in g for r in articles(s, p, leave)] for g in groups]
    group_names = ['+'.join(os.path.basename(os.path.normpath(s)) for s, _ in g) for g in groups]
    names = list(sets[0][0][0].keys())
    # Out of set: each set's articles weighed by a model trained on the other sets.
    oof_p, oof_y, oof_ruled = [], [], []
    for i, rows in enumerate(sets):
        rest = [r for j, s in enumerate(sets) if j != i for r in s]
        X, y = matrix(rest, names)
        clf = fit(X, y, seed)
        Xi, yi = matrix(rows, names)
        oof_p.append(clf.predict_proba(Xi)[:, 1])
        oof_y.append(yi)
        oof_ruled.append(np.array([r[2] for r in rows]))
    # The threshold: the lowest from which, on sets the model never saw, the articles the model alone sends to review
    # (the rules doubting them not) are wrong more often than right: a doubt an editor can trust.
    allp, ally, allr = np.concatenate(oof_p), np.concatenate(oof_y), np.concatenate(oof_ruled)
    threshold = 1.0  # none can be trusted: the model sends no article to review alone, and orders the list
    if '--caught' in opts:
        # A scan's articles all went to review before the model: it lets through only what keeps the aim, the
        # highest threshold at which the wrong ones caught, out of set, are still at least that share.
        aim = float(opts['--caught'])
        threshold = 0.05
        for t in np.arange(0.05, 0.999, 0.05):
            if rates(ally, flagged(allp, allr, t))[0] >= aim:
                threshold = float(t)
        if rates(ally, flagged(allp, allr, threshold))[0] < aim:
            print('no threshold catches %.2f of the wrong articles out of set: the lowest, %.2f, is written' % (aim, threshold))
    else:
        for t in np.arange(0.05, 0.999, 0.05):
            alone = (allp >= t) & ~allr
            if alone.sum() >= MIN_ALONE and ally[alone].mean() >= PRECISION:
                threshold = float(t)
                break
    for s, p, y, r in zip(group_names, oof_p, oof_y, oof_ruled):
        c, fa, nw, nr = rates(y, flagged(p, r, threshold))
        c0, fa0, _, _ = rates(y, r)
        print('out of set %s: wrong=%d right=%d; rules alone caught=%.3f false_alarm=%.3f; with the model caught=%.3f false_alarm=%.3f'
              % (s, nw, nr, c0, fa0, c, fa))
    # How far the model's chance of wrong is a share of wrong articles, on sets it never saw (class weights push it up).
    edges = [0, 0.1, 0.2, 0.4, 0.6, 0.8, 1.0001]
    print('out of set, chance given → share wrong: ' + ', '.join(
        '%.1f–%.1f: %.3f (%d)' % (lo, min(hi, 1), ally[(allp >= lo) & (allp < hi)].mean(), ((allp >= lo) & (allp < hi)).sum())
        for lo, hi in zip(edges, edges[1:]) if ((allp >= lo) & (allp < hi)).any()))
    X, y = matrix([r for s in sets for r in s], names)
    started = time.time()
    clf = fit(X, y, seed)
    seconds = time.time() - started
    model = written(clf, names, X, checks=100)
    model['threshold'] = round(threshold, 2)
    model['trained'] = {'articles': int(len(y)), 'wrong': int(y.sum()), 'seed': seed, 'precision': PRECISION,
                        'sets': group_names, 'left_out': leave, 'seconds': round(seconds, 1),
                        'sklearn': __import__('sklearn').__version__, 'rounds': ROUNDS, 'leaves': LEAVES,
                        'learning_rate': RATE, 'min_samples_leaf': MIN_LEAF, 'l2_regularization': L2}
    if '--sample' in opts:
        # Spread over the set, some wrong ones, and the ones the model doubts most (over its threshold, if any is).
        p = clf.predict_proba(X)[:, 1]
        rows = np.linspace(0, len(X) - 1, 30).astype(int).tolist() + np.where(y == 1)[0][:10].tolist() + np.argsort(-p)[:5].tolist()
        sample = [{'signals': dict(zip(names, X[i].tolist())), 'wrong': float(clf.predict_proba(X[i:i + 1])[0][1])}
                  for i in rows]
        with open(opts['--sample'], 'w', encoding='utf-8') as f:
            json.dump(sample, f, indent=0)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(model, f, separators=(',', ':'))
    print('trained on %d articles (%d wrong) in %.1f s; threshold %.2f (1: it sends none to review alone); %s: %.0f KB'
          % (len(y), y.sum(), seconds, threshold, out, os.path.getsize(out) / 1024))
    if '--check' in opts:
        for s, p in (c.split(':') for c in opts['--check'].split(',')):
            rows = articles(s, p)
            Xc, yc = matrix(rows, names)
            pc = clf.predict_proba(Xc)[:, 1]
            c, fa, nw, nr = rates(yc, flagged(pc, np.array([r[2] for r in rows]), threshold))
            ruled = np.array([r[2] for r in rows])
            c0, fa0, _, _ = rates(yc, ruled)
            print('check %s: wrong=%d caught=%.3f right=%d false_alarm=%.3f (rules alone %.3f / %.3f; at other thresholds: %s)'
                  % (os.path.basename(os.path.normpath(s)), nw, c, nr, fa, c0, fa0, ', '.join(
                      '%.2f %.3f/%.3f' % ((t,) + rates(yc, flagged(pc, ruled, t))[:2]) for t in (0.05, 0.1, 0.2, 0.3, 0.5, 0.7))))


if __name__ == '__main__':
    main()
