package org.baoku.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reporters and officials with their articles, titles over time and the people named with them. */
@Repository
class PeopleRepository {

	private final JdbcClient jdbc;

	PeopleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Articles listed on one page of a person's profile. */
	static final int ARTICLES_PER_PAGE = 50;

	Optional<PersonProfile> official(String name, int page) {
		Optional<Long> id = jdbc.sql("select id from official where name = :name").param("name", name).query(Long.class).optional();
		return id.map(officialId -> new PersonProfile(name, count("article_official", "official_id", officialId),
				titles(officialId), months("article_official", "official_id", officialId), companions(officialId),
				page, articles("article_official", "official_id", officialId, page)));
	}

	Optional<PersonProfile> reporter(String name, int page) {
		Optional<Long> id = jdbc.sql("select id from reporter where name = :name").param("name", name).query(Long.class).optional();
		return id.map(reporterId -> new PersonProfile(name, count("article_reporter", "reporter_id", reporterId),
				List.of(), months("article_reporter", "reporter_id", reporterId), List.of(),
				page, articles("article_reporter", "reporter_id", reporterId, page)));
	}

	private List<PersonProfile.TitleHeld> titles(long officialId) {
		return jdbc.sql("""
				select ao.title, min(i.issue_date), max(i.issue_date), count(*)
				from article_official ao
				join article a on a.id = ao.article_id
				join page p on p.id = a.page_id join issue i on i.id = p.issue_id
				where ao.official_id = :id and ao.title <> ''
				group by ao.title
				order by min(i.issue_date), ao.title
				""")
			.param("id", officialId)
			.query((rs, n) -> new PersonProfile.TitleHeld(rs.getString(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class), rs.getLong(4)))
			.list();
	}

	private List<PersonProfile.Companion> companions(long officialId) {
		return jdbc.sql("""
				select o.name, count(*) as together
				from article_official mine
				join article_official other on other.article_id = mine.article_id and other.official_id <> mine.official_id
				join official o on o.id = other.official_id
				where mine.official_id = :id
				group by o.name
				order by together desc, o.name
				limit 20
				""").param("id", officialId).query((rs, n) -> new PersonProfile.Companion(rs.getString(1), rs.getLong(2))).list();
	}

	// The link table and its person column come from the two callers above, never from a request.
	private long count(String linkTable, String personColumn, long personId) {
		return jdbc.sql("select count(*) from " + linkTable + " where " + personColumn + " = :id")
			.param("id", personId)
			.query(Long.class)
			.single();
	}

	private List<PersonProfile.MonthCount> months(String linkTable, String personColumn, long personId) {
		return jdbc.sql("""
				select to_char(i.issue_date, 'YYYY-MM') as month, count(*)
				from %s l join article a on a.id = l.article_id join page p on p.id = a.page_id join issue i on i.id = p.issue_id
				where l.%s = :id
				group by month order by month
				""".formatted(linkTable, personColumn))
			.param("id", personId)
			.query((rs, n) -> new PersonProfile.MonthCount(rs.getString(1), rs.getLong(2)))
			.list();
	}

	private List<PersonProfile.ArticleLink> articles(String linkTable, String personColumn, long personId, int page) {
		return jdbc.sql("""
				select a.id, i.issue_date, a.headline
				from %s l join article a on a.id = l.article_id join page p on p.id = a.page_id join issue i on i.id = p.issue_id
				where l.%s = :id
				order by i.issue_date desc, a.id
				limit :n offset :skip
				""".formatted(linkTable, personColumn))
			.param("id", personId)
			.param("n", ARTICLES_PER_PAGE)
			.param("skip", (long) (page - 1) * ARTICLES_PER_PAGE)
			.query((rs, n) -> new PersonProfile.ArticleLink(rs.getLong(1), rs.getObject(2, LocalDate.class),
					rs.getString(3)))
			.list();
	}

}
