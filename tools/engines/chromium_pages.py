#!/usr/bin/env python3
"""Newspaper pages typeset by a second engine: HTML and CSS laid out and printed to PDF by Chromium (Blink lays the
text out, Skia writes the PDF), with gold from the typesetting record, for scoring the reader on an engine it was
never developed on (issue 78).

usage: chromium_pages.py ARTICLES_JSON OUT_DIR SEED PAPERS PAGES_PER_PAPER

Habits are drawn per paper, not per page: a paper keeps its fonts, sizes, byline and dateline forms, kicker and
subtitle forms, caption and credit forms, page header, briefs column label and headline stream order across all
its pages, as real papers do. Each page gets real article texts (ARTICLES_JSON: ../shared/layouts/sources/
articles.json), cut at a paragraph or sentence end to fit its module, so the gold's body ends are what is printed.

Writes OUT_DIR/html/<page>.html, OUT_DIR/pdf/<page>.pdf, OUT_DIR/gold/<page>.json (../shared/gold/README.md's
format) and OUT_DIR/papers.json (each paper's habits). Needs only the standard library and Debian's chromium.
"""
import base64, html, json, os, random, re, shutil, struct, subprocess, sys, tempfile, zlib

# Chromium's profile for this run, made when the first page is printed and removed at the end.
PROFILE = []

CJK = r'[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’、，。！？；：（）《》·—…]'

PT_MM = 0.3528
PAGE_W, PAGE_H = 350, 500       # mm, a broadsheet's type area with its margins
MARGIN = 14
BODY_FONTS = ['Noto Serif CJK SC', 'AR PL UMing CN', 'Noto Serif CJK SC']
HEAD_FONTS = ['Noto Sans CJK SC', 'Noto Serif CJK SC', 'WenQuanYi Zen Hei', 'AR PL UKai CN']
PAPER_NAMES = ['江城晚报', '北疆日报', '滨海时报', '东原日报', '南湖晨报', '青川日报', '西岭都市报', '金沙日报']
SECTIONS = ['要闻', '综合', '经济', '社会', '文化', '国际', '评论', '民生']
BRIEF_LABELS = ['简讯', '短讯', '快讯', '新闻速递', '本地短波']
CITIES = ['北京', '上海', '广州', '武汉', '成都']
# Habits beyond a paper's own, off unless asked (a set made with them is another set): the share of articles two
# columns wide and more whose text is set across a wider measure than the grid's column (a commentary or a theory
# page's lead: one column across two or three, half as many across four and more), and the share of long articles given
# section headings with no number, set centred, as a theory page sets them. Drawn from each article's headline, not
# from the page's random sequence, so that with both at 0 a seed makes the pages it always made.
WIDE_MEASURE = float(os.environ.get('WIDE_MEASURE', '0'))
SECTION_HEADINGS = float(os.environ.get('SECTION_HEADINGS', '0'))


def norm(s):
    """As the scorer normalises: no line breaks, no space next to a CJK character."""
    s = (s or '').replace('\n', '')
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r'(%s)[ \u3000\t]+' % CJK, r'\1', s)
        s = re.sub(r'[ \u3000\t]+(%s)' % CJK, r'\1', s)
    return s.strip()


def paper_habits(rng, index):
    """One paper's habits, kept across all its pages."""
    return {
        'name': PAPER_NAMES[index % len(PAPER_NAMES)],
        'body_font': rng.choice(BODY_FONTS),
        'head_font': rng.choice(HEAD_FONTS),
        'head_weight': rng.choice([700, 900]),
        'body_pt': rng.choice([8.5, 9, 9.5, 10]),
        'leading': rng.choice([1.45, 1.55, 1.65]),
        'grid': rng.choice([5, 6, 6, 7]),
        'byline': rng.choice(['after_dateline', 'own_line_above', 'own_line_above_spaced', 'end_of_body']),
        'reporter_word': rng.choice(['本报记者', '记者']),
        'subtitle_dash': rng.random() < 0.6,
        'headline_after_text': rng.random() < 0.4,
        'credit': rng.choice(['paren', 'plain']),
        'brief_label': rng.choice(BRIEF_LABELS),
        'header': rng.choice(['top_rule', 'boxed']),
        'rules': rng.random() < 0.5,
        'boxed_share': rng.choice([0.0, 0.15, 0.3]),
        'jump': rng.choice(['（下转第%d版）', '（下转%d版）', '下转第%d版']),
        'subheading': rng.choice(['bold', 'bracket']),
        'advert': rng.random() < 0.7,
    }


def png(width, height, rng):
    """A grey noise picture standing for a photo, as a PNG written by hand (no imaging library)."""
    rows = b''.join(b'\x00' + bytes(rng.randrange(60, 200) for _ in range(width)) for _ in range(height))
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(rows)) + chunk(b'IEND', b''))


def byline_text(paper, names, spaced=False):
    joined = '、'.join(names)
    if spaced:
        joined = '　'.join(' '.join(n) for n in names)
    return joined


def fit(paragraphs, capacity):
    """The paragraphs that fit `capacity` characters, the last one cut at a sentence end; at least one sentence."""
    kept, used = [], 0
    for p in paragraphs:
        if used + len(p) <= capacity:
            kept.append(p)
            used += len(p)
            continue
        sentences = re.findall(r'[^。！？]*[。！？]”?|[^。！？]+$', p)
        part = ''
        for s in sentences:
            if used + len(part) + len(s) > capacity and (kept or part):
                break
            part += s
        if part:
            kept.append(part)
        break
    return kept


def draw(art, key, what):
    """A number in [0, 1) for one of an article's optional habits (at `key`: its width, a paragraph's place), the
    same whenever it is asked again: not taken from the page's random sequence."""
    return random.Random('%s|%s|%d' % (what, art['main'], key)).random()


def printed_article(paper, art, width_cols, col_mm, height_mm, rng):
    """What one article's module prints, whatever the engine: its headline parts, byline and dateline as the paper
    sets them, its paragraphs cut to fit the module's height (with section headings in a commentary), a jump line;
    and its gold. None where nothing fits."""
    pt = paper['body_pt']
    line_mm = pt * PT_MM * paper['leading']
    chars_per_line = max(4, int((col_mm - 3) / (pt * PT_MM)))
    head_mm = 22 if width_cols >= 3 else 30
    lines = max(3, int((height_mm - head_mm) / line_mm) - 2)
    capacity = int(lines * width_cols * chars_per_line * 0.82)
    names = [n for n in art['reporters'] if n]
    dateline = art['dateline'] if art['dateline'] and not art.get('dateline_end') else None
    paragraphs = fit(art['paragraphs'], capacity)
    if not paragraphs:
        return None
    kicker, subtitle = art['kicker'], art['subtitle']
    if subtitle and paper['subtitle_dash'] and not subtitle.startswith('——'):
        subtitle = '——' + subtitle
    if subtitle and not paper['subtitle_dash']:
        subtitle = subtitle.lstrip('—')
    role = '记者'
    form = paper['byline'] if names else None
    if art['kind'] == 'comment' and names:
        form = 'own_line_above'
    lead_byline = None
    if dateline:
        if form == 'after_dateline':
            lead_byline = '（%s %s）' % (role, byline_text(paper, names))
    elif form == 'after_dateline':
        form = 'own_line_above'
    byline_above = None
    if form in ('own_line_above', 'own_line_above_spaced'):
        word = '□' if art['kind'] == 'comment' else paper['reporter_word']
        byline_above = '%s %s' % (word, byline_text(paper, names, form == 'own_line_above_spaced'))
    blocks = [('body', paragraphs[0])]
    subheadings = []
    plain = len(paragraphs) > 4 and draw(art, width_cols, 'headings') < SECTION_HEADINGS
    for i, p in enumerate(paragraphs[1:], 1):
        if art['kind'] == 'comment' and i % 3 == 0 and len(paragraphs) > 4:
            # A signed commentary's section headings: part of its body, listed in the gold.
            heading = ['一', '二', '三', '四', '五'][len(subheadings) % 5] + '、' + p[:rng.randint(6, 10)].rstrip('，。、；')
            subheadings.append(heading)
            blocks.append(('subhead', heading if paper['subheading'] == 'bold' else '【%s】' % heading))
        elif plain and i % 3 == 0:
            # A theory page's section headings: a phrase of the section, no number, centred, in the text's size or
            # up to half as large again.
            heading = p[:6 + int(draw(art, i, 'heading') * 5)].rstrip('，。、；“”')
            subheadings.append(heading)
            blocks.append(('plain-subhead', heading))
        blocks.append(('body', p))
    end_byline = '（%s %s）' % (role, byline_text(paper, names)) if form == 'end_of_body' else None
    jump = None
    cut = len(paragraphs) < len(art['paragraphs']) or len(''.join(paragraphs)) < len(''.join(art['paragraphs']))
    if cut and rng.random() < 0.35:
        # Continued on another page: a jump line after the text, not part of its body.
        jump = paper['jump'] % rng.randint(2, 8)
    text = ''.join(paragraphs)
    gold = {'headline': {'kicker': kicker, 'main': art['main'], 'subtitle': subtitle},
            'dateline': dateline, 'reporters': names if form else [],
            'reporter_roles': [role if art['kind'] != 'comment' else ''] * len(names) if form else [],
            'photo_credit': False, 'subheadings': [norm(h) for h in subheadings],
            'body_start': norm(text)[:15], 'body_end': norm(text)[-15:], 'body': norm(text), 'officials': [],
            'people_other': []}
    wide = width_cols >= 2 and draw(art, width_cols, 'wide') < WIDE_MEASURE
    columns = (1 if width_cols <= 3 else width_cols // 2) if wide else width_cols
    heading_pt = round(pt * (1 + int(draw(art, width_cols, 'heading size') * 6) / 10), 1)
    return {'kicker': kicker, 'main': art['main'], 'subtitle': subtitle, 'columns': columns, 'heading_pt': heading_pt,
            'size': 26 if width_cols >= 4 else 20
            if width_cols >= 2 else 16, 'head_mm': head_mm, 'byline_above': byline_above, 'dateline': dateline,
            'lead_byline': lead_byline, 'blocks': blocks, 'end_byline': end_byline, 'jump': jump, 'gold': gold}


def article_html(paper, a, width_cols):
    """One article's module as HTML."""
    head = []
    if a['kicker']:
        head.append('<div class="kicker">%s</div>' % html.escape(a['kicker']))
    head.append('<div class="main" style="font-size:%dpt">%s</div>' % (a['size'], html.escape(a['main'])))
    if a['subtitle']:
        head.append('<div class="subtitle">%s</div>' % html.escape(a['subtitle']))
    lead = ''
    if a['dateline']:
        lead = '<span class="dateline">%s</span>' % html.escape(a['dateline'])
        if a['lead_byline']:
            lead += '<span class="inline-byline">%s</span>' % html.escape(a['lead_byline'])
        lead += '　'
    body_html = []
    for kind, text in a['blocks']:
        if kind == 'subhead':
            body_html.append('<p class="subhead">%s</p>' % html.escape(text))
        elif kind == 'plain-subhead':
            body_html.append('<p class="subhead plain" style="font-size:%spt">%s</p>'
                             % (a['heading_pt'], html.escape(text)))
        else:
            body_html.append('<p>%s%s</p>' % ('' if body_html else lead, html.escape(text)))
    if a['end_byline']:
        body_html[-1] = (body_html[-1][:-4] + '<span class="inline-byline">%s</span></p>'
                         % html.escape(a['end_byline']))
    if a['jump']:
        body_html.append('<p class="jump">%s</p>' % html.escape(a['jump']))
    headline = '<div class="headline">%s</div>' % ''.join(head)
    byline = '<div class="byline">%s</div>' % html.escape(a['byline_above']) if a['byline_above'] else ''
    body = '<div class="body" style="column-count:%d">%s</div>' % (a['columns'], ''.join(body_html))
    if paper['headline_after_text']:
        # Drawn after its text (a positioned block paints last), shown above it: the stream order some engines leave.
        inner = ('<div style="padding-top:%dmm">%s%s</div><div class="headline-late">%s</div>'
                 % (a['head_mm'] - 6, byline, body, headline))
    else:
        inner = headline + byline + body
    return inner


def advert_printed(rng):
    """An advert or notice: printed, no article (its words go to the page's banners)."""
    title = rng.choice(['招聘启事', '遗失声明', '公告', '楼盘开盘', '家电特惠'])
    line = rng.choice(['详情请致电 0931-8812345', '地址：城关区金昌路88号', '欢迎垂询 400-800-1234'])
    return {'title': title, 'line': line}


def photo_printed(paper, art, rng):
    """A photo (a grey noise picture), its caption and its credit in the paper's form; and its gold."""
    names = [n for n in art['reporters'] if n] or ['李明']
    caption = fit(art['paragraphs'], 120)[0]
    credit = ('（%s %s 摄）' if paper['credit'] == 'paren' else '%s %s摄') % (paper['reporter_word'], '、'.join(names))
    picture = png(48, 32, rng)
    gold = {'headline': {'kicker': None, 'main': '', 'subtitle': None}, 'dateline': None, 'reporters': names,
            'reporter_roles': ['摄影'] * len(names), 'photo_credit': True, 'subheadings': [],
            'body_start': norm(caption)[:15], 'body_end': norm(caption)[-15:], 'body': norm(caption), 'officials': [],
            'people_other': []}
    return {'caption': caption, 'credit': credit, 'png': picture, 'gold': gold}


def briefs_printed(paper, arts, rng):
    """A column of untitled briefs under the paper's label, each with its own reporters; and their gold."""
    items, golds = [], []
    for art in arts:
        names = [n for n in art['reporters'] if n] or [rng.choice(['王芳', '陈刚', '刘洋'])]
        text = fit(art['paragraphs'], 110)[0]
        items.append((text, '（记者 %s）' % '、'.join(names)))
        golds.append({'headline': {'kicker': None, 'main': '', 'subtitle': None}, 'dateline': None,
                      'reporters': names, 'reporter_roles': ['记者'] * len(names), 'photo_credit': False,
                      'subheadings': [], 'body_start': norm(text)[:15], 'body_end': norm(text)[-15:],
                      'body': norm(text), 'officials': [], 'people_other': []})
    return {'label': paper['brief_label'], 'items': items}, golds


def photo_html(photo, width_cols):
    return ('<img class="photo" src="data:image/png;base64,%s" style="height:%dmm">'
            '<div class="caption">%s　<span class="credit">%s</span></div>'
            % (base64.b64encode(photo['png']).decode(), 40 if width_cols < 3 else 60, html.escape(photo['caption']),
               html.escape(photo['credit'])))


def briefs_html(briefs):
    return '<div class="brief-label">%s</div>%s' % (html.escape(briefs['label']), ''.join(
        '<p class="brief" data-i="%d">%s<span class="inline-byline">%s</span></p>'
        % (i, html.escape(text), html.escape(byline)) for i, (text, byline) in enumerate(briefs['items'])))


def advert_html(advert):
    return ('<div class="advert"><div class="advert-title">%s</div><div>%s</div></div>'
            % (html.escape(advert['title']), html.escape(advert['line'])))


CSS = """
@page { size: %(w)dmm %(h)dmm; margin: %(m)dmm; }
body { margin: 0; font-family: '%(body_font)s'; font-size: %(pt)spt; line-height: %(leading)s; }
.header { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #000;
          padding-bottom: 1mm; margin-bottom: 3mm; font-family: '%(head_font)s'; }
.header.boxed { border: 1px solid #000; padding: 1mm 2mm; }
.header .paper { font-size: 20pt; font-weight: 900; }
.row { display: grid; grid-template-columns: repeat(%(grid)d, 1fr); column-gap: 4mm; margin-bottom: 3mm;
       %(rule)s padding-bottom: 2mm; }
.module { position: relative; overflow: visible; }
.headline { font-family: '%(head_font)s'; font-weight: %(weight)d; margin-bottom: 2mm; }
.headline-late { position: absolute; top: 0; left: 0; right: 0; font-family: '%(head_font)s';
                 font-weight: %(weight)d; }
.kicker, .subtitle { font-size: 11pt; font-weight: 400; }
.main { line-height: 1.25; }
.byline { font-family: 'AR PL UKai CN'; margin-bottom: 1mm; }
.body { column-gap: 4mm; column-fill: balance; text-align: justify; }
.body p { margin: 0; text-indent: 2em; }
.photo { width: 100%%; object-fit: cover; display: block; }
.caption { font-family: '%(head_font)s'; font-size: %(small)spt; margin-top: 1mm; }
.brief-label { font-family: '%(head_font)s'; font-weight: 900; font-size: 14pt; border-bottom: 1px solid #000;
               margin-bottom: 1mm; }
.brief { margin: 0 0 1.5mm 0; text-indent: 2em; }
.body p.subhead { text-indent: 0; font-weight: 700; font-family: '%(head_font)s'; margin: 1mm 0; }
.body p.subhead.plain { text-align: center; margin: 2mm 0; }
.body p.jump { text-indent: 0; text-align: right; }
.module.boxed { border: 1px solid #000; padding: 2mm; }
.advert { border: 2px solid #000; padding: 3mm; text-align: center; font-family: '%(head_font)s'; }
.advert-title { font-size: 22pt; font-weight: 900; letter-spacing: 4mm; }
"""

SPLITS = {5: [[5], [3, 2], [2, 3], [2, 2, 1]], 6: [[6], [4, 2], [3, 3], [2, 2, 2], [2, 4]],
          7: [[7], [4, 3], [3, 2, 2], [5, 2]]}


def plan(paper, number, date, arts, rng):
    """One page, whatever the engine: its header, then rows of modules until the page is full, each module what it
    prints (an article, a photo, a briefs column, an advert), its span of the grid and its first gold article; and
    the page's banners and gold."""
    grid = paper['grid']
    col_mm = (PAGE_W - 2 * MARGIN - (grid - 1) * 4) / grid
    section = rng.choice(SECTIONS)
    banners = [paper['name'], '%d年%d月%d日' % date, '第%d版' % number, section]
    rows, golds = [], []
    left = PAGE_H - 2 * MARGIN - 20
    briefs_done = False
    advert_done = False
    while left > 60 and arts:
        height = min(left - 5, rng.choice([90, 110, 130, 150]))
        split = rng.choice(SPLITS[grid])
        modules = []
        for span in split:
            if not arts:
                break
            if span <= 2 and not briefs_done and len(arts) >= 4 and rng.random() < 0.5:
                briefs, g = briefs_printed(paper, [arts.pop() for _ in range(3)], rng)
                briefs_done = True
                modules.append({'kind': 'briefs', 'span': span, 'printed': briefs, 'boxed': False, 'first': len(golds)})
                golds.extend(g)
                banners.append(paper['brief_label'])
                continue
            if paper['advert'] and not advert_done and span <= 3 and left < 200 and rng.random() < 0.5:
                advert = advert_printed(rng)
                advert_done = True
                banners.extend([advert['title'], advert['line']])
                modules.append({'kind': 'advert', 'span': span, 'printed': advert, 'boxed': False, 'first': -1})
                continue
            art = arts.pop()
            kind = 'photo' if art['kind'] == 'photo' else 'article'
            printed = (photo_printed(paper, art, rng) if kind == 'photo'
                       else printed_article(paper, art, span, col_mm, height, rng))
            if printed is None:
                continue
            modules.append({'kind': kind, 'span': span, 'printed': printed,
                            'boxed': rng.random() < paper['boxed_share'], 'first': len(golds)})
            golds.append(printed['gold'])
        rows.append(modules)
        left -= height + 5
    return {'grid': grid, 'section': section, 'rows': rows}, banners, golds


def page(paper, number, date, arts, rng):
    """One page as HTML; its banners and gold."""
    layout, banners, golds = plan(paper, number, date, arts, rng)
    header = ('<div class="header %s"><span class="paper">%s</span><span class="folio">%s</span>'
              '<span class="folio">%s　%s</span></div>'
              % ('boxed' if paper['header'] == 'boxed' else '', html.escape(paper['name']), banners[1], banners[2],
                 html.escape(layout['section'])))
    rows = []
    for modules in layout['rows']:
        cells = []
        for m in modules:
            inner = (briefs_html(m['printed']) if m['kind'] == 'briefs' else advert_html(m['printed'])
                     if m['kind'] == 'advert' else photo_html(m['printed'], m['span']) if m['kind'] == 'photo'
                     else article_html(paper, m['printed'], m['span']))
            cells.append('<div class="module%s" data-a="%d" style="grid-column: span %d">%s</div>'
                         % (' boxed' if m['boxed'] else '', m['first'], m['span'], inner))
        rows.append('<div class="row">%s</div>' % ''.join(cells))
    css = CSS % {'w': PAGE_W, 'h': PAGE_H, 'm': MARGIN, 'body_font': paper['body_font'], 'pt': paper['body_pt'],
                 'leading': paper['leading'], 'head_font': paper['head_font'], 'grid': layout['grid'],
                 'weight': paper['head_weight'], 'small': paper['body_pt'] - 0.5,
                 'rule': 'border-bottom: 1px solid #000;' if paper['rules'] else ''}
    document = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>%s</style></head><body>%s%s'
                '</body></html>' % (css, header, ''.join(rows)))
    return document, banners, golds


def pdf_pages(pdf):
    """Pages in a Chromium PDF (its page tree's /Count)."""
    counts = [int(c) for c in re.findall(rb'/Count (\d+)', pdf)]
    return max(counts) if counts else 0


def profile():
    if not PROFILE:
        PROFILE.append(tempfile.mkdtemp(prefix='chromium-pages-'))
    return PROFILE[0]


def print_pdf(html_path, pdf_path):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
                    '--disable-background-networking', '--disable-component-update', '--disable-sync',
                    '--user-data-dir=' + profile(), '--no-pdf-header-footer',
                    '--print-to-pdf=' + pdf_path, 'file://' + os.path.abspath(html_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def make_set(argv, prefix, engine, folders, typeset_page):
    """The pages of a set, paper by paper: each page planned and typeset by `typeset_page(paper, number, date,
    pool, rng, name)` (which answers the page's banners, gold and how many sheets it came to, and may write what it
    keeps of the page), drawn again up to four times until it fits one sheet; then its gold and the papers' habits."""
    articles_json, out, seed, papers, per_paper = argv[1], argv[2], int(argv[3]), int(argv[4]), int(argv[5])
    rng = random.Random(seed)
    articles = json.load(open(articles_json, encoding='utf-8'))
    # A training set leaves out the articles of ../shared/layouts' held-out parts (HELD_OUT=202002,202005: the
    # months of their publication dates), so that no text of a held-out page is learned from.
    held_out = [m for m in os.environ.get('HELD_OUT', '').split(',') if m]
    articles = [a for a in articles if not any(a['pub_date'].startswith(m) for m in held_out)]
    for sub in folders + ('pdf', 'gold'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    habits = []
    for p in range(papers):
        paper = paper_habits(rng, p + seed)
        habits.append(paper)
        for n in range(1, per_paper + 1):
            name = '%ss%d_p%d_%02d' % (prefix, seed, p, n)
            for attempt in range(4):
                pool = rng.sample(articles, 18)
                date = (2021, rng.randint(1, 12), rng.randint(1, 28))
                banners, golds, sheets = typeset_page(out, paper, n, date, list(pool), rng, name)
                if sheets == 1:
                    break
            else:
                print('%s: did not fit one page in 4 tries; left out' % name, file=sys.stderr)
                pdf = os.path.join(out, 'pdf', name + '.pdf')
                if os.path.exists(pdf):
                    os.remove(pdf)
                continue
            gold = {'file': name + '.pdf', 'month_day': '%02d-%02d' % date[1:], 'year_hint': date[0],
                    'banners': banners, 'officials_unscored': True, 'articles': golds,
                    'notes': 'typeset by %s (tools/engines, seed %d)' % (engine, seed)}
            json.dump(gold, open(os.path.join(out, 'gold', name + '.json'), 'w', encoding='utf-8'),
                      ensure_ascii=False, indent=1)
    json.dump(habits, open(os.path.join(out, 'papers.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)


def typeset_html(out, paper, number, date, pool, rng, name):
    document, banners, golds = page(paper, number, date, pool, rng)
    html_path = os.path.join(out, 'html', name + '.html')
    pdf_path = os.path.join(out, 'pdf', name + '.pdf')
    open(html_path, 'w', encoding='utf-8').write(document)
    print_pdf(html_path, pdf_path)
    return banners, golds, pdf_pages(open(pdf_path, 'rb').read())


def main():
    try:
        make_set(sys.argv, 'e2', 'Chromium from HTML', ('html',), typeset_html)
    finally:
        for folder in PROFILE:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == '__main__':
    main()
