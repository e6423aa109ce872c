-- Why a correction no longer applies after a re-ingest, as a message key with its arguments, so the review page says
-- it in the reader's language; stale_reason keeps it in English for the log and for rows written before this.
alter table correction add column stale_key text;
alter table correction add column stale_args text[] not null default '{}';
