-- Every stored or replaced page gets a new revision, written in the same transaction as its articles together
-- with a row of index work; the indexer applies the rows and deletes them, so PostgreSQL and the index can be
-- compared page by page by revision rather than by counts.
create sequence page_revision;

alter table issue add column revision bigint;
update issue set revision = nextval('page_revision');
alter table issue alter column revision set not null;
alter table issue alter column revision set default nextval('page_revision');

create table index_outbox (
    id         bigint generated always as identity primary key,
    issue_id   bigint      not null,
    revision   bigint      not null,
    created_at timestamptz not null default now()
);

-- Everything stored before this migration is indexed again from these rows.
insert into index_outbox (issue_id, revision) select id, revision from issue order by id;

-- Articles a re-ingest removed from their page: their permalinks answer 410 Gone with a link to the page.
create table retired_article (
    id         bigint primary key,
    issue_id   bigint      not null references issue (id) on delete cascade,
    headline   text        not null default '',
    retired_at timestamptz not null default now()
);

-- Identical bytes are stored once, also when uploaded concurrently: a unique index, not a check before insert.
-- Copies stored before this rule are kept (nothing is deleted) and marked, so the rule holds for all that follows.
alter table issue add column legacy_duplicate boolean not null default false;
update issue i set legacy_duplicate = true
where exists (select 1 from issue j where j.sha256 = i.sha256 and j.id < i.id);
drop index issue_sha256;
create unique index issue_sha256_once on issue (sha256) where not legacy_duplicate;
