-- A page an admin deleted: its permalink answers 410 Gone (and so does its issue's once no page is left), and its
-- articles' permalinks too (retired_article keeps them, now without a page row to point at).
create table deleted_page (
    id          bigint      primary key,
    newspaper   text        not null,
    issue_date  date        not null,
    page_label  text        not null,
    deleted_by  text        not null,
    deleted_at  timestamptz not null default now()
);
create index deleted_page_issue on deleted_page (newspaper, issue_date);

alter table retired_article drop constraint retired_article_page_id_fkey;
