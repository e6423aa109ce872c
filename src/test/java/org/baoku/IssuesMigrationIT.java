package org.baoku;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V4 turns the former "issue" rows (one per printed page) into pages of issues: on a database that holds the old
 * schema with data, no row is lost, page and article ids stay (so permalinks hold), and pages of one day become
 * one issue.
 */
class IssuesMigrationIT {

	private static MigratedDatabase database;

	private static JdbcClient jdbc;

	@BeforeAll
	static void oldSchemaWithData() throws IOException {
		database = MigratedDatabase.upTo("migration-pg", "3");
		jdbc = database.jdbc();
		jdbc.sql("insert into newspaper (id, name) overriding system value values (1, '老报'), (2, '另报')").update();
		jdbc.sql("""
				insert into issue (id, newspaper_id, issue_date, page_label, source_file, sha256, raw_text)
				overriding system value values
				(10, 1, '2020-01-02', 'A01', 'a.txt', repeat('a', 64), '甲'),
				(11, 1, '2020-01-02', 'A02', 'b.txt', repeat('b', 64), '乙'),
				(12, 1, '2020-01-03', '1', 'c.txt', repeat('c', 64), '丙'),
				(13, 2, '2020-01-02', '1', 'd.txt', repeat('d', 64), '丁')
				""").update();
		jdbc.sql("""
				insert into article (id, issue_id, position, headline, body) overriding system value values
				(100, 10, 1, '头条', '正文一'), (101, 11, 1, '二版', '正文二'), (102, 12, 1, '次日', '正文三'),
				(103, 13, 1, '另报', '正文四')
				""").update();
		jdbc.sql("insert into retired_article (id, issue_id, headline) values (99, 10, '撤下的')").update();
		// As after ids handed out by the database itself.
		jdbc.sql("select setval('issue_id_seq', 13), setval('article_id_seq', 103)").query().listOfRows();
		database.migrateToTheEnd();
	}

	@AfterAll
	static void stop() throws IOException {
		if (database != null) {
			database.close();
		}
	}

	@Test
	void everyPageKeepsItsIdAndLandsInTheIssueOfItsNewspaperAndDay() {
		List<Map<String, Object>> pages = jdbc.sql("""
				select p.id, n.name, i.issue_date::text as day, p.page_label, p.raw_text from page p
				join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id where p.id between 10 and 13 order by p.id
				""").query().listOfRows();
		assertThat(pages).extracting(r -> r.get("id")).containsExactly(10L, 11L, 12L, 13L);
		assertThat(pages).extracting(r -> r.get("name") + " " + r.get("day") + " " + r.get("page_label"))
			.containsExactly("老报 2020-01-02 A01", "老报 2020-01-02 A02", "老报 2020-01-03 1", "另报 2020-01-02 1");
		assertThat(pages).extracting(r -> r.get("raw_text")).containsExactly("甲", "乙", "丙", "丁");
		assertThat(jdbc.sql("select count(*) from issue").query(Long.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select count(distinct issue_id) from page where id in (10, 11)").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void articlesAndRetiredArticlesKeepTheirIdsAndPages() {
		assertThat(jdbc.sql("select id, page_id from article where id <= 103 order by id").query().listOfRows())
			.extracting(r -> r.get("id") + ":" + r.get("page_id"))
			.containsExactly("100:10", "101:11", "102:12", "103:13");
		assertThat(jdbc.sql("select page_id from retired_article where id = 99").query(Long.class).single()).isEqualTo(10);
		// Everything stored before V3 was queued for indexing and keeps pointing at its page.
		assertThat(jdbc.sql("select count(*) from index_outbox where page_id not in (select id from page)")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void pagesStoredBeforeAreFoundByTheirPageNumberWhateverTheLabelSays() {
		assertThat(jdbc.sql("select page_key from page where id in (10, 11, 12) order by id").query(String.class).list())
			.containsExactly("A1", "A2", "1");
		assertThat(jdbc.sql("""
				select page_key('2') = page_key('02') and page_key('02') = page_key('第2版') and page_key('2版') = '2'
				       and page_key('a 02') = 'A2' and page_key(' A02 ') = 'A2' and page_key('要闻') = '要闻'
				       and page_key('10') <> page_key('1') and page_key('0') = '0'
				""").query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select count(*) from pg_indexes where indexname = 'page_key_once'").query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void newPagesGetFreshIdsAndOneDayOfOneNewspaperIsOneIssue() {
		long page = jdbc.sql("""
				insert into page (issue_id, page_label, page_key, source_file, sha256, raw_text)
				select id, 'A03', page_key('A03'), 'e.txt', repeat('e', 64), '戊' from issue where issue_date = '2020-01-02'
				and newspaper_id = 1 returning id
				""").query(Long.class).single();
		assertThat(page).isGreaterThan(13);
		long duplicates = jdbc.sql("""
				select count(*) from (select newspaper_id, issue_date from issue group by 1, 2 having count(*) > 1) d
				""").query(Long.class).single();
		assertThat(duplicates).isZero();
	}

}
