#!/usr/bin/env python3
"""Gives every text line the reader builds of a page of ../shared/layouts' generator (reportlab) its role and
article from the page's typesetting record (build/<page>.layout.json), as label_lines.py does for Chromium's pages:
the same roles, so a reader can be trained on one engine and scored on the other.

usage: label_layouts.py SET_DIR LINES_DIR OUT_DIR
  SET_DIR    a set made by ../shared/layouts/scripts/build.sh (build/, gold/)
  LINES_DIR  java -jar baoku.jar parse --lines --out LINES_DIR SET_DIR/pdf
  OUT_DIR    <page>.labels.json

The record names what each module printed: kicker, main title, subtitle, a byline under the headline
(head_byline) or on its own line (lead_line), the paragraphs (the first one opening with the dateline and maybe the
byline), a byline after the text (tail), a dateline after it (end_line); a photo's caption and credit; the
masthead's lines; the page's jump line. An article is the gold's index of the article whose body starts as the
module's text does.
"""
import json, os, sys

from label_lines import label_set, squeeze


class Record:
    """The page's characters in the record's order, each with its role and article."""

    def __init__(self):
        self.chars, self.roles, self.articles = [], [], []

    def add(self, text, role, article):
        for c in squeeze(text or ''):
            self.chars.append(c)
            self.roles.append(role)
            self.articles.append(article)


def article_index(gold, text):
    """The gold article whose body start the module's text holds near its start (-1: none)."""
    t = squeeze(text)
    for i, a in enumerate(gold['articles']):
        start = squeeze(a['body_start'])
        if start and start in t[:len(start) + 40]:
            return i
    return -1


def record_of_layout(layout, gold):
    record = Record()
    for line in layout.get('masthead') or []:
        record.add(line, 'page_furniture', -1)
    jump = layout['params'].get('jump_text') if layout['params'].get('jump') else None
    for m in layout['modules']:
        if m['kind'] == 'photo':
            article = article_index(gold, m['caption'])
            record.add(m['caption'], 'caption', article)
            record.add(m['credit'], 'credit', article)
            continue
        printed = m['printed']
        article = article_index(gold, ''.join(printed))
        head = m['headline']
        record.add(head.get('kicker'), 'kicker', article)
        record.add(head.get('main'), 'headline', article)
        record.add(head.get('subtitle'), 'subtitle', article)
        record.add(m.get('head_byline'), 'byline', article)
        record.add(m.get('lead_line'), 'byline', article)
        for i, paragraph in enumerate(printed):
            rest = paragraph
            if i == 0 and m.get('dateline') and rest.startswith(m['dateline']):
                record.add(m['dateline'], 'dateline', article)
                rest = rest[len(m['dateline']):]
            tail = m.get('tail') or ''
            if i == len(printed) - 1 and tail and rest.endswith(tail):
                record.add(rest[:-len(tail)], 'body', article)
                record.add(tail, 'byline', article)
            else:
                record.add(rest, 'body', article)
        record.add(m.get('end_line'), 'dateline', article)
    if jump:
        record.add(jump, 'jump', -1)
    return record


def main():
    set_dir, lines_dir, out = sys.argv[1], sys.argv[2], sys.argv[3]

    def record_of(page):
        layout = json.load(open(os.path.join(set_dir, 'build', page + '.layout.json'), encoding='utf-8'))
        gold = json.load(open(os.path.join(set_dir, 'gold', page + '.json'), encoding='utf-8'))
        return record_of_layout(layout, gold)

    label_set(lines_dir, out, record_of)


if __name__ == '__main__':
    main()
