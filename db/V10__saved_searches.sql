-- Searches a signed-in user keeps, to see what is new since the last look. A search is kept as the address of its
-- results page ("/search?q=…&reporter=…"), written by the app from the parameters it understood, so it runs again
-- exactly as it was saved. seen_up_to is the newest article (by id: articles are numbered as they are stored) the
-- index held at the last visit; articles stored after it are the new ones.
create table saved_search (
    id          bigint      generated always as identity primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    name        text        not null check (length(name) between 1 and 200),
    query       text        not null check (query like '/search%' and length(query) <= 4000),
    seen_up_to  bigint      not null,
    created_at  timestamptz not null default now(),
    visited_at  timestamptz not null default now(),
    constraint saved_search_once unique (account_id, query)
);
create index saved_search_account on saved_search (account_id, created_at);
