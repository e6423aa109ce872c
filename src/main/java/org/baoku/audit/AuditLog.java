package org.baoku.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log: every admin and editor action, every sign-in and every ingest, appended to PostgreSQL. Nothing
 * here updates or deletes an entry. Writing an entry never makes the action fail: an entry that cannot be written
 * is logged instead.
 */
@Component
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	/** Rows of one page of the audit page. */
	public static final int PAGE = 200;

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(String actor, String address, String action, String target, String result, String detail) {
		record(actor, address, action, target, result, detail, null);
	}

	/** An entry whose detail is also said as a message key with its arguments ({@code said}, or null). */
	public void record(String actor, String address, String action, String target, String result, String detail,
			AuditDetail.Said said) {
		try {
			jdbc.sql("""
					insert into audit_event (actor, address, action, target, result, detail, detail_key, detail_args)
					values (:actor, :address, :action, :target, :result, :detail, :key, :args)""")
				.param("actor", cut(actor, 200))
				.param("address", cut(address, 100))
				.param("action", cut(action, 200))
				.param("target", cut(target, 1000))
				.param("result", cut(result, 200))
				.param("detail", cut(detail, 4000))
				.param("key", said == null ? null : cut(said.key(), 200))
				.param("args", said == null ? null : said.args().stream().map(a -> cut(a, 1000)).toArray(String[]::new))
				.update();
		}
		catch (RuntimeException ex) {
			log.error("Could not write the audit entry {} {} {} {}: {}", actor, action, target, result, ex.toString());
		}
	}

	/** The newest entries that pass the filter, newest first. */
	public List<AuditEvent> newest(AuditFilter filter, int limit) {
		return query(filter, " order by at desc, id desc limit " + Math.max(1, limit)).list();
	}

	/** Every entry that passes the filter, oldest first, one at a time (for the CSV download). */
	public void each(AuditFilter filter, Consumer<AuditEvent> consumer) {
		try (var rows = query(filter, " order by at, id").stream()) {
			rows.forEach(consumer);
		}
	}

	/** The actions that occur in the log, for the filter's choice. */
	public List<String> actions() {
		return jdbc.sql("select distinct action from audit_event order by action").query(String.class).list();
	}

	private JdbcClient.MappedQuerySpec<AuditEvent> query(AuditFilter filter, String order) {
		ZoneId zone = ZoneId.systemDefault();
		return jdbc.sql("""
				select * from audit_event
				where (cast(:actor as text) is null or actor = :actor)
				  and (cast(:action as text) is null or action = :action)
				  and (cast(:from as timestamptz) is null or at >= :from)
				  and (cast(:to as timestamptz) is null or at < :to)""" + order)
			.param("actor", blankToNull(filter.actor()))
			.param("action", blankToNull(filter.action()))
			.param("from", filter.from() == null ? null : filter.from().atStartOfDay(zone).toOffsetDateTime())
			.param("to", filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime())
			.query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
					rs.getString("actor"), rs.getString("address"), rs.getString("action"), rs.getString("target"),
					rs.getString("result"), rs.getString("detail"), said(rs)));
	}

	private static AuditDetail.Said said(ResultSet rs) throws SQLException {
		String key = rs.getString("detail_key");
		if (key == null) {
			return null;
		}
		Array args = rs.getArray("detail_args");
		return new AuditDetail.Said(key, args == null ? List.of() : List.of((String[]) args.getArray()));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
