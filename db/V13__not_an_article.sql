-- An editor marks a text the splitter took for an article as none (a masthead, an advertisement, a page's column
-- label): kind 'drop', with its body in anchor (first) to find it again after a re-ingest; the article is retired
-- with reason 'not_article', so its link answers 410 and says so.
alter table correction drop constraint correction_kind_check;
alter table correction add constraint correction_kind_check
    check (kind in ('fields', 'merge', 'split', 'body', 'drop'));
alter table retired_article drop constraint retired_article_reason_check;
alter table retired_article add constraint retired_article_reason_check
    check (reason in ('reingested', 'merged', 'page_deleted', 'not_article'));
