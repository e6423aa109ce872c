#!/usr/bin/env python3
"""Makes a folder of page files for measuring bulk ingest: the pages of a set copied COPIES times under other dates.

    python3 tools/bench-pages.py ../shared/layouts/pages bench-pages 220   # 15,400 text pages
    python3 tools/bench-pages.py ../shared/layouts/pdf bench-pdf 1         # the 70 page PDFs, named to ingest

Each copy is named 人民日报_YYYYMMDD_NN.<ext> (a date of its own, from 1900 on) so the ingest command places it;
text copies get as many blank lines added as their copy number, so their bytes differ and none is a DUPLICATE.
PDFs are copied once each (their bytes cannot be varied as simply).
"""
import datetime
import pathlib
import sys


def main(source, out, copies):
    files = sorted(p for p in pathlib.Path(source).iterdir() if p.suffix in ('.txt', '.pdf'))
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    first = datetime.date(1900, 1, 1)
    made = 0
    for copy in range(copies if all(p.suffix == '.txt' for p in files) else 1):
        for i, page in enumerate(files):
            day = first + datetime.timedelta(days=copy * (len(files) + 10) + i)
            target = out / f'人民日报_{day:%Y%m%d}_01{page.suffix}'
            data = page.read_bytes()
            target.write_bytes(data + b'\n' * (copy + 1) if page.suffix == '.txt' else data)
            made += 1
    print(f'{made} page files in {out}')


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
