-- One name, one thing: newspaper, reporter and official names and page labels are compared and stored as printed
-- (org.baoku.archive.PrintedName): invisible characters removed (zero-width, soft hyphen, byte order mark,
-- bidirectional controls, variation selectors), Unicode NFKC (Ａ０１ is A01), white space one space, none at the ends.
-- printed_name() here is the same rule, spelt with the same characters, for the rows stored before it. Rows it makes
-- equal become one:
-- - reporters and officials: the lowest id stays, the others' mentions move to it;
-- - newspapers: the lowest id stays, the others' issues move to it (an issue of the same day becomes one issue) and
--   its layout profile is kept (else the first other one's);
-- - pages that become the same page of the same issue (page_key() of the printed label): the newest revision (the
--   last stored) stays; the others are deleted as an admin's deletion does (db/V9: their links answer 410, their
--   articles are retired, index work drops them from the index), and what they held (the page row with its text, its
--   articles and the editors' corrections) is kept in merged_page, nothing lost. Pages that were one page under two
--   labels before this (2 and 02, see V16) and that normalisation does not touch stay for an admin, as V16 left them.
-- Every page whose paper, label or people changed gets a new revision and a row of index work, so the index catches up.

create function printed_name(name text) returns text language sql immutable strict as $$
    select regexp_replace(
               regexp_replace(
                   normalize(regexp_replace(name,
                       '[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFE00-\uFE0F\uFEFF\uFFF9-\uFFFB\U000E0001\U000E0020-\U000E007F\U000E0100-\U000E01EF]',
                       '', 'g'), NFKC),
                   '[\t\n\v\f\r\u0020\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+', ' ', 'g'),
               '^ | $', '', 'g')
$$;

-- Pages whose index documents must be written again (their paper, label or people changed).
create temporary table touched_page (id bigint primary key) on commit drop;

-- Reporters and officials --------------------------------------------------------------------------------------------

create temporary table reporter_kept on commit drop as
select id, name, printed_name(name) as printed, min(id) over (partition by printed_name(name)) as kept from reporter;

insert into touched_page
select distinct a.page_id from article_reporter ar join reporter_kept k on k.id = ar.reporter_id
join article a on a.id = ar.article_id where k.id <> k.kept or k.name <> k.printed
on conflict do nothing;

-- An article that names two of one reporter's spellings keeps the first (the kept one where it names it).
delete from article_reporter ar using reporter_kept k
where ar.reporter_id = k.id and exists (
    select 1 from article_reporter o join reporter_kept ok on ok.id = o.reporter_id
    where o.article_id = ar.article_id and ok.kept = k.kept and o.reporter_id < ar.reporter_id);
update article_reporter ar set reporter_id = k.kept from reporter_kept k where ar.reporter_id = k.id and k.id <> k.kept;
delete from reporter r using reporter_kept k where r.id = k.id and k.id <> k.kept;
update reporter r set name = k.printed from reporter_kept k where r.id = k.id and r.name <> k.printed;

create temporary table official_kept on commit drop as
select id, name, printed_name(name) as printed, min(id) over (partition by printed_name(name)) as kept from official;

insert into touched_page
select distinct a.page_id from article_official ao join official_kept k on k.id = ao.official_id
join article a on a.id = ao.article_id where k.id <> k.kept or k.name <> k.printed
on conflict do nothing;

delete from article_official ao using official_kept k
where ao.official_id = k.id and exists (
    select 1 from article_official o join official_kept ok on ok.id = o.official_id
    where o.article_id = ao.article_id and ok.kept = k.kept and o.official_id < ao.official_id);
update article_official ao set official_id = k.kept from official_kept k where ao.official_id = k.id and k.id <> k.kept;
delete from official o using official_kept k where o.id = k.id and k.id <> k.kept;
update official o set name = k.printed from official_kept k where o.id = k.id and o.name <> k.printed;

-- Newspapers, issues and pages: where each page lands --------------------------------------------------------------

create temporary table newspaper_kept on commit drop as
select id, name, printed_name(name) as printed, min(id) over (partition by printed_name(name)) as kept from newspaper;

-- The issue of the kept paper and day: the kept paper's own where it has one, else the lowest id.
create temporary table issue_kept on commit drop as
select i.id, i.newspaper_id, nk.kept as newspaper_kept,
       first_value(i.id) over (partition by nk.kept, i.issue_date order by i.newspaper_id <> nk.kept, i.id) as kept
from issue i join newspaper_kept nk on nk.id = i.newspaper_id;

create temporary table page_landing on commit drop as
select p.id, p.issue_id, p.page_label, p.page_key, p.revision, ik.kept as issue, printed_name(p.page_label) as label,
       page_key(printed_name(p.page_label)) as key
from page p join issue_kept ik on ik.id = p.issue_id;

-- A place (issue, page number) that normalisation fills from two places apart before, or where it makes two labels
-- one, is merged; the newest revision stays there.
create temporary table page_merge on commit drop as
select id, first_value(id) over (partition by issue, key order by revision desc, id desc) as kept
from page_landing l
where (issue, key) in (select issue, key from page_landing group by issue, key
                       having count(distinct (issue_id, page_key)) > 1 or count(distinct label) < count(*));

insert into touched_page
select l.id from page_landing l join newspaper_kept nk on nk.id = (select newspaper_id from issue where id = l.issue_id)
where (l.issue <> l.issue_id or l.label <> l.page_label or nk.id <> nk.kept or nk.name <> nk.printed)
  and l.id not in (select id from page_merge where id <> kept)
on conflict do nothing;
delete from touched_page where id in (select id from page_merge where id <> kept);

-- Pages merged away ---------------------------------------------------------------------------------------------------

-- What a merged-away page held, as it was: the page row (with its text and file), its articles (with their people
-- and regions) and the editors' corrections of it. An admin can read or re-ingest it from here.
create table merged_page (
    id           bigint      primary key,
    kept_page_id bigint      not null,
    page         jsonb       not null,
    articles     jsonb       not null,
    corrections  jsonb       not null,
    merged_at    timestamptz not null default now()
);

insert into merged_page (id, kept_page_id, page, articles, corrections)
select p.id, m.kept, to_jsonb(p),
       coalesce((select jsonb_agg(to_jsonb(a) || jsonb_build_object(
                     'reporters', (select coalesce(jsonb_agg(jsonb_build_object('name', r.name, 'role', ar.role)
                                       order by ar.position), '[]') from article_reporter ar
                                   join reporter r on r.id = ar.reporter_id where ar.article_id = a.id),
                     'officials', (select coalesce(jsonb_agg(jsonb_build_object('name', o.name, 'title', ao.title)
                                       order by ao.position), '[]') from article_official ao
                                   join official o on o.id = ao.official_id where ao.article_id = a.id),
                     'regions', (select coalesce(jsonb_agg(to_jsonb(g) order by g.seq), '[]') from article_region g
                                 where g.article_id = a.id))
                     order by a.position) from article a where a.page_id = p.id), '[]'),
       coalesce((select jsonb_agg(to_jsonb(c) order by c.id) from correction c where c.page_id = p.id), '[]')
from page p join page_merge m on m.id = p.id and m.id <> m.kept;

-- As an admin's deletion (IngestRepository.deletePage): remembered, articles retired, index work queued.
insert into deleted_page (id, newspaper, issue_date, page_label, deleted_by)
select p.id, printed_name(n.name), i.issue_date, printed_name(p.page_label), 'V19 (one name, one page)'
from page p join page_merge m on m.id = p.id and m.id <> m.kept
join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id;

insert into retired_article (id, page_id, headline, reason)
select a.id, a.page_id, a.headline, 'page_deleted' from article a
join page_merge m on m.id = a.page_id and m.id <> m.kept
on conflict (id) do nothing;

insert into index_outbox (page_id, revision)
select p.id, p.revision from page p join page_merge m on m.id = p.id and m.id <> m.kept;

delete from article where page_id in (select id from page_merge where id <> kept);
delete from page where id in (select id from page_merge where id <> kept);

-- The pages that stay: first out of the way (a unique label or page number may be another's until it moves), then
-- into their issue under their printed label.
update page p set page_label = '#V19#' || p.id, page_key = '#V19#' || p.id
from page_landing l where l.id = p.id and (l.issue <> l.issue_id or l.label <> l.page_label or l.key <> l.page_key);
update page p set issue_id = l.issue, page_label = l.label, page_key = l.key
from page_landing l where l.id = p.id and p.page_label = '#V19#' || p.id;

-- Issues and newspapers ------------------------------------------------------------------------------------------------

delete from issue i using issue_kept ik where ik.id = i.id and ik.id <> ik.kept;
update issue i set newspaper_id = ik.newspaper_kept from issue_kept ik
where ik.id = i.id and i.newspaper_id <> ik.newspaper_kept;

-- The kept paper's profile stays; a paper without one takes the first of the others'.
delete from newspaper_profile np using newspaper_kept nk
where nk.id = np.newspaper_id and nk.id <> nk.kept
  and exists (select 1 from newspaper_profile o join newspaper_kept ok on ok.id = o.newspaper_id
              where ok.kept = nk.kept and o.newspaper_id < np.newspaper_id);
update newspaper_profile np set newspaper_id = nk.kept from newspaper_kept nk
where nk.id = np.newspaper_id and nk.id <> nk.kept;

delete from newspaper n using newspaper_kept nk where nk.id = n.id and nk.id <> nk.kept;
update newspaper n set name = nk.printed from newspaper_kept nk where nk.id = n.id and n.name <> nk.printed;

update deleted_page set newspaper = printed_name(newspaper), page_label = printed_name(page_label)
where newspaper <> printed_name(newspaper) or page_label <> printed_name(page_label);

-- Index work ---------------------------------------------------------------------------------------------------------

update page p set revision = nextval('page_revision') from touched_page t where t.id = p.id;
insert into index_outbox (page_id, revision) select p.id, p.revision from page p join touched_page t on t.id = p.id;

-- V16 could not make page numbers unique while two labels of one page (2 and 02) were stored; if none are left now,
-- the database holds the rule.
do $$
begin
    if not exists (select 1 from pg_indexes where indexname = 'page_key_once')
       and not exists (select 1 from page group by issue_id, page_key having count(*) > 1) then
        drop index if exists page_key_lookup;
        create unique index page_key_once on page (issue_id, page_key);
    end if;
end
$$;
