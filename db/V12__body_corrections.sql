-- An editor's correction of an article's body text (garbled digits, a lost line): kind 'body', with the body before
-- and after in anchor (first, second). It is applied again after a re-ingest where the new split reads the body as
-- before the correction, and turns stale where it reads it some third way.
alter table correction drop constraint correction_kind_check;
alter table correction add constraint correction_kind_check check (kind in ('fields', 'merge', 'split', 'body'));
