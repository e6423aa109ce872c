-- A correction keeps where on its page it was made (PDF points from the top left): the corrected article's regions,
-- the block an editor moved and the regions of the article it went to (JSON: article [{x, y, width, height}], block,
-- to). A re-read of the same page (a scan read by OCR again reads some words differently) places the correction
-- again where its region still is, the text before and after being the second anchor. Corrections made before this
-- have none and are placed by their text, as before.
alter table correction add column place jsonb;

-- A correction a re-read could not place again waits for an editor, who keeps it (it is made on the article again)
-- or drops it: a dropped correction stays on record, out of the list.
alter table correction drop constraint correction_state_check;
alter table correction add constraint correction_state_check check (state in ('applied', 'stale', 'dropped'));
alter table correction add column settled_by text;
alter table correction add column settled_at timestamptz;
