package org.baoku.ingest.profile;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.baoku.ingest.roles.LineRoles;
import org.baoku.ingest.roles.PaperRounds;
import org.baoku.ingest.split.SplitProfile;
import org.baoku.ingest.split.TypeStyles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Newspapers' profiles (V15): the one in force and the last fit proposed. */
@Repository
class ProfileRepository {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A paper's profiles as the admin page shows them. */
	record Stored(String newspaper, SplitProfile applied, String appliedBy, String appliedAt, SplitProfile proposed,
			String report, String refusal, String proposedBy, String proposedAt) {
	}

	private final JdbcClient jdbc;

	ProfileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SplitProfile> applied(String newspaper) {
		return jdbc.sql("""
				select p.applied from newspaper_profile p join newspaper n on n.id = p.newspaper_id
				where n.name = :paper and p.applied is not null""")
			.param("paper", newspaper)
			.query(String.class)
			.optional()
			.map(values -> profile(newspaper, values));
	}

	Optional<Stored> stored(String newspaper) {
		return jdbc.sql("""
				select n.name, p.applied, p.applied_by, to_char(p.applied_at, 'YYYY-MM-DD HH24:MI'), p.proposed, p.proposed_report,
				       p.proposed_refusal, p.proposed_by, to_char(p.proposed_at, 'YYYY-MM-DD HH24:MI')
				from newspaper_profile p join newspaper n on n.id = p.newspaper_id where n.name = :paper""")
			.param("paper", newspaper)
			.query((rs, n) -> new Stored(rs.getString(1), profile(newspaper, rs.getString(2)), rs.getString(3),
					rs.getString(4), profile(newspaper, rs.getString(5)), rs.getString(6), rs.getString(7),
					rs.getString(8), rs.getString(9)))
			.optional();
	}

	/** The newspapers in the archive, by name. */
	List<String> newspapers() {
		return jdbc.sql("select name from newspaper order by name").query(String.class).list();
	}

	void propose(String newspaper, SplitProfile profile, String report, String refusal, String editor) {
		jdbc.sql("""
				insert into newspaper_profile (newspaper_id, proposed, proposed_report, proposed_refusal, proposed_by,
				                               proposed_at)
				select id, cast(:values as jsonb), :report, :refusal, :editor, now() from newspaper where name = :paper
				on conflict (newspaper_id) do update set proposed = excluded.proposed,
				    proposed_report = excluded.proposed_report, proposed_refusal = excluded.proposed_refusal,
				    proposed_by = excluded.proposed_by, proposed_at = excluded.proposed_at""")
			.param("paper", newspaper)
			.param("values", values(profile))
			.param("report", report)
			.param("refusal", refusal)
			.param("editor", editor)
			.update();
	}

	/** The proposed profile goes in force; false when there is none to apply. */
	boolean applyProposed(String newspaper, String editor) {
		return jdbc.sql("""
				update newspaper_profile p set applied = p.proposed, applied_by = :editor, applied_at = now()
				from newspaper n where n.id = p.newspaper_id and n.name = :paper and p.proposed is not null
				  and p.proposed_refusal is null""")
			.param("paper", newspaper)
			.param("editor", editor)
			.update() == 1;
	}

	/** The stored pages of a paper, checked or not, in page order (id). */
	List<Long> pages(String newspaper, boolean checked) {
		return jdbc.sql("""
				select p.id from page p join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id
				where n.name = :paper and (p.checked_at is not null) = :checked order by p.id""")
			.param("paper", newspaper)
			.param("checked", checked)
			.query(Long.class)
			.list();
	}

	/** One stored article as gold for a checked page: what the editor left it as. */
	record CheckedArticle(String kicker, String headline, String subtitle, String dateline, String body,
			List<String> reporters, List<String> officials, boolean photo) {

		CheckedArticle(String kicker, String headline, String subtitle, String dateline, String body,
				List<String> reporters, List<String> officials) {
			this(kicker, headline, subtitle, dateline, body, reporters, officials, false);
		}

	}

	List<CheckedArticle> articles(long pageId) {
		return jdbc.sql("""
				select a.kicker, a.headline, a.subtitle, a.dateline, a.body,
				       coalesce((select string_agg(r.name, '|' order by ar.position) from article_reporter ar
				                 join reporter r on r.id = ar.reporter_id where ar.article_id = a.id), ''),
				       coalesce((select string_agg(o.name, '|' order by ao.position) from article_official ao
				                 join official o on o.id = ao.official_id where ao.article_id = a.id), ''),
				       coalesce(a.headline, '') = '' and exists (select 1 from article_reporter ar
				                 where ar.article_id = a.id and ar.role like '%摄%')
				from article a where a.page_id = :page order by a.position""")
			.param("page", pageId)
			.query((rs, n) -> new CheckedArticle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), names(rs.getString(6)), names(rs.getString(7)), rs.getBoolean(8)))
			.list();
	}

	/** Whether an article of the page waits for review with this doubt (no editor has corrected it). */
	boolean doubted(long pageId, String doubt) {
		return jdbc.sql("select exists (select 1 from article where page_id = :page and :doubt = any(doubts) and not corrected)")
			.param("page", pageId)
			.param("doubt", doubt)
			.query(Boolean.class)
			.single();
	}

	private static List<String> names(String joined) {
		return joined.isEmpty() ? List.of() : List.of(joined.split("\\|"));
	}

	/**
	 * A profile as stored: its numbers by name, the section styles it learned under {@value #SECTION_STYLES} and the
	 * type of its checked pages under {@value #TYPE_STYLES}, its own rounds of the line-role model under
	 * {@value #LINE_ROLES} (names no number has), so that a profile stored before any of them was learned reads as it
	 * was.
	 */
	static String values(SplitProfile profile) {
		try {
			Map<String, Object> stored = new TreeMap<>(profile.values());
			if (!profile.sectionStyles().isEmpty()) {
				stored.put(SECTION_STYLES, new TreeSet<>(profile.sectionStyles()));
			}
			if (!profile.typeStyles().isEmpty()) {
				Map<String, Object> type = new TreeMap<>();
				type.put(BODY, new TreeSet<>(profile.typeStyles().body()));
				type.put(HEADING_FACES, new TreeSet<>(profile.typeStyles().headingFaces()));
				stored.put(TYPE_STYLES, type);
			}
			if (!profile.lineRoles().isEmpty()) {
				stored.put(LINE_ROLES, profile.lineRoles().json());
			}
			return JSON.writeValueAsString(stored);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final String SECTION_STYLES = "sectionStyles";

	private static final String TYPE_STYLES = "typeStyles";

	private static final String LINE_ROLES = "lineRoles";

	private static final String BODY = "body";

	private static final String HEADING_FACES = "headingFaces";

	static SplitProfile profile(String newspaper, String values) {
		if (values == null) {
			return null;
		}
		try {
			Map<String, Object> stored = JSON.readValue(values, new TypeReference<Map<String, Object>>() {
			});
			Map<String, Double> numbers = new TreeMap<>();
			Set<String> styles = new TreeSet<>();
			Set<String> body = new TreeSet<>();
			Set<String> faces = new TreeSet<>();
			PaperRounds rounds = PaperRounds.read(JSON.valueToTree(stored.remove(LINE_ROLES)), LineRoles::model);
			stored.forEach((name, value) -> {
				if (name.equals(SECTION_STYLES) && value instanceof List<?> list) {
					list.forEach(style -> styles.add(String.valueOf(style)));
				}
				else if (name.equals(TYPE_STYLES) && value instanceof Map<?, ?> type) {
					strings(type.get(BODY), body);
					strings(type.get(HEADING_FACES), faces);
				}
				else if (value instanceof Number number) {
					numbers.put(name, number.doubleValue());
				}
				else {
					throw new IllegalStateException("the stored profile of " + newspaper + " sets " + name + " to " + value);
				}
			});
			return new SplitProfile(newspaper, numbers, styles, new TypeStyles(body, faces), rounds);
		}
		catch (IOException ex) {
			throw new IllegalStateException("the stored profile of " + newspaper + " cannot be read", ex);
		}
	}

	private static void strings(Object list, Set<String> into) {
		if (list instanceof List<?> items) {
			items.forEach(item -> into.add(String.valueOf(item)));
		}
	}

}
