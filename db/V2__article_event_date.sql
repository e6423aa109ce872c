-- The day an article reports on, from its dateline or first sentence; null when the article does not say.
alter table article add column event_date date;

create index article_event_date on article (event_date);
