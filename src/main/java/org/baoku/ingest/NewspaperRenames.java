package org.baoku.ingest;

import java.util.List;
import java.util.Locale;

import org.baoku.archive.PrintedName;
import org.baoku.config.Refusal;
import org.baoku.search.SearchApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A newspaper stored under a wrong name ("rmrb", from a file name) renamed, or merged into the paper it is: its issues
 * move (a day both have becomes one issue), its pages and articles keep their ids and links, the old name becomes an
 * alias (its saved issue links go on to the new name, and file names that say it are stored under the paper), and
 * every page moved is indexed again. A day on which both papers have the same page is refused, naming the pages, and
 * nothing changes: an admin deletes or re-ingests one first.
 */
@Service
public class NewspaperRenames {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final SearchApi search;

	private final IngestLimits limits;

	NewspaperRenames(JdbcClient jdbc, TransactionTemplate transaction, SearchApi search, IngestLimits limits) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.search = search;
		this.limits = limits;
	}

	/** Why a rename was refused: a message ({@code papers.refused.<code>} with args) and English for the log. */
	public static final class Refused extends Refusal {

		Refused(String code, String english, Object... args) {
			super("papers.refused." + code, english, args);
		}

	}

	/** What a rename did: pages moved, and whether into a paper that was there (a merge). */
	public record Renamed(String from, String to, int pages, boolean merged) {
	}

	/** A newspaper with how many issues and pages it has. */
	public record Paper(String name, long issues, long pages) {
	}

	public List<Paper> papers() {
		return jdbc.sql("""
				select n.name, count(distinct i.id), count(p.id) from newspaper n
				left join issue i on i.newspaper_id = n.id left join page p on p.issue_id = i.id
				group by n.name order by n.name""")
			.query((rs, n) -> new Paper(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	public Renamed rename(String fromName, String toName, String admin) {
		String from = PrintedName.of(fromName);
		String to = PrintedName.of(toName);
		if (to == null || to.isEmpty()) {
			throw new Refused("nameNeeded", "the new name of the newspaper is empty");
		}
		// The same rule as a name on ingest: the new name is the one its issues' links and pages will carry.
		IngestReason bad = limits.newspaperProblem(to);
		if (bad != null) {
			throw new Refused(bad.code(), "the new name: " + bad.english(), bad.args().toArray());
		}
		Renamed renamed = transaction.execute(status -> {
			Long source = id(from);
			if (source == null) {
				throw new Refused("noPaper", "there is no newspaper " + from, from);
			}
			if (from.equals(to)) {
				throw new Refused("sameName", "the newspaper is called " + to + " already", to);
			}
			Long target = id(to);
			List<Long> moved = jdbc.sql("select p.id from page p join issue i on i.id = p.issue_id where i.newspaper_id = :n")
				.param("n", source)
				.query(Long.class)
				.list();
			if (target == null) {
				jdbc.sql("update newspaper set name = :to where id = :id").param("to", to).param("id", source).update();
			}
			else {
				merge(source, target, from, to);
			}
			jdbc.sql("update deleted_page set newspaper = :to where newspaper = :from").param("to", to).param("from", from)
				.update();
			jdbc.sql("update newspaper_alias set newspaper = :to where newspaper = :from").param("to", to)
				.param("from", from).update();
			jdbc.sql("""
					insert into newspaper_alias (alias, newspaper, made_by) values (:alias, :to, :admin)
					on conflict (alias) do update set newspaper = excluded.newspaper, made_by = excluded.made_by, made_at = now()""")
				.param("alias", from.toLowerCase(Locale.ROOT))
				.param("to", to)
				.param("admin", admin)
				.update();
			// The alias of the name a paper has now would send its links elsewhere.
			jdbc.sql("delete from newspaper_alias where alias = lower(:to)").param("to", to).update();
			for (Long page : moved) {
				jdbc.sql("update page set revision = nextval('page_revision') where id = :id").param("id", page).update();
				jdbc.sql("insert into index_outbox (page_id, revision) select id, revision from page where id = :id")
					.param("id", page)
					.update();
			}
			return new Renamed(from, to, moved.size(), target != null);
		});
		search.indexWaitingPagesAfter("renaming " + from + " to " + to);
		return renamed;
	}

	/** The source paper's issues into the target's; refused where both have the same page of a day. */
	private void merge(long source, long target, String from, String to) {
		List<String> clashes = jdbc.sql("""
				select i.issue_date || ' ' || p.page_label from page p join issue i on i.id = p.issue_id
				join issue t on t.newspaper_id = :target and t.issue_date = i.issue_date
				join page q on q.issue_id = t.id and q.page_key = p.page_key
				where i.newspaper_id = :source order by i.issue_date, p.page_key limit 6""")
			.param("source", source)
			.param("target", target)
			.query(String.class)
			.list();
		if (!clashes.isEmpty()) {
			String named = String.join(", ", clashes.subList(0, Math.min(5, clashes.size()))) + (clashes.size() > 5 ? ", …" : "");
			throw new Refused("samePages", "%s and %s both have these pages: %s; delete or re-ingest one of each first"
				.formatted(from, to, named), from, to, named);
		}
		// Pages of a day both papers have go to the target's issue; the source's issues left empty go.
		jdbc.sql("""
				update page p set issue_id = t.id from issue i, issue t
				where p.issue_id = i.id and i.newspaper_id = :source and t.newspaper_id = :target
				  and t.issue_date = i.issue_date""")
			.param("source", source)
			.param("target", target)
			.update();
		jdbc.sql("""
				delete from issue i where i.newspaper_id = :source and not exists (select 1 from page p where p.issue_id = i.id)""")
			.param("source", source)
			.update();
		jdbc.sql("update issue set newspaper_id = :target where newspaper_id = :source")
			.param("source", source)
			.param("target", target)
			.update();
		// The target keeps its own layout profile; the source's goes to it only where it has none.
		jdbc.sql("""
				update newspaper_profile set newspaper_id = :target where newspaper_id = :source
				and not exists (select 1 from newspaper_profile where newspaper_id = :target)""")
			.param("source", source)
			.param("target", target)
			.update();
		jdbc.sql("delete from newspaper where id = :source").param("source", source).update();
	}

	private Long id(String name) {
		return jdbc.sql("select id from newspaper where name = :name").param("name", name).query(Long.class).optional()
			.orElse(null);
	}

}
