#!/usr/bin/env python3
"""Trains the reader's line-role model (issue 78): a gradient-boosted tree classifier (scikit-learn's
HistGradientBoostingClassifier, Debian's python3-sklearn) on labelled lines of typeset pages, the features the app
computes of each line (`parse --lines`, ingest.pdf.LineFeatures). Writes the trees as data the app reads
(ingest.roles.BoostedTrees): the features' names, the roles, the baseline, and each round's tree per role.

usage: train_roles.py OUT.json LABELS_DIR[,DIR...] [--seed N] [--leave PREFIX[,PREFIX...]] [--check TEST_DIR]
                      [--sample FILE] [--drop FEATURE[,FEATURE...]] [--target face]
  LABELS_DIR   <page>.labels.json (label_lines.py, label_layouts.py)
  --leave      pages whose name starts so are not trained on (the held-out parts of ../shared/layouts)
  --check      a labels folder scored with the written model: accuracy and F1 per role
  --drop       features the model is not given (the app computes them all; a model takes those it names)
  --target     what is learned: a line's "role" (the default), or its "face" (label_scan_lines.py: book, heavy,
               kai; a line with none is left out); a face model is written as a role model is, its faces as roles
  --sample     writes 40 trained lines' features with scikit-learn's answer for them: the app's test that it reads
               the trees as scikit-learn does (LineRolesTests)

Every role a line can have is learned; rare roles (a credit, a jump line) are weighted up by the square root of how
rare they are. A fixed seed makes the same trees from the same lines.
"""
import glob, json, math, os, sys, time
from collections import Counter

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import classification_report

ROUNDS, LEAVES, RATE, MIN_LEAF, L2 = 150, 15, 0.1, 10, 1.0


def load(dirs, leave=(), drop=(), target='role'):
    X, y, names, pages = [], [], None, 0
    for d in dirs:
        for path in sorted(glob.glob(os.path.join(d, '*.labels.json'))):
            page = os.path.basename(path)[:-len('.labels.json')]
            if any(page.startswith(p) for p in leave):
                continue
            pages += 1
            for line in json.load(open(path, encoding='utf-8'))['lines']:
                if line.get(target) in (None, '', 'none') or not line.get('features'):
                    continue
                if names is None:
                    names = [n for n in line['features'] if n not in drop]
                X.append([line['features'][n] for n in names])
                y.append(line[target])
    return np.array(X, dtype=np.float64), np.array(y), names, pages


def set_name(labels_dir):
    """A set's folder name: SET/labels is named by SET."""
    path = os.path.normpath(labels_dir)
    return os.path.basename(os.path.dirname(path)) if os.path.basename(path) == 'labels' else os.path.basename(path)


def weights(y):
    # Rare roles weigh more, by the square root of how rare they are: weighing them fully (a credit line 80 times a
    # text line) made the trees of some mixes of sets diverge.
    counts = Counter(y)
    return np.array([math.sqrt(len(y) / (len(counts) * counts[r])) for r in y])


def export(clf, names):
    rounds = []
    for trees in clf._predictors:
        per_class = []
        for tree in trees:
            nodes = []
            for n in tree.nodes:
                if n['is_leaf']:
                    nodes.append([float(n['value'])])
                else:
                    nodes.append([int(n['feature_idx']), float(n['num_threshold']), int(n['left']), int(n['right']),
                                  1 if n['missing_go_to_left'] else 0])
            per_class.append(nodes)
        rounds.append(per_class)
    baseline = np.ravel(clf._baseline_prediction).tolist()
    return {'features': names, 'roles': [str(c) for c in clf.classes_], 'baseline': baseline, 'rounds': rounds}


def written(clf, names, X, checks=200):
    """The trees as the app reads them, checked to answer as scikit-learn does on `checks` of the training rows."""
    model = export(clf, names)
    for i in range(0, len(X), max(1, len(X) // checks)):
        mine, theirs = probabilities(model, X[i]), clf.predict_proba(X[i:i + 1])[0]
        if np.abs(mine - theirs).max() > 1e-6:
            sys.exit('the written trees answer %s where scikit-learn answers %s' % (mine, theirs))
    return model


def probabilities(model, x):
    """The written trees' answer, as the app computes it: to check the export against scikit-learn's."""
    raw = np.array(model['baseline'], dtype=np.float64)
    for per_class in model['rounds']:
        for k, nodes in enumerate(per_class):
            i = 0
            while len(nodes[i]) > 1:
                f, t, left, right, _ = nodes[i]
                i = left if x[f] <= t else right
            raw[k] += nodes[i][0]
    if len(raw) == 1:
        p = 1 / (1 + np.exp(-raw[0]))
        return np.array([1 - p, p])
    e = np.exp(raw - raw.max())
    return e / e.sum()


def arguments(argv):
    """The two positional arguments and the options after them (--name value), as the trainers take them."""
    args, opts = argv[1:], {}
    while len(args) > 2 and args[-2].startswith('--'):
        opts[args[-2]] = args[-1]
        args = args[:-2]
    return args, opts


def main():
    args, opts = arguments(sys.argv)
    out, dirs = args[0], args[1].split(',')
    seed = int(opts.get('--seed', 7))
    leave = [p for p in opts.get('--leave', '').split(',') if p]
    drop = [n for n in opts.get('--drop', '').split(',') if n]
    target = opts.get('--target', 'role')
    if target not in ('role', 'face'):
        sys.exit('--target is role or face, not %s' % target)
    X, y, names, pages = load(dirs, leave, drop, target)
    if len(y) == 0:
        sys.exit('no line of %s has a %s and features (faces: label_scan_lines.py)' % (','.join(dirs), target))
    started = time.time()
    clf = HistGradientBoostingClassifier(max_iter=ROUNDS, max_leaf_nodes=LEAVES, learning_rate=RATE,
                                         min_samples_leaf=MIN_LEAF, l2_regularization=L2, early_stopping=False,
                                         random_state=seed)
    clf.fit(X, y, sample_weight=weights(y))
    seconds = time.time() - started
    # Boosting with weights can run away on some mixes of sets (one such model gave every headline "byline" at 1.0):
    # a model that misses most training lines of a role is refused, not written.
    guessed = clf.predict(X)
    for role in sorted(set(y.tolist())):
        recall = float(np.mean(guessed[y == role] == role))
        if recall < 0.5:
            sys.exit('training ran away: the model gives only %.2f of the training lines of %s their role' % (recall, role))
    model = written(clf, names, X)
    model['trained'] = {'pages': pages, 'lines': int(len(y)), 'seed': seed, 'sets': [set_name(d) for d in dirs],
                        'left_out': leave, 'dropped': drop, 'target': target, 'seconds': round(seconds, 1), 'roles': dict(Counter(y.tolist()).most_common()),
                        'sklearn': __import__('sklearn').__version__, 'rounds': ROUNDS, 'leaves': LEAVES,
                        'learning_rate': RATE, 'min_samples_leaf': MIN_LEAF, 'l2_regularization': L2}
    if '--sample' in opts:
        # Three lines of every role, spread over the set: the app's sums are checked on every role's trees.
        rows = []
        for role in sorted(set(y.tolist())):
            where = np.where(y == role)[0]
            rows += where[np.linspace(0, len(where) - 1, min(3, len(where))).astype(int)].tolist()
        sample = [{'features': dict(zip(names, X[i].tolist())), 'label': str(y[i]),
                   'probabilities': dict(zip(model['roles'], clf.predict_proba(X[i:i + 1])[0].tolist()))} for i in rows]
        with open(opts['--sample'], 'w', encoding='utf-8') as f:
            json.dump(sample, f, ensure_ascii=False, indent=0)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(model, f, separators=(',', ':'))
    print('trained on %d pages, %d lines, in %.1f s; %d roles; %s: %.0f KB'
          % (pages, len(y), seconds, len(model['roles']), out, os.path.getsize(out) / 1024))
    if '--check' in opts:
        Xt, yt, names_t, pages_t = load(opts['--check'].split(','), drop=drop, target=target)
        if names_t != names:
            sys.exit('the checked lines have other features than the trained ones')
        known = np.isin(yt, clf.classes_)
        predicted = clf.predict(Xt[known])
        report = classification_report(yt[known], predicted, output_dict=True, zero_division=0)
        print('checked on %d pages, %d lines (%d of roles never trained): accuracy %.3f, macro F1 %.3f'
              % (pages_t, len(yt), int((~known).sum()), report['accuracy'], report['macro avg']['f1-score']))
        print('per role F1: ' + ', '.join('%s %.3f (%d)' % (r, report[r]['f1-score'], report[r]['support'])
                                          for r in sorted(set(yt[known])) if r in report))


if __name__ == '__main__':
    main()
