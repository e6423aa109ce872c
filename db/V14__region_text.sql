-- A region of body text keeps the text printed in it (its lines run together), so an editor can give the block to
-- another article, start a new article from it, or take it out as no article's text; headline and byline regions,
-- and regions stored before this, have none. kind 'block': such a move, with the block's text as it stood in the
-- body (anchor first), the receiving article's body before (second) or the new article's headline, to make it again
-- after a re-ingest.
alter table article_region add column text text;
alter table correction drop constraint correction_kind_check;
alter table correction add constraint correction_kind_check
    check (kind in ('fields', 'merge', 'split', 'body', 'drop', 'block'));
