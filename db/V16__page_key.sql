-- One page is one page however its label was typed: 2, 02, 第2版 and 2版 are page 2; A2, a02 and A 02 are A2. The
-- printed label stays for display; page_key, made by page_key() here and nowhere else, is what a page is found by
-- (an upload of "02" beside a stored "2" replaces it or answers 409, as for the same label). A label that is no
-- page number (a name) is its own key.
create function page_key(label text) returns text language sql immutable strict as $$
    select case
               when t ~ '^[A-Za-z]*[0-9]+$'
                   then upper(substring(t from '^[A-Za-z]*')) || cast(cast(substring(t from '[0-9]+$') as numeric) as text)
               else t
           end
    from (select regexp_replace(regexp_replace(btrim(label), '^第|版$', '', 'g'), '\s+', '', 'g') as t) s
$$;

alter table page add column page_key text;
update page set page_key = page_key(page_label);
alter table page alter column page_key set not null;

-- Pages stored twice under two labels before this (2 and 02) stay as they are, for an admin to delete one; then
-- only the app's look-up by key keeps new ones out. Otherwise the database holds the rule too.
do $$
begin
    if exists (select 1 from page group by issue_id, page_key having count(*) > 1) then
        create index page_key_lookup on page (issue_id, page_key);
        raise notice 'some issues hold one page number under two labels (such as 2 and 02); delete the extra pages';
    else
        create unique index page_key_once on page (issue_id, page_key);
    end if;
end
$$;
