-- An audit entry's detail as a message key and its arguments, so the audit page says it in the reader's language;
-- the English detail stays beside it for scripts and the CSV. Entries written before keep their English only.
alter table audit_event add column detail_key text;
alter table audit_event add column detail_args text[];
