#!/usr/bin/env python3
"""Fits the splitter's confidence weights (logistic regression) and prints how well they flag wrong splits.

usage: fit-confidence.py [--weights W.json | --out W.json [--drop S,S] [--shift B] [--prior P.json --prior-share F]]
                         GOLD_DIR PRED_DIR [GOLD_DIR PRED_DIR ...]
Each PRED_DIR holds `parse --out` JSON for the pages of GOLD_DIR. An article is right when it matches a gold article
with the right headline, dateline and reporters (the tests of ../shared/tools/calibration.py). Without --weights it
fits the weights on all the pages given, writes them to --out (default confidence-weights.json in the current
folder) and prints the Java constants for SplitTuning (also the typical right article's signals, TYPICAL_RIGHT); with --weights (a file this script wrote) it only scores the pages given, so weights fitted on development pages can be checked on others.
--drop leaves signals out of the new fit (weight 0 there); --shift adds B to the new fit's bias, after it was set so
that nine in ten wrong training articles fall under the threshold (B > 0 sends fewer articles to review); --prior
blends the new fit with weights fitted before (a file this script wrote, signals it lacks at 0; a dropped signal
keeps the prior's share of its old weight): share F of the prior's bias and weights, 1 - F of the new ones, so
pages of a paper the new training pages hold few of keep some of what the old weights knew. So the blended bias
moves by (1 - F) * B, and the nine-in-ten holds only roughly.
Either way it prints the confidence table (bucket -> right/wrong) and the calibration line at the review threshold.
Needs numpy and ../shared/tools/score.py (set SCORE_TOOLS to its folder).
"""
import json, os, sys
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from judged import judged  # noqa: E402

THRESHOLD = 0.8


def load(pairs):
    rows = []
    for gold_dir, pred_dir in pairs:
        for f in sorted(os.listdir(gold_dir)):
            if not f.endswith('.json') or not os.path.exists(os.path.join(pred_dir, f)):
                continue
            gold = json.load(open(os.path.join(gold_dir, f), encoding='utf-8'))
            pred = json.load(open(os.path.join(pred_dir, f), encoding='utf-8'))
            for pa, ok in judged(gold, pred):
                rows.append((pa['signals'], ok, pa.get('confidence', 1.0)))
    return rows


def fit(X, y, l2=0.01, steps=20000, rate=0.1):
    w = np.zeros(X.shape[1])
    b = 0.0
    # Wrong splits are fewer than right ones in a good splitter; weigh the classes evenly.
    cw = np.where(y == 1, 0.5 / max(y.mean(), 1e-9), 0.5 / max(1 - y.mean(), 1e-9))
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        g = (p - y) * cw
        w -= rate * (X.T @ g / len(y) + l2 * w)
        b -= rate * g.mean()
    return w, b


def auc(score, y):
    """The chance that a right article scores above a wrong one (ties count half)."""
    pos, neg = score[y == 1], score[y == 0]
    if len(pos) == 0 or len(neg) == 0:
        return float('nan')
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return greater / (len(pos) * len(neg))


def hand_rule(s):
    """The hand-set confidence the splitter used before the model: fixed penalties for a missing or weak headline."""
    if s['photo']:
        return 0.95
    if s['no_headline']:
        return 0.2
    c = 1.0
    if s['headline_fit'] < 0.35:
        c = min(c, 0.4 + s['headline_fit'])
    if abs(s['length_ratio']) > 1.5:
        c = min(c, 0.5)
    return c


def report(conf, y, title):
    print(title + '  (AUC %.3f)' % auc(conf, y))
    print('  confidence   right  wrong')
    edges = [0, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 1.0001]
    for lo, hi in zip(edges, edges[1:]):
        sel = (conf >= lo) & (conf < hi)
        print('  %.2f-%.2f  %6d %6d' % (lo, min(hi, 1.0), int((sel & (y == 1)).sum()), int((sel & (y == 0)).sum())))
    wrong, right = (y == 0).sum(), (y == 1).sum()
    caught = ((conf < THRESHOLD) & (y == 0)).sum() / wrong if wrong else 1.0
    alarm = ((conf < THRESHOLD) & (y == 1)).sum() / right if right else 0.0
    print('  calibration: wrong=%d caught=%.3f right=%d false_alarm=%.3f (threshold %.2f)'
          % (wrong, caught, right, alarm, THRESHOLD))


def main():
    args = sys.argv[1:]
    weights = None
    out = 'confidence-weights.json'
    dropped, shift, prior, share = set(), 0.0, None, 0.0
    while args and args[0].startswith('--'):
        if len(args) < 2:
            sys.exit(args[0] + ' needs a value')
        flag, value = args[0], args[1]
        args = args[2:]
        if flag == '--weights':
            weights = json.load(open(value))
        elif flag == '--out':
            out = value
        elif flag == '--drop':
            dropped = set(value.split(','))
        elif flag == '--shift':
            shift = float(value)
        elif flag == '--prior':
            prior = json.load(open(value))
        elif flag == '--prior-share':
            share = float(value)
        else:
            sys.exit('unknown option ' + flag)
    if weights is not None and (dropped or shift or prior is not None):
        sys.exit('--drop, --shift and --prior are for fitting, not with --weights')
    if (prior is None) != (share == 0):
        sys.exit('--prior and --prior-share go together')
    rows = load(list(zip(args[0::2], args[1::2])))
    names = list(rows[0][0].keys())
    if dropped - set(names):
        sys.exit('no such signal: ' + ', '.join(sorted(dropped - set(names))))
    if prior is not None and set(prior['names']) - set(names):
        print('prior signals no longer computed, left out: ' + ', '.join(sorted(set(prior['names']) - set(names))))
    X = np.array([[r[0][n] for n in names] for r in rows], dtype=float)
    y = np.array([1.0 if r[1] else 0.0 for r in rows])
    if weights is None:
        # Fitted on standardized signals (so the penalty weighs each alike and the descent converges), then
        # turned back into weights on the signals as the splitter computes them.
        mu, sd = X.mean(0), X.std(0)
        sd[sd == 0] = 1
        keep = np.array([n not in dropped for n in names])
        w, b = np.zeros(len(names)), 0.0
        w[keep], b = fit(((X - mu) / sd)[:, keep], y)
        w, b = w / sd, b - float((w * mu / sd).sum())
        # Shift the bias so that the review threshold falls where about nine in ten wrong splits are below it.
        z = X @ w + b
        cut = np.quantile(z[y == 0], 0.9) if (y == 0).any() else 0
        b += np.log(THRESHOLD / (1 - THRESHOLD)) - cut + shift
        if prior is not None:
            old = dict(zip(prior['names'], prior['weights']))
            w = share * np.array([old.get(n, 0.0) for n in names]) + (1 - share) * w
            b = share * prior['bias'] + (1 - share) * b
        w, b = np.round(w, 3), round(float(b), 3)
        json.dump({'names': names, 'weights': list(w), 'bias': b}, open(out, 'w'))
        print('fitted on %d articles; weights in %s' % (len(y), out))
        print('\tstatic final double CONFIDENCE_BIAS = %.3f;' % b)
        print('\tstatic final double[] CONFIDENCE_WEIGHTS = { %s };' % ', '.join('%.3f' % v for v in w))
        for n, v in zip(names, w):
            print('  %-22s %7.3f' % (n, v))
    else:
        assert weights['names'] == names, 'signal names differ from the weights file'
        w, b = np.array(weights['weights']), weights['bias']
    # What a reason's pull is measured from (SplitTuning.TYPICAL_RIGHT): each signal's mean over the right articles.
    typical = X[y == 1].mean(0) if (y == 1).any() else np.zeros(len(names))
    print('typical right article (%d):' % int((y == 1).sum()))
    print('\tstatic final double[] TYPICAL_RIGHT = { %s };' % ', '.join('%.3f' % v for v in typical))
    conf = 1 / (1 + np.exp(-(X @ w + b)))
    report(conf, y, 'confidence table (%d articles)' % len(y))
    report(np.array([hand_rule(r[0]) for r in rows]), y, 'hand-set rule (the confidence before the model)')


if __name__ == '__main__':
    main()
