-- Accounts: admins (ingest, delete, rebuild, users, and all an editor does) and editors (review and corrections).
-- Passwords are kept as Spring Security's delegating encoder writes them ("{bcrypt}$2a$…"), never in clear.
create table account (
    id                  bigserial   primary key,
    username            text        not null unique check (username ~ '^[A-Za-z0-9_.@-]{2,64}$'),
    password_hash       text        not null,
    role                text        not null check (role in ('ADMIN', 'EDITOR')),
    enabled             boolean     not null default true,
    created_at          timestamptz not null default now(),
    password_changed_at timestamptz not null default now()
);

-- Who did what, when, from where, and how it ended. Rows are only ever added: the application has no statement that
-- updates or deletes them.
create table audit_event (
    id        bigserial   primary key,
    at        timestamptz not null default now(),
    actor     text,
    address   text,
    action    text        not null,
    target    text,
    result    text        not null,
    detail    text
);
create index audit_event_at on audit_event (at desc);
create index audit_event_actor on audit_event (actor, at desc);
create index audit_event_action on audit_event (action, at desc);
