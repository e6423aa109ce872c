-- A page ingested from its PDF keeps the file (content-addressed under the data folder, by this hash) and its size
-- in PDF points; each of its articles keeps the rectangles it is printed in, in the same points from the top left.
alter table page add column pdf_sha256 text;
alter table page add column pdf_width real;
alter table page add column pdf_height real;
alter table page add constraint page_pdf_size check (pdf_sha256 is null or (pdf_width > 0 and pdf_height > 0));

create table article_region (
    article_id bigint not null references article (id) on delete cascade,
    seq        int    not null,
    x          real   not null,
    y          real   not null,
    width      real   not null check (width >= 0),
    height     real   not null check (height >= 0),
    primary key (article_id, seq)
);
