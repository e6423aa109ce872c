-- The archive's words: an issue is one newspaper's edition of one day; a page (版次) is one printed page of it.
-- Until now the table called "issue" held pages. It becomes "page" (same rows, same ids, so links to pages and
-- articles stay), and a new "issue" table holds the editions, one per newspaper and day, made from the pages.

alter table issue rename to page;
alter sequence issue_id_seq rename to page_id_seq;
alter table page rename constraint issue_pkey to page_pkey;
alter table page rename constraint issue_newspaper_id_fkey to page_newspaper_id_fkey;
alter index issue_sha256_once rename to page_sha256_once;
drop index issue_date_idx;

create table issue (
    id           bigint generated always as identity primary key,
    newspaper_id bigint not null references newspaper (id),
    issue_date   date   not null,
    constraint issue_once unique (newspaper_id, issue_date)
);

create index issue_date_idx on issue (issue_date);

insert into issue (newspaper_id, issue_date)
select distinct newspaper_id, issue_date from page order by issue_date, newspaper_id;

alter table page add column issue_id bigint references issue (id);
update page p set issue_id = i.id from issue i where i.newspaper_id = p.newspaper_id and i.issue_date = p.issue_date;
alter table page alter column issue_id set not null;
alter table page drop constraint issue_page_once;
alter table page add constraint page_once unique (issue_id, page_label);
alter table page drop column newspaper_id;
alter table page drop column issue_date;

alter table article rename column issue_id to page_id;
alter table article rename constraint article_issue_id_fkey to article_page_id_fkey;

alter table index_outbox rename column issue_id to page_id;

alter table retired_article rename column issue_id to page_id;
alter table retired_article rename constraint retired_article_issue_id_fkey to retired_article_page_id_fkey;
