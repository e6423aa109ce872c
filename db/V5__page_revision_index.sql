-- The home page's overview of the archive is kept until the committed pages change, checked on every view by the
-- sum of the pages' revisions and their number: this index lets PostgreSQL read both without the page rows.
create index page_revision_idx on page (revision);
