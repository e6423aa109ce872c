package org.baoku;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.baoku.archive.PrintedName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V19 makes names that print alike one: on a database that holds, before it, one paper under three spellings (with a
 * zero-width space, with a right-to-left override), one page stored twice, full-width labels and one reporter and
 * official under two spellings, each becomes one row; the page merged away is kept in merged_page, its link answers
 * 410 and the index is told.
 */
class NamesMigrationIT {

	private static MigratedDatabase database;

	private static JdbcClient jdbc;

	@BeforeAll
	static void duplicatesBeforeV19() throws IOException {
		database = MigratedDatabase.upTo("names-migration-pg", "18");
		jdbc = database.jdbc();
		jdbc.sql("""
				insert into newspaper (id, name) overriding system value values
				(1, '西宁晚报'), (2, '西宁\u200B晚报'), (3, '\u202E西宁晚报\u202C'), (4, 'Ｗｅｓｔ\u3000Ｄａｉｌｙ'), (5, '另报')
				""").update();
		jdbc.sql("insert into newspaper_profile (newspaper_id, applied, applied_by) values (2, '{}', 'editor')").update();
		jdbc.sql("""
				insert into issue (id, newspaper_id, issue_date) overriding system value values
				(10, 1, '2023-07-22'), (11, 2, '2023-07-22'), (12, 3, '2023-07-23'), (13, 4, '2023-07-22'),
				(14, 5, '2023-07-22')
				""").update();
		jdbc.sql("""
				insert into page (id, issue_id, page_label, page_key, source_file, sha256, raw_text, revision)
				overriding system value values
				(100, 10, 'A01', 'A1', 'old.txt', repeat('a', 64), '旧的一版', 5),
				(101, 11, 'A01', 'A1', 'new.txt', repeat('b', 64), '新的一版', 9),
				(102, 11, 'A02', 'A2', 'b.txt', repeat('c', 64), '二版', 6),
				(103, 12, 'Ａ０３', 'Ａ０３', 'c.txt', repeat('d', 64), '次日', 7),
				(104, 13, '1', '1', 'd.txt', repeat('e', 64), '西报', 8),
				(105, 14, '3', '3', 'e.txt', repeat('f', 64), '另报三版旧', 10),
				(106, 14, '3\u200B', '3\u200B', 'f.txt', repeat('0', 64), '另报三版新', 11)
				""").update();
		jdbc.sql("""
				insert into article (id, page_id, position, headline, body) overriding system value values
				(1000, 100, 1, '旧头条', '旧正文'), (1001, 101, 1, '新头条', '新正文'), (1002, 102, 1, '二版头条', '正文'),
				(1005, 105, 1, '另报旧', '正文'), (1006, 106, 1, '另报新', '正文')
				""").update();
		jdbc.sql("""
				insert into correction (page_id, article_id, headline, editor, before, after)
				values (100, 1000, '旧头条', 'editor', '{"headline": "旧"}', '{"headline": "旧头条"}')
				""").update();
		jdbc.sql("""
				insert into reporter (id, name) overriding system value values (1, '王海林'), (2, '王\u200B海林'), (3, '李\u00AD娜')
				""").update();
		jdbc.sql("""
				insert into article_reporter (article_id, reporter_id, role, position) values
				(1001, 1, '记者', 0), (1001, 2, '记者', 1), (1002, 2, '记者', 0), (1002, 3, '通讯员', 1)
				""").update();
		jdbc.sql("insert into official (id, name) overriding system value values (1, '张三'), (2, '张\uFEFF三')").update();
		jdbc.sql("insert into article_official (article_id, official_id, title, position) values (1002, 2, '市长', 0)")
			.update();
		jdbc.sql("select setval('page_id_seq', 106), setval('page_revision', 11)").query().listOfRows();
		jdbc.sql("delete from index_outbox").update();
		database.migrateToTheEnd();
	}

	@AfterAll
	static void stop() throws IOException {
		if (database != null) {
			database.close();
		}
	}

	@Test
	void onePaperUnderThreeSpellingsIsOnePaper() {
		assertThat(jdbc.sql("select name from newspaper order by id").query(String.class).list())
			.containsExactly("西宁晚报", "West Daily", "另报");
		List<Map<String, Object>> pages = jdbc.sql("""
				select p.id, n.id as paper, i.issue_date::text as day, p.issue_id, p.page_label, p.page_key from page p
				join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id order by p.id
				""").query().listOfRows();
		assertThat(pages).extracting(r -> r.get("id") + " " + r.get("paper") + " " + r.get("day") + " " + r.get("page_label")
				+ " " + r.get("page_key"))
			.containsExactly("101 1 2023-07-22 A01 A1", "102 1 2023-07-22 A02 A2", "103 1 2023-07-23 A03 A3",
					"104 4 2023-07-22 1 1", "106 5 2023-07-22 3 3");
		assertThat(jdbc.sql("select count(*) from issue where newspaper_id = 1 and issue_date = '2023-07-22'")
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from issue").query(Long.class).single()).isEqualTo(4);
		// The other spelling's profile is the paper's now.
		assertThat(jdbc.sql("select newspaper_id from newspaper_profile").query(Long.class).list()).containsExactly(1L);
	}

	@Test
	void aPageStoredTwiceKeepsTheNewestAndTheOtherIsDeletedWithNothingLost() {
		assertThat(jdbc.sql("select id from page where id in (100, 101, 105, 106) order by id").query(Long.class).list())
			.containsExactly(101L, 106L);
		assertThat(jdbc.sql("select newspaper || ' ' || issue_date || ' ' || page_label from deleted_page order by id")
			.query(String.class).list()).containsExactly("西宁晚报 2023-07-22 A01", "另报 2023-07-22 3");
		assertThat(jdbc.sql("select id || ':' || reason from retired_article order by id").query(String.class).list())
			.containsExactly("1000:page_deleted", "1005:page_deleted");
		Map<String, Object> kept = jdbc.sql("""
				select kept_page_id, page ->> 'raw_text' as text, articles -> 0 ->> 'headline' as headline,
				       corrections -> 0 ->> 'editor' as editor from merged_page where id = 100
				""").query().singleRow();
		assertThat(kept).containsEntry("kept_page_id", 101L).containsEntry("text", "旧的一版")
			.containsEntry("headline", "旧头条").containsEntry("editor", "editor");
	}

	@Test
	void theIndexIsToldOfEveryPageThatChangedOrWent() {
		assertThat(jdbc.sql("select distinct page_id from index_outbox order by page_id").query(Long.class).list())
			.containsExactly(100L, 101L, 102L, 103L, 104L, 105L, 106L);
		// Pages that stay are indexed at a new revision (the start-up comparison finds them too).
		assertThat(jdbc.sql("""
				select count(*) from page p where p.revision <= 11 or not exists
				(select 1 from index_outbox o where o.page_id = p.id and o.revision = p.revision)
				""").query(Long.class).single()).isZero();
	}

	@Test
	void oneReporterAndOneOfficialUnderTwoSpellingsAreOne() {
		assertThat(jdbc.sql("select name from reporter order by id").query(String.class).list())
			.containsExactly("王海林", "李娜");
		assertThat(jdbc.sql("select article_id || ':' || reporter_id from article_reporter order by 1")
			.query(String.class).list()).containsExactly("1001:1", "1002:1", "1002:3");
		assertThat(jdbc.sql("select name from official").query(String.class).list()).containsExactly("张三");
		assertThat(jdbc.sql("select official_id from article_official where article_id = 1002").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void theDatabaseRuleIsTheAppsRule() {
		for (String name : List.of("西宁\u200B晚报", "\u202E报晚\u202C", "Ａ０１", "第３版", "\uF900", " a\u3000\u00A0 b\t",
				"\u2066x\u2069\uFE0F", "\uDB40\uDD00y\u00AD", "\u200E\u200F\u061C\u180E\u2060\uFEFF", "ﾊﾟ", "㍿", "e\u0301",
				"\u1680x\u2028y\u2029z\u205F")) {
			assertThat(jdbc.sql("select printed_name(:name)").param("name", name).query(String.class).single())
				.as(name).isEqualTo(PrintedName.of(name));
		}
	}

	@Test
	void pageNumbersAreUniqueInTheDatabase() {
		assertThat(jdbc.sql("select count(*) from pg_indexes where indexname = 'page_key_once'").query(Long.class)
			.single()).isEqualTo(1);
	}

}
