package org.baoku.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The audit log in words for people: an action recorded as its route ("POST /admin/review/articles/{id}") is named
 * by a message ({@code audit.do.correctFields}: 改正文章), its target path by the object it names (文章 #58), and
 * a loopback address as this machine. The log itself keeps the routes and paths, for scripts and the CSV.
 */
@Component("auditWords")
public class AuditWords {

	private static final Map<String, String> ACTIONS = new LinkedHashMap<>();

	static {
		ACTIONS.put("POST /admin/review/articles/{id}", "correctFields");
		ACTIONS.put("POST /admin/review/articles/{id}/body", "correctBody");
		ACTIONS.put("POST /admin/review/articles/{id}/blocks/{seq}", "moveBlock");
		ACTIONS.put("POST /admin/review/articles/{id}/drop", "dropArticle");
		ACTIONS.put("POST /admin/review/articles/{id}/merge", "merge");
		ACTIONS.put("POST /admin/review/articles/{id}/split", "split");
		ACTIONS.put("POST /admin/review/pages/{id}/checked", "pageChecked");
		ACTIONS.put("POST /admin/review/corrections/{id}/keep", "keepCorrection");
		ACTIONS.put("POST /admin/review/corrections/{id}/drop", "dropCorrection");
		ACTIONS.put("POST /admin/review/profiles/refit", "refitProfile");
		ACTIONS.put("POST /admin/review/profiles/apply", "applyProfile");
		ACTIONS.put("POST /admin/ingest", "ingest");
		ACTIONS.put("POST /api/admin/pages", "ingestApi");
		ACTIONS.put("POST /admin/pages/{id}/delete", "deletePage");
		ACTIONS.put("POST /admin/issues/{newspaper}/{date}/delete", "deleteIssue");
		ACTIONS.put("POST /admin/jobs", "bulkUpload");
		ACTIONS.put("POST /admin/jobs/{id}/commit", "commitJob");
		ACTIONS.put("POST /admin/jobs/{id}/resume", "resumeJob");
		ACTIONS.put("POST /admin/jobs/{id}/discard", "discardJob");
		ACTIONS.put("POST /admin/jobs/{id}/papers", "mapPaper");
		ACTIONS.put("POST /admin/papers/rename", "renamePaper");
		ACTIONS.put("POST /admin/reindex", "reindex");
		ACTIONS.put("POST /api/admin/reindex", "reindex");
		ACTIONS.put("POST /admin/users", "createUser");
		ACTIONS.put("POST /admin/users/{username}/enabled", "enableUser");
		ACTIONS.put("POST /admin/users/{username}/password", "userPassword");
		ACTIONS.put("POST /account/password", "ownPassword");
		ACTIONS.put("login", "login");
		ACTIONS.put("logout", "logout");
		ACTIONS.put("ingest command", "ingestCommand");
		ACTIONS.put("upload job", "uploadJob");
	}

	private static final Pattern ARTICLE = Pattern.compile("/articles/(\\d+)");

	private static final Pattern PAGE = Pattern.compile("/pages/(\\d+)");

	private static final Pattern JOB = Pattern.compile("/admin/jobs/([\\w-]+)");

	private static final Pattern USER = Pattern.compile("/admin/users/([^/]+)");

	/** A recorded result: how it ended, and the HTTP status for a request ("ok 302", "refused 403", "failed"). */
	private static final Pattern RESULT = Pattern.compile("(ok|refused|error|failed|throttled|some failed)(?: (\\d{3}))?");

	private static final Pattern ISSUE = Pattern.compile("/admin/issues/([^/]+)/(\\d{4}-\\d{2}-\\d{2})");

	/** The message key naming the action, or null for one without a name (shown as recorded). */
	public String action(String action) {
		String code = ACTIONS.get(action);
		return code == null ? null : "audit.do." + code;
	}

	/** The message key and arguments naming the object a target path is about, or null (shown as recorded). */
	public Named target(String target) {
		if (target == null) {
			return null;
		}
		Matcher m;
		if ((m = ARTICLE.matcher(target)).find()) {
			return new Named("audit.object.article", m.group(1));
		}
		if ((m = PAGE.matcher(target)).find()) {
			return new Named("audit.object.page", m.group(1));
		}
		if ((m = ISSUE.matcher(target)).find()) {
			return new Named("audit.object.issue", java.net.URLDecoder.decode(m.group(1),
					java.nio.charset.StandardCharsets.UTF_8) + " " + m.group(2));
		}
		if ((m = JOB.matcher(target)).find()) {
			return new Named("audit.object.job", m.group(1));
		}
		if ((m = USER.matcher(target)).find()) {
			return new Named("audit.object.user", m.group(1));
		}
		return null;
	}

	/**
	 * How an entry ended, in words ({@code audit.outcome.*}), with the HTTP status where a refusal or an error gives
	 * one ("被拒绝（403）"); null for a result this version does not know (shown as recorded).
	 */
	public Named result(String result) {
		Matcher m = result == null ? null : RESULT.matcher(result.strip());
		if (m == null || !m.matches()) {
			return null;
		}
		String code = m.group(1).equals("some failed") ? "someFailed" : m.group(1);
		boolean withStatus = m.group(2) != null && (code.equals("refused") || code.equals("error"));
		return new Named("audit.outcome." + code + (withStatus ? "Status" : ""), withStatus ? m.group(2) : "");
	}

	/** Whether an address is this machine's own (an admin on the server itself). */
	public boolean local(String address) {
		return address != null && (address.equals("127.0.0.1") || address.equals("0:0:0:0:0:0:0:1")
				|| address.equals("::1"));
	}

	/** A message key with its one argument. */
	public record Named(String key, String arg) {
	}

}
