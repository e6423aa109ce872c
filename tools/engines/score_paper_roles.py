#!/usr/bin/env python3
"""How well a line-role model, with a paper's own rounds after it or without, gives the roles of a set's lines.

usage: score_paper_roles.py MODEL.json LABELS_DIR PAGE_PREFIX [PROFILE.json]
  MODEL.json   the committed model or one trained with an engine left out (train_roles.py)
  LABELS_DIR   a set's labels/ (make-set.sh with JAR=…: each line's features and its role from the typesetting record)
  PAGE_PREFIX  the pages scored: those whose name starts with it (a paper's pages, say e3s51_p3_0[4-6] as e3s51_p3_)
  PROFILE.json a profile fit-profile wrote; its "lineRoles" rounds are added after the model's, as the app adds them
               (the app leaves them out where they were fitted over another model; this script cannot tell)
Last line: roles: pages P lines N accuracy A non-body accuracy B macro-F1 F
"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from train_roles import probabilities  # noqa: E402  (the app's sums, as the export is checked against)


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    model = json.load(open(sys.argv[1], encoding='utf-8'))
    if len(sys.argv) == 5:
        rounds = json.load(open(sys.argv[4], encoding='utf-8')).get('lineRoles', {}).get('rounds', [])
        model = dict(model, rounds=model['rounds'] + rounds)
    truth, guess, pages = [], [], 0
    for path in sorted(glob.glob(os.path.join(sys.argv[2], sys.argv[3] + '*.labels.json'))):
        pages += 1
        for line in json.load(open(path, encoding='utf-8'))['lines']:
            if not line.get('role') or not line.get('features'):
                continue
            p = probabilities(model, [line['features'][n] for n in model['features']])
            truth.append(line['role'])
            guess.append(model['roles'][int(p.argmax())])
    if not truth:
        sys.exit('no labelled lines of pages %s* in %s' % (sys.argv[3], sys.argv[2]))
    right = sum(t == g for t, g in zip(truth, guess))
    nonbody = [(t, g) for t, g in zip(truth, guess) if t != 'body']
    f1s = []
    for role in sorted(set(truth)):
        tp = sum(t == role and g == role for t, g in zip(truth, guess))
        fp = sum(t != role and g == role for t, g in zip(truth, guess))
        fn = sum(t == role and g != role for t, g in zip(truth, guess))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    print('roles: pages %d lines %d accuracy %.3f non-body accuracy %.3f macro-F1 %.3f'
          % (pages, len(truth), right / len(truth), sum(t == g for t, g in nonbody) / max(1, len(nonbody)),
             sum(f1s) / len(f1s)))


if __name__ == '__main__':
    main()
