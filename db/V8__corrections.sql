-- An editor's correction of an article's split: who, when, and what. kind 'fields': the fields before and after
-- (JSON: kicker, headline, subtitle, dateline, reporters [{name, label}], officials [{name, label}]); 'merge': the
-- article and the one after it became one; 'split': the article was cut in two at a paragraph. For a merge or a
-- split, anchor holds the bodies it was made on, to find them again. A correction is applied at once and again
-- after each re-ingest of its page; one that no longer applies (its article is gone, or the new split reads a
-- corrected field differently from both before and after) turns stale and is listed for the editors.
create table correction (
    id           bigserial   primary key,
    article_id   bigint      references article (id) on delete set null,
    page_id      bigint      not null references page (id) on delete cascade,
    headline     text        not null,
    kind         text        not null default 'fields' check (kind in ('fields', 'merge', 'split')),
    anchor       jsonb,
    editor       text        not null,
    made_at      timestamptz not null default now(),
    before       jsonb       not null,
    after        jsonb       not null,
    state        text        not null default 'applied' check (state in ('applied', 'stale')),
    stale_reason text
);
create index correction_page on correction (page_id);
create index correction_stale on correction (made_at) where state = 'stale';

-- A corrected article has been looked at: it leaves the review queue. So do the articles of a page whose split an
-- editor marked as checked (until a re-ingest brings a new split).
alter table article add column corrected boolean not null default false;
alter table page add column checked_by text;
alter table page add column checked_at timestamptz;
