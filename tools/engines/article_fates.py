#!/usr/bin/env python3
"""What became of each gold article in a reading (issue 79): where score.py counts an article matched or not, this
says why not, so that OCR's errors and the layout's are told apart on a scan.

usage: article_fates.py GOLD_DIR PRED_DIR [--each]
  matched   score.py matches it (its body's start and end are in a read article's, exactly)
  text      a read article has its start and end but for OCR's errors (at least 0.8 of each one's characters, in
            order, a little past where score.py looks: 40 characters after the start, not 30, and 20 before the end,
            not 12): the layout was right, the characters were not (or a lead or close a little longer than
            score.py allows)
  (matched counts any read article that matches; score.py pairs each read article with one gold one only)
  layout-XY no read article has both; X is S where one starts as it does (s where none), Y is E where one ends as it
            does (e where none): Se is an article run on into the next or cut short, sE one started late
Prints the counts (and the read articles'), with --each a line for each gold article.
"""
import difflib, json, os, sys

REPOSITORY = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
# ../shared, or BAOKU_SHARED, taken from the repository's folder as the shell scripts take it.
SHARED = os.path.join(REPOSITORY, os.environ.get('BAOKU_SHARED', '../shared'))
sys.path.insert(0, os.path.join(SHARED, 'tools'))
from score import matches, norm  # noqa: E402  (../shared/tools/score.py: the same normalising and matching)

SHARE = 0.8


def near(part, window):
    """Whether at least SHARE of part's characters are in window, in order."""
    if not part:
        return True
    blocks = difflib.SequenceMatcher(None, part, window, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks) >= SHARE * len(part)


def starts(body, gold):
    s = norm(gold['body_start'])
    return near(s, norm(body)[:len(s) + 40])


def ends(body, gold):
    e = norm(gold['body_end'])
    return near(e, norm(body)[-(len(e) + 20):])


def fate(gold, read):
    bodies = [a.get('body', '') for a in read]
    if any(matches(b, gold) for b in bodies):
        return 'matched'
    if any(starts(b, gold) and ends(b, gold) for b in bodies):
        return 'text'
    started = any(starts(b, gold) for b in bodies)
    ended = any(ends(b, gold) for b in bodies)
    return 'layout-' + ('S' if started else 's') + ('E' if ended else 'e')


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    if len(args) != 2:
        sys.exit(__doc__)
    gold_dir, pred_dir = args
    counts = {}
    for f in sorted(os.listdir(gold_dir)):
        if not f.endswith('.json'):
            continue
        with open(os.path.join(gold_dir, f), encoding='utf-8') as g:
            gold = json.load(g)
        path = os.path.join(pred_dir, f)
        read = []
        if os.path.exists(path):
            with open(path, encoding='utf-8') as r:
                read = json.load(r).get('articles', [])
        counts['read'] = counts.get('read', 0) + len(read)
        for article in gold['articles']:
            k = fate(article, read)
            counts[k] = counts.get(k, 0) + 1
            if '--each' in sys.argv:
                print('%s %s %s' % (f[:-5], k, (article['headline'].get('main') or '')[:20]))
    print('fates: ' + ' '.join('%s=%d' % kv for kv in sorted(counts.items())))


if __name__ == '__main__':
    main()
