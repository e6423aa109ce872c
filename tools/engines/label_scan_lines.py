#!/usr/bin/env python3
"""Gives every line OCR read off a scan of a generated page (`parse --lines` of the scan) the role and article of the
page PDF's own lines under it (label_lines.py, label_layouts.py): the scan reader's training labels (issue 79). A scan
is the PDF rendered (and worn, skewed, thresholded), and the reader levels it again, so its lines lie where the
PDF's do, to a few points; OCR's text may differ, so lines are matched by place, not by characters.

usage: label_scan_lines.py PDF_LABELS_DIR SCAN_LINES_DIR OUT_DIR
  PDF_LABELS_DIR  <page>.labels.json of the page PDFs
  SCAN_LINES_DIR  java -Dbaoku.ocr.cache=DIR -jar baoku.jar parse --lines --out SCAN_LINES_DIR SCANS_DIR
  OUT_DIR         <page>.labels.json: the scan's lines, each with "role", "article" (-1 none) and "face"; a line
                  over no labelled PDF line (a picture's lettering the PDF drew as an image) is "picture_text", its
                  face "none"

A scan line's role is the one that covers most of its box among the PDF lines it overlaps, its face likewise: the
PDF line's font as LineFeatures reads its name, "kai" (楷体), "heavy" (黑体 and bold faces) or "book". Prints how
many lines got each role and each face.
"""
import glob, json, os, sys
from collections import Counter, defaultdict

# Of a scan line's box, at least this share must lie over labelled PDF lines for it to take their role.
MIN_COVER = 0.3


def box(line):
    # A line's type body: from its top to its baseline, as PageLines writes both for PDF and OCR lines.
    top = min(line['top'], line['baseline'] - line['size'] * 0.8)
    return line['left'], top, line['right'], line['baseline'] + line['size'] * 0.1


def overlap(a, b):
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def face(pdf_line):
    features = pdf_line.get('features') or {}
    return 'kai' if features.get('kai') else 'heavy' if features.get('bold') else 'book'


def label(pdf_lines, scan_lines):
    boxes = [(box(p), p) for p in pdf_lines if p.get('role')]
    out = []
    for s in scan_lines:
        b = box(s)
        area = max(1e-6, (b[2] - b[0]) * (b[3] - b[1]))
        cover, articles, faces = defaultdict(float), defaultdict(float), defaultdict(float)
        for pb, p in boxes:
            o = overlap(b, pb)
            if o > 0:
                cover[p['role']] += o
                articles[p.get('article', -1)] += o
                faces[face(p)] += o
        line = dict(s)
        if cover and sum(cover.values()) >= MIN_COVER * area:
            line['role'] = max(cover, key=cover.get)
            line['article'] = max(articles, key=articles.get)
            line['face'] = max(faces, key=faces.get)
        else:
            line['role'] = 'picture_text'
            line['article'] = -1
            line['face'] = 'none'
        out.append(line)
    return out


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    labels_dir, lines_dir, out_dir = sys.argv[1:]
    os.makedirs(out_dir, exist_ok=True)
    counts, faces, pages = Counter(), Counter(), 0
    for path in sorted(glob.glob(os.path.join(lines_dir, '*.lines.json'))):
        name = os.path.basename(path)[:-len('.lines.json')]
        pdf_path = os.path.join(labels_dir, name + '.labels.json')
        if not os.path.exists(pdf_path):
            print(f'label_scan_lines: no PDF labels for {name}', file=sys.stderr)
            continue
        scan = json.load(open(path, encoding='utf-8'))
        pdf = json.load(open(pdf_path, encoding='utf-8'))
        scan['lines'] = label(pdf['lines'], scan['lines'])
        counts.update(l['role'] for l in scan['lines'])
        faces.update(l['face'] for l in scan['lines'])
        pages += 1
        with open(os.path.join(out_dir, name + '.labels.json'), 'w', encoding='utf-8') as f:
            json.dump(scan, f, ensure_ascii=False)
    print(f'label_scan_lines: {pages} pages, {sum(counts.values())} lines: '
          + ', '.join(f'{r} {n}' for r, n in counts.most_common())
          + '; faces: ' + ', '.join(f'{r} {n}' for r, n in faces.most_common()))


if __name__ == '__main__':
    main()
