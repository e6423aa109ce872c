-- A scanned page's text is read by OCR. Each article keeps how sure OCR was of its text (the mean probability of the
-- characters of its lines, 0 to 1; null for an article read from a PDF's text layer or from a text file), and the page
-- keeps every line OCR read, with its box on the page in PDF points, its score and its least sure character's, and
-- whether that made the line doubted when it was read, so readers see the text is OCR's and editors see which lines to
-- check against the image.
alter table article add column ocr_confidence double precision check (ocr_confidence between 0 and 1);

create table page_ocr_line (
    page_id    bigint not null references page (id) on delete cascade,
    seq        int    not null,
    x          real   not null,
    y          real   not null,
    width      real   not null check (width >= 0),
    height     real   not null check (height >= 0),
    text       text   not null,
    confidence double precision not null check (confidence between 0 and 1),
    weakest    double precision not null check (weakest between 0 and 1),
    unsure     boolean not null,
    primary key (page_id, seq)
);
