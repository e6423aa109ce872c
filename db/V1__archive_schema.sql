-- The archive: newspapers, their pages ("issue" rows: one printed page of one day's issue), the articles cut
-- from each page, and the people named in them. PostgreSQL is the source of truth; the Lucene index is
-- rebuilt from these tables.

create table newspaper (
    id   bigint generated always as identity primary key,
    name text not null unique
);

create table issue (
    id           bigint generated always as identity primary key,
    newspaper_id bigint      not null references newspaper (id),
    issue_date   date        not null,
    page_label   text        not null default '',
    source_file  text        not null,
    sha256       char(64)    not null,
    raw_text     text        not null,
    ingested_at  timestamptz not null default now(),
    constraint issue_page_once unique (newspaper_id, issue_date, page_label)
);

create index issue_sha256 on issue (sha256);
create index issue_date_idx on issue (issue_date);

create table article (
    id         bigint generated always as identity primary key,
    issue_id   bigint  not null references issue (id) on delete cascade,
    position   int     not null,
    kicker     text,
    headline   text    not null default '',
    subtitle   text,
    dateline   text,
    byline     text,
    body       text    not null,
    confidence real    not null default 1,
    doubts     text[]  not null default '{}',
    constraint article_position_once unique (issue_id, position)
);

create table reporter (
    id   bigint generated always as identity primary key,
    name text not null unique
);

create table article_reporter (
    article_id  bigint not null references article (id) on delete cascade,
    reporter_id bigint not null references reporter (id),
    role        text   not null default '',
    position    int    not null,
    primary key (article_id, reporter_id)
);

create index article_reporter_reporter on article_reporter (reporter_id);

create table official (
    id   bigint generated always as identity primary key,
    name text not null unique
);

-- The title is the one the article gives, so an official's titles over time can be read off the mentions.
create table article_official (
    article_id  bigint not null references article (id) on delete cascade,
    official_id bigint not null references official (id),
    title       text   not null default '',
    position    int    not null,
    primary key (article_id, official_id)
);

create index article_official_official on article_official (official_id);

-- Facts about this installation, e.g. that the seed pages were ingested on first start.
create table app_state (
    key        text primary key,
    value      text        not null,
    updated_at timestamptz not null default now()
);
