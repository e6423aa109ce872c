-- A newspaper's layout profile (the splitter's tunable numbers that fit how the paper is set), fitted on its pages
-- an editor marked as checked. proposed: the last fit, with its figures (report) and, where it splits the pages kept
-- apart to check it worse than the default, why it may not be applied (refusal); applied: the profile in force for
-- the paper's new pages and re-splits (null: the default tuning). A profile never applies to another paper.
create table newspaper_profile (
    newspaper_id     bigint      primary key references newspaper (id) on delete cascade,
    applied          jsonb,
    applied_by       text,
    applied_at       timestamptz,
    proposed         jsonb,
    proposed_report  text,
    proposed_refusal text,
    proposed_by      text,
    proposed_at      timestamptz
);
