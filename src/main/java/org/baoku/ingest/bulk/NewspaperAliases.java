package org.baoku.ingest.bulk;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.baoku.archive.PrintedName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What file names call newspapers, as admins mapped them (V23): "rmrb" is 人民日报 for every later job. */
@Repository
public class NewspaperAliases {

	private final JdbcClient jdbc;

	NewspaperAliases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every alias, lower-cased, with its newspaper. */
	public Map<String, String> all() {
		Map<String, String> aliases = new LinkedHashMap<>();
		jdbc.sql("select alias, newspaper from newspaper_alias order by alias")
			.query((rs, n) -> aliases.put(rs.getString(1), rs.getString(2)))
			.list();
		return aliases;
	}

	/** Maps the name to the newspaper from now on (a name mapped before is mapped again). */
	public void map(String alias, String newspaper, String admin) {
		String name = PrintedName.of(alias).toLowerCase(Locale.ROOT);
		String paper = PrintedName.of(newspaper);
		if (name.isEmpty() || paper.isEmpty()) {
			throw new IllegalArgumentException("both the name in the file names and the newspaper are needed");
		}
		jdbc.sql("""
				insert into newspaper_alias (alias, newspaper, made_by) values (:alias, :paper, :admin)
				on conflict (alias) do update set newspaper = excluded.newspaper, made_by = excluded.made_by, made_at = now()""")
			.param("alias", name)
			.param("paper", paper)
			.param("admin", admin)
			.update();
	}

}
