-- Why an article's permalink answers 410 Gone, so the page can say what happened: a re-ingest of its page no longer
-- had it ('reingested'), an editor merged it into another article ('merged', merged_into), or an admin deleted its
-- page ('page_deleted'). Of the articles retired before this was kept, those of deleted pages are known; the rest
-- were re-ingests or merges and read as re-ingests.
alter table retired_article add column reason text not null default 'reingested'
    check (reason in ('reingested', 'merged', 'page_deleted'));
alter table retired_article add column merged_into bigint;
update retired_article set reason = 'page_deleted' where page_id in (select id from deleted_page);
