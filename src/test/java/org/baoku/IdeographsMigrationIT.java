package org.baoku;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V22 folds the radicals an extractor gave for ideographs (人民日报 stored as ⼈⺠⽇报) in what was stored before it:
 * articles, page texts, regions, OCR lines and people's names (two spellings of one name become one); a page it changed
 * gets a new revision and index work, a page it did not change is left alone.
 */
class IdeographsMigrationIT {

	private static MigratedDatabase database;

	private static JdbcClient jdbc;

	@BeforeAll
	static void radicalsBeforeV22() throws IOException {
		database = MigratedDatabase.upTo("ideographs-migration-pg", "21");
		jdbc = database.jdbc();
		jdbc.sql("insert into newspaper (id, name) overriding system value values (1, '人民日报')").update();
		jdbc.sql("insert into issue (id, newspaper_id, issue_date) overriding system value values (10, 1, '2024-02-27')")
			.update();
		jdbc.sql("""
				insert into page (id, issue_id, page_label, page_key, source_file, sha256, raw_text, revision)
				overriding system value values
				(100, 10, '1', '1', 'a.pdf', repeat('a', 64), '⼈⺠⽇报 本报北京2⽉26⽇电', 5),
				(101, 10, '2', '2', 'b.pdf', repeat('b', 64), '人民日报 本报北京2月26日电', 6),
				(102, 10, '3', '3', 'c.pdf', repeat('c', 64), '人民日报 三版', 4)
				""").update();
		jdbc.sql("""
				insert into article (id, page_id, position, headline, dateline, body) overriding system value values
				(1000, 100, 1, '⼗位杰出⼥性荣获表彰', '本报北京2⽉26⽇电', '⼗位杰出⼥性'),
				(1001, 101, 1, '十位杰出女性', null, '正文'), (1002, 102, 1, '三版', null, '正文')
				""").update();
		jdbc.sql("insert into article_region (article_id, seq, x, y, width, height, text) values (1000, 0, 1, 2, 3, 4, '⼥性')")
			.update();
		jdbc.sql("insert into reporter (id, name) overriding system value values (1, '王⺠'), (2, '王民')").update();
		jdbc.sql("insert into article_reporter (article_id, reporter_id, role, position) values (1000, 1, '记者', 0), (1001, 2, '记者', 0)")
			.update();
		jdbc.sql("select setval('page_revision', 6)").query().listOfRows();
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
	void radicalsBecomeTheIdeographsTheyStandForAndTheChangedPageIsIndexedAgain() {
		assertThat(jdbc.sql("select headline || '|' || dateline || '|' || body from article where id = 1000")
			.query(String.class).single()).isEqualTo("十位杰出女性荣获表彰|本报北京2月26日电|十位杰出女性");
		assertThat(jdbc.sql("select raw_text from page where id = 100").query(String.class).single())
			.isEqualTo("人民日报 本报北京2月26日电");
		assertThat(jdbc.sql("select text from article_region where article_id = 1000").query(String.class).single())
			.isEqualTo("女性");
		assertThat(jdbc.sql("select revision from page where id = 100").query(Long.class).single()).isGreaterThan(6L);
		// A reporter written with a radical is the one written without: one reporter, named in both articles.
		assertThat(jdbc.sql("select name from reporter").query(String.class).list()).containsExactly("王民");
		assertThat(jdbc.sql("select count(*) from article_reporter").query(Long.class).single()).isEqualTo(2L);
		assertThat(jdbc.sql("select revision from page where id = 102").query(Long.class).single()).isEqualTo(4L);
		// Page 101's reporter is now the merged one: indexed again too.
		assertThat(jdbc.sql("select page_id from index_outbox order by page_id").query(Long.class).list())
			.containsExactly(100L, 101L);
	}

}
