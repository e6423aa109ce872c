package org.baoku.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Issues by newspaper and date: what browsing by date reads. */
@Repository
class IssueRepository {

	/** Issues with their page and article counts; a filter and an order are appended. */
	private static final String SELECT_ISSUES = """
			select n.name, i.issue_date,
			       (select count(*) from page p where p.issue_id = i.id) as pages,
			       (select count(*) from page p join article a on a.page_id = p.id where p.issue_id = i.id) as articles
			from issue i join newspaper n on n.id = i.newspaper_id
			where exists (select 1 from page p where p.issue_id = i.id)
			""";

	private final JdbcClient jdbc;

	/** A fact the app keeps about this installation (table app_state), such as what its first start did. */
	Optional<String> appState(String key) {
		return jdbc.sql("select value from app_state where key = :key").param("key", key).query(String.class).optional();
	}

	IssueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> newspapers() {
		return jdbc.sql("""
				select n.name from newspaper n where exists (select 1 from issue i join page p on p.issue_id = i.id
				where i.newspaper_id = n.id) order by n.name
				""").query(String.class).list();
	}

	/** Years with issues of the newspaper, newest first, with how many issues each. */
	List<YearCount> years(String newspaper) {
		return jdbc.sql("""
				select extract(year from i.issue_date)::int as year, count(*) from issue i
				join newspaper n on n.id = i.newspaper_id
				where n.name = :paper and exists (select 1 from page p where p.issue_id = i.id)
				group by year order by year desc
				""").param("paper", newspaper).query((rs, n) -> new YearCount(rs.getInt(1), rs.getLong(2))).list();
	}

	/** A year that has issues, and how many. */
	record YearCount(int year, long issues) {
	}

	/** The newspaper's issues between two days, both included, oldest first. */
	List<IssueSummary> between(String newspaper, LocalDate first, LocalDate last) {
		return jdbc.sql(SELECT_ISSUES + " and n.name = :paper and i.issue_date between :first and :last order by i.issue_date")
			.param("paper", newspaper)
			.param("first", first)
			.param("last", last)
			.query(this::row)
			.list();
	}

	Optional<IssueSummary> issue(String newspaper, LocalDate date) {
		return oneOf(newspaper, date, " and i.issue_date = :date");
	}

	/** Every newspaper's issue of one day. */
	List<IssueSummary> onDate(LocalDate date) {
		return jdbc.sql(SELECT_ISSUES + " and i.issue_date = :date order by n.name").param("date", date).query(this::row).list();
	}

	/** The newspaper a name now stands for, where the paper was renamed or merged into another (V23's aliases). */
	Optional<String> renamedTo(String name) {
		return jdbc.sql("""
				select a.newspaper from newspaper_alias a join newspaper n on n.name = a.newspaper
				where a.alias = lower(:name) and a.newspaper <> :name""")
			.param("name", name)
			.query(String.class)
			.optional();
	}

	Optional<IssueSummary> before(String newspaper, LocalDate date) {
		return oneOf(newspaper, date, " and i.issue_date < :date order by i.issue_date desc limit 1");
	}

	Optional<IssueSummary> after(String newspaper, LocalDate date) {
		return oneOf(newspaper, date, " and i.issue_date > :date order by i.issue_date limit 1");
	}

	/** The newspaper's issue that the condition on {@code :date} picks, if any. */
	private Optional<IssueSummary> oneOf(String newspaper, LocalDate date, String condition) {
		return jdbc.sql(SELECT_ISSUES + " and n.name = :paper" + condition)
			.param("paper", newspaper)
			.param("date", date)
			.query(this::row)
			.optional();
	}

	/** Issues of the same month and day in other years, newest first; a null newspaper means every newspaper. */
	List<IssueSummary> sameDayOtherYears(String newspaper, LocalDate date) {
		return jdbc.sql(SELECT_ISSUES + """
				 and (cast(:paper as text) is null or n.name = :paper)
				 and extract(month from i.issue_date) = :month and extract(day from i.issue_date) = :day
				 and extract(year from i.issue_date) <> :year
				 order by i.issue_date desc, n.name
				""")
			.param("paper", newspaper)
			.param("month", date.getMonthValue())
			.param("day", date.getDayOfMonth())
			.param("year", date.getYear())
			.query(this::row)
			.list();
	}

	List<IssueSummary> latest(int count) {
		return jdbc.sql(SELECT_ISSUES + " order by i.issue_date desc, n.name limit :n").param("n", count).query(this::row).list();
	}

	/** The ids of an issue's articles in reading order: pages in page order, articles in page order. */
	List<Long> articleIds(String newspaper, LocalDate date) {
		record Placed(long id, String page, int position) {
		}
		return jdbc.sql("""
				select a.id, p.page_label, a.position from article a join page p on p.id = a.page_id
				join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id
				where n.name = :paper and i.issue_date = :date
				""")
			.param("paper", newspaper)
			.param("date", date)
			.query((rs, n) -> new Placed(rs.getLong(1), rs.getString(2), rs.getInt(3)))
			.list()
			.stream()
			.sorted(Comparator.comparing(Placed::page, PageOrder.LABELS).thenComparingInt(Placed::position))
			.map(Placed::id)
			.toList();
	}

	ArchiveCounts counts() {
		return jdbc.sql("""
				select (select count(*) from issue i where exists (select 1 from page p where p.issue_id = i.id)),
				       (select count(*) from page), (select count(*) from article),
				       (select min(i.issue_date) from issue i join page p on p.issue_id = i.id),
				       (select max(i.issue_date) from issue i join page p on p.issue_id = i.id)
				""")
			.query((rs, n) -> new ArchiveCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
			.single();
	}

	/** Articles per month ("YYYY-MM"), months without articles left out. */
	List<PersonProfile.MonthCount> articlesPerMonth() {
		return jdbc.sql("""
				select to_char(i.issue_date, 'YYYY-MM') as month, count(*) from article a
				join page p on p.id = a.page_id join issue i on i.id = p.issue_id
				group by month order by month
				""").query((rs, n) -> new PersonProfile.MonthCount(rs.getString(1), rs.getLong(2))).list();
	}

	private IssueSummary row(ResultSet rs, int n) throws SQLException {
		return new IssueSummary(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4));
	}

}
