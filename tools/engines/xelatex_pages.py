#!/usr/bin/env python3
"""Newspaper pages typeset by a third engine: TeX (XeLaTeX with xeCJK; Knuth-Plass line breaking, multicol's
balanced columns, xdvipdfmx's PDF), planned as chromium_pages.py plans its pages (the same habits per paper, the
same kinds of module, the same gold), so that a reader can be trained on two engines and scored on the third.

usage: xelatex_pages.py ARTICLES_JSON OUT_DIR SEED PAPERS PAGES_PER_PAPER

Writes OUT_DIR/tex/<page>.tex, OUT_DIR/pdf/<page>.pdf, OUT_DIR/gold/<page>.json, OUT_DIR/record/<page>.json (the
text each role printed, in order, with its article: label_lines.py reads it) and OUT_DIR/papers.json. Needs Debian's
texlive-xetex, texlive-lang-chinese and texlive-latex-extra, and the fonts chromium_pages.py names.
"""
import json, os, shutil, subprocess, sys, tempfile

from chromium_pages import MARGIN, PAGE_H, PAGE_W, make_set, plan

IDEOGRAPHIC_SPACE = '\u3000'
SPECIAL = {'\\': r'\textbackslash{}', '{': r'\{', '}': r'\}', '%': r'\%', '$': r'\$', '&': r'\&', '#': r'\#',
           '_': r'\_', '^': r'\^{}', '~': r'\~{}'}


def tex(text):
    return ''.join(SPECIAL.get(c, c) for c in text)


class Page:
    """A page's TeX and its record: each printed text with its role and article, in the order it is written."""

    def __init__(self, paper, folder, name):
        self.paper, self.folder, self.name = paper, folder, name
        self.col_mm = (PAGE_W - 2 * MARGIN - (paper['grid'] - 1) * 4) / paper['grid']
        self.parts, self.record, self.pictures = [], [], 0

    def say(self, role, text, article):
        self.record.append({'role': role, 'text': text, 'article': article})
        return tex(text)

    def picture(self, data):
        self.pictures += 1
        path = os.path.join(self.folder, '%s-%d.png' % (self.name, self.pictures))
        open(path, 'wb').write(data)
        return path


def width(page, span):
    return '%.2fmm' % (span * page.col_mm + (span - 1) * 4)


def article_tex(page, a, span, first):
    pt, leading = page.paper['body_pt'], page.paper['leading']
    head = []
    if a['kicker']:
        head.append(r'{\headfont\fontsize{11pt}{14pt}\selectfont %s\par}' % page.say('kicker', a['kicker'], first))
    bold = r'\bfseries' if page.paper['head_weight'] >= 900 else ''
    head.append(r'{\headfont%s\fontsize{%dpt}{%dpt}\selectfont %s\par}'
                % (bold, a['size'], round(a['size'] * 1.25), page.say('headline', a['main'], first)))
    if a['subtitle']:
        head.append(r'{\headfont\fontsize{11pt}{14pt}\selectfont %s\par}' % page.say('subtitle', a['subtitle'], first))
    byline = (r'{\kaifont %s\par}' % page.say('byline', a['byline_above'], first)) if a['byline_above'] else ''
    paragraphs = []
    for kind, text in a['blocks']:
        if kind == 'subhead':
            paragraphs.append(r'{\noindent\headfont\bfseries %s\par}' % page.say('section_heading', text, first))
            continue
        if kind == 'plain-subhead':
            paragraphs.append(r'{\centering\headfont\bfseries\fontsize{%spt}{%.1fpt}\selectfont %s\par}'
                              % (a['heading_pt'], a['heading_pt'] * 1.3, page.say('section_heading', text, first)))
            continue
        lead = ''
        if not paragraphs and a['dateline']:
            lead = page.say('dateline', a['dateline'], first)
            if a['lead_byline']:
                lead += page.say('byline', a['lead_byline'], first)
            lead += IDEOGRAPHIC_SPACE
        paragraphs.append(lead + page.say('body', text, first))
    if a['end_byline']:
        paragraphs[-1] += page.say('byline', a['end_byline'], first)
    if a['jump']:
        paragraphs.append(r'{\raggedleft %s\par}' % page.say('jump', a['jump'], first))
    body = r'\fontsize{%spt}{%.1fpt}\selectfont ' % (pt, pt * leading) + '\n\n'.join(paragraphs)
    if a['columns'] > 1:
        body = r'\begin{multicols}{%d}%s\end{multicols}' % (a['columns'], body)
    headline = '\n'.join(head)
    if page.paper['headline_after_text']:
        # Written after its text, set above it: the drawing order some engines leave. The raised box stands on the
        # line after the text, a \baselineskip below its last line: raised by that too, it ends 2 mm over the text.
        return (r'\sbox\headbox{\parbox[b]{\linewidth}{%s}}\sbox\bodybox{\parbox[t]{\linewidth}{%s%s}}'
                r'\vspace*{\dimexpr\ht\headbox+\dp\headbox+2mm}\par\noindent\usebox\bodybox\par'
                r'\noindent\raisebox{\dimexpr\ht\bodybox+\dp\bodybox+2mm+\baselineskip}[0pt][0pt]{\usebox\headbox}'
                % (headline, byline, body))
    return headline + r'\vspace{1mm}' + byline + body


def photo_tex(page, photo, span, first):
    path = page.picture(photo['png'])
    return (r'\includegraphics[width=\linewidth,height=%dmm]{%s}\par\vspace{1mm}'
            r'{\headfont\fontsize{%spt}{%spt}\selectfont %s%s%s\par}'
            % (40 if span < 3 else 60, path, page.paper['body_pt'] - 0.5, page.paper['body_pt'] + 4,
               page.say('caption', photo['caption'], first), IDEOGRAPHIC_SPACE,
               page.say('credit', photo['credit'], first)))


def briefs_tex(page, briefs, first):
    items = [r'{\headfont\bfseries\fontsize{14pt}{17pt}\selectfont %s\par}\hrule\vspace{1mm}'
             % page.say('column_label', briefs['label'], -1)]
    for i, (text, byline) in enumerate(briefs['items']):
        items.append(r'%s%s\par\vspace{1.5mm}'
                     % (page.say('brief', text, first + i), page.say('byline', byline, first + i)))
    return '\n'.join(items)


def advert_tex(page, advert):
    return (r'\fbox{\parbox{\dimexpr\linewidth-2\fboxsep-2\fboxrule}{\centering'
            r'{\headfont\bfseries\fontsize{22pt}{26pt}\selectfont %s\par}%s\par}}'
            % (page.say('advert', advert['title'], -1), page.say('advert', advert['line'], -1)))


def document(page, layout, banners):
    p = page.paper
    out = [r'''\documentclass{article}
\usepackage[paperwidth=%dmm,paperheight=%dmm,margin=%dmm]{geometry}
\usepackage{xeCJK}
\usepackage{multicol}
\usepackage{graphicx}
\setCJKmainfont[AutoFakeBold=1.5]{%s}
\newCJKfontfamily\headfont[AutoFakeBold=2]{%s}
\newCJKfontfamily\kaifont{AR PL UKai CN}
\setlength{\columnsep}{4mm}
\setlength{\parindent}{2em}
\setlength{\parskip}{0pt}
\newsavebox\headbox
\newsavebox\bodybox
\pagestyle{empty}
\begin{document}
\fontsize{%spt}{%.1fpt}\selectfont''' % (PAGE_W, PAGE_H, MARGIN, p['body_font'], p['head_font'], p['body_pt'],
                                         p['body_pt'] * p['leading'])]
    header = (r'{\headfont\bfseries\fontsize{20pt}{24pt}\selectfont %s}\hfill %s\hfill %s%s%s'
              % (page.say('page_furniture', banners[0], -1), page.say('page_furniture', banners[1], -1),
                 page.say('page_furniture', banners[2], -1), IDEOGRAPHIC_SPACE,
                 page.say('page_furniture', layout['section'], -1)))
    if p['header'] == 'boxed':
        out.append(r'\noindent\fbox{\parbox{\dimexpr\linewidth-2\fboxsep-2\fboxrule}{%s}}\par\vspace{3mm}' % header)
    else:
        out.append(r'\noindent %s\par\vspace{1mm}\hrule height 1pt\vspace{3mm}' % header)
    for modules in layout['rows']:
        cells = []
        for m in modules:
            if m['kind'] == 'article':
                inner = article_tex(page, m['printed'], m['span'], m['first'])
            elif m['kind'] == 'photo':
                inner = photo_tex(page, m['printed'], m['span'], m['first'])
            elif m['kind'] == 'briefs':
                inner = briefs_tex(page, m['printed'], m['first'])
            else:
                inner = advert_tex(page, m['printed'])
            cell = r'\begin{minipage}[t]{%s}\vspace{0pt}%s\end{minipage}' % (width(page, m['span']), inner)
            if m['boxed']:
                inside = r'\dimexpr%s-2\fboxsep-2\fboxrule' % width(page, m['span'])
                cell = r'\fbox{%s}' % cell.replace(width(page, m['span']), inside, 1)
            cells.append(cell)
        out.append(r'\noindent' + r'\hspace{4mm}'.join(cells) + r'\par\vspace{3mm}'
                   + (r'\hrule\vspace{2mm}' if p['rules'] else ''))
    out.append(r'\end{document}')
    return '\n'.join(out)


def typeset(tex_path, out_dir):
    """The page's PDF and how many pages it came to (0: TeX failed)."""
    work = tempfile.mkdtemp(prefix='xelatex-pages-')
    try:
        subprocess.run(['xelatex', '-interaction=nonstopmode', '-halt-on-error', '-output-directory=' + work, tex_path],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        name = os.path.splitext(os.path.basename(tex_path))[0]
        log = open(os.path.join(work, name + '.log'), encoding='utf-8', errors='replace').read()
        pdf = os.path.join(work, name + '.pdf')
        if not os.path.exists(pdf):
            return 0
        shutil.move(pdf, os.path.join(out_dir, name + '.pdf'))
        marker = 'Output written on'
        at = log.find(marker)
        return int(log[at:].split('(')[1].split()[0]) if at >= 0 else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def typeset_tex(out, paper, number, date, pool, rng, name):
    layout, banners, golds = plan(paper, number, date, pool, rng)
    page = Page(paper, os.path.abspath(os.path.join(out, 'pictures')), name)
    tex_path = os.path.join(out, 'tex', name + '.tex')
    open(tex_path, 'w', encoding='utf-8').write(document(page, layout, banners))
    json.dump(page.record, open(os.path.join(out, 'record', name + '.json'), 'w', encoding='utf-8'), ensure_ascii=False)
    return banners, golds, typeset(tex_path, os.path.join(out, 'pdf'))


def main():
    make_set(sys.argv, 'e3', 'XeLaTeX', ('tex', 'record', 'pictures'), typeset_tex)


if __name__ == '__main__':
    main()
