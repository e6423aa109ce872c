#!/usr/bin/env python3
"""Gives every text line the reader builds of a generated page (`parse --lines`) its role and article, from the
page's typesetting record: a Chromium page's HTML (each element's class is its role, each module's data-a its
article), or the record an engine wrote beside its page (SET_DIR/record/<page>.json, xelatex_pages.py): the
training labels of a learned reader (issue 78).

usage: label_lines.py SET_DIR LINES_DIR OUT_DIR
  SET_DIR    made by make-set.sh (html/ or record/, gold/)
  LINES_DIR  java -jar baoku.jar parse --lines --out LINES_DIR SET_DIR/pdf
  OUT_DIR    <page>.labels.json: the lines, each with "role" and "article" (the gold's index, -1 none)

A line's role is the role of most of its characters in the record. Roles: page_furniture (the header), kicker,
headline, subtitle, byline, dateline (the line a dateline starts), body, section_heading, jump, caption, credit,
column_label, brief, advert; "roles_within" lists every role on the line (a byline at the end of a body line).
Prints how many lines got a role and, for each role, how many.
"""
import html.parser, json, os, re, sys, unicodedata
from collections import Counter

ROLES = {'paper': 'page_furniture', 'folio': 'page_furniture', 'kicker': 'kicker', 'main': 'headline',
         'subtitle': 'subtitle', 'byline': 'byline', 'inline-byline': 'byline', 'subhead': 'section_heading',
         'jump': 'jump', 'caption': 'caption', 'credit': 'credit', 'brief-label': 'column_label', 'brief': 'brief',
         'advert': 'advert', 'advert-title': 'advert', 'dateline': 'dateline'}
SPACE = re.compile(r'\s+')
# What a PDF's text layer gives for a character the page was written with (a font's ToUnicode map): compared alike.
VARIANTS = str.maketrans({'戶': '户', '―': '—', '⸺': '——', '⋯': '…'})
# A glyph the PDF gives no character for (xdvipdfmx writes U+FFFF): it stands for any one character of the record.
UNKNOWN = '\uffff'


def squeeze(text):
    return unicodedata.normalize('NFKC', SPACE.sub('', text)).translate(VARIANTS)


class Record(html.parser.HTMLParser):
    """The page's characters in document order, each with the role and article of the element it is in."""

    def __init__(self):
        super().__init__()
        self.stack = []
        self.chars, self.roles, self.articles = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag in ('img', 'meta', 'br'):
            return
        attrs = dict(attrs)
        role, article = (self.stack[-1][0], self.stack[-1][1]) if self.stack else (None, -1)
        if 'data-a' in attrs:
            article = int(attrs['data-a'])
        if 'data-i' in attrs:
            article = article + int(attrs['data-i'])
        for cls in (attrs.get('class') or '').split():
            role = ROLES.get(cls, role)
        if tag == 'p' and not attrs.get('class'):
            role = 'body'
        self.stack.append((role, article))

    def handle_endtag(self, tag):
        if tag not in ('img', 'meta', 'br') and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not self.stack or self.stack[-1][0] is None:
            return
        role, article = self.stack[-1]
        self.add(data, role, -1 if role == 'advert' else article)

    def add(self, text, role, article):
        for c in squeeze(text):
            self.chars.append(c)
            self.roles.append(role)
            self.articles.append(article)


def label(record, lines):
    text = ''.join(record.chars)
    used = [False] * len(text)
    labelled = []
    for line in lines:
        t = squeeze(line['text'])
        role, article, within = None, -1, []
        if t:
            pattern = re.compile('.'.join(re.escape(part) for part in t.split(UNKNOWN))) if UNKNOWN in t else None
            at = -1
            start = 0
            while True:
                if pattern:
                    found = pattern.search(text, start)
                    at = found.start() if found else -1
                else:
                    at = text.find(t, start)
                if at < 0 or not any(used[at:at + len(t)]):
                    break
                start = at + 1
            if at >= 0:
                for i in range(at, at + len(t)):
                    used[i] = True
                present = Counter(record.roles[at:at + len(t)])
                # A line that holds a dateline is a dateline's line; otherwise the role of most of its characters.
                role = 'dateline' if 'dateline' in present else present.most_common(1)[0][0]
                article = Counter(record.articles[at:at + len(t)]).most_common(1)[0][0]
                within = sorted(present)
        labelled.append(dict(line, role=role, article=article, roles_within=within if role else []))
    return labelled


def label_set(lines_dir, out, record_of):
    """Labels every page of LINES_DIR with the record `record_of(page)` gives, into OUT; prints what it gave."""
    os.makedirs(out, exist_ok=True)
    roles, total, found = Counter(), 0, 0
    for name in sorted(os.listdir(lines_dir)):
        if not name.endswith('.lines.json'):
            continue
        page = name[:-len('.lines.json')]
        lines = json.load(open(os.path.join(lines_dir, name), encoding='utf-8'))
        labelled = label(record_of(page), lines['lines'])
        for line in labelled:
            total += 1
            found += line['role'] is not None
            roles[line['role']] += 1
        json.dump(dict(lines, lines=labelled), open(os.path.join(out, page + '.labels.json'), 'w', encoding='utf-8'),
                  ensure_ascii=False)
    print('lines: %d, given a role: %d (%.3f)' % (total, found, found / max(1, total)))
    print('roles: ' + ', '.join('%s %d' % (r, n) for r, n in roles.most_common()))


def main():
    set_dir, lines_dir, out = sys.argv[1], sys.argv[2], sys.argv[3]

    def record_of(page):
        record = Record()
        written = os.path.join(set_dir, 'record', page + '.json')
        if os.path.exists(written):
            # An engine without HTML (xelatex_pages.py) writes its record as it typesets.
            for part in json.load(open(written, encoding='utf-8')):
                record.add(part['text'], part['role'], part['article'])
        else:
            record.feed(open(os.path.join(set_dir, 'html', page + '.html'), encoding='utf-8').read())
        return record

    label_set(lines_dir, out, record_of)


if __name__ == '__main__':
    main()
