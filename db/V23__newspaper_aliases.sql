-- What a file name calls a newspaper ("rmrb" in rmrb_20180115_p07.pdf) and the newspaper it is (人民日报), as an admin
-- mapped it on a bulk job's dry run: every later job stores such files under the newspaper, not under a new paper
-- named after the abbreviation. alias is kept in lower case (RMRB and rmrb are one name).
create table newspaper_alias (
    alias      text        primary key check (alias = lower(alias) and alias <> ''),
    newspaper  text        not null check (newspaper <> ''),
    made_by    text        not null,
    made_at    timestamptz not null default now()
);
