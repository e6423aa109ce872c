package org.baoku.audit;

import java.util.Arrays;
import java.util.List;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a handler adds to its request's audit entry, said as a message key and its arguments ("audit.detail.ingest":
 * 西宁晚报 2023-07-22 A01 …): the audit page shows it in the reader's language, the log keeps it in English too. The
 * entry itself is written when the request ends, with its status.
 */
public final class AuditDetail {

	public static final String ATTRIBUTE = AuditDetail.class.getName();

	private AuditDetail() {
	}

	/** A detail said by a message key with its arguments, each kept as text. */
	public record Said(String key, List<String> args) {

		public Object[] argsArray() {
			return args.toArray();
		}

	}

	/** Request attribute: the action was refused though the answer is a success (a form redirected back). */
	public static final String REFUSED = AuditDetail.class.getName() + ".refused";

	/** The request's action was refused, whatever status its answer has (a form answers 302 either way). */
	public static void refused() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(REFUSED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
		}
	}

	public static void set(String key, Object... args) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(ATTRIBUTE, new Said(key, Arrays.stream(args).map(String::valueOf).toList()),
					RequestAttributes.SCOPE_REQUEST);
		}
	}

}
