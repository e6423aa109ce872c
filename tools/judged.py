"""Each article of a `parse` output judged right or wrong as ../shared/tools/calibration.py judges it: right when it
matches a gold article not matched before (score.py's test of its text) with the same headline (bag F1 ≥ 0.9),
dateline and reporters. Shared by the tools that learn from those judgements (fit-confidence.py,
engines/train_doubt.py). Needs ../shared/tools/score.py: SCORE_TOOLS names its folder, else BAOKU_SHARED/tools, else
../shared/tools beside the repository."""
import os
import sys

_SHARED = os.environ.get('BAOKU_SHARED', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared'))
sys.path.insert(0, os.environ.get('SCORE_TOOLS', os.path.join(_SHARED, 'tools')))
from score import matches, bag_f1, head_text, norm  # noqa: E402


def judged(gold, pred):
    """(article, right) for each article of the page's parse output, in its order."""
    used = set()
    for pa in pred.get('articles', []):
        ok = False
        for gi, ga in enumerate(gold['articles']):
            if gi not in used and matches(pa.get('body', ''), ga):
                used.add(gi)
                ok = (bag_f1(head_text(ga['headline']), head_text(pa.get('headline'))) >= 0.9
                      and norm(ga['dateline']) == norm(pa.get('dateline'))
                      and set(map(norm, ga['reporters'])) == set(map(norm, pa.get('reporters') or [])))
                break
        yield pa, ok
