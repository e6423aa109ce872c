package org.baoku.audit;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a handler adds to its request's audit entry ("西宁晚报 2023-07-22 A01: INGESTED"); the entry itself is
 * written when the request ends, with its status.
 */
public final class AuditDetail {

	public static final String ATTRIBUTE = AuditDetail.class.getName();

	private AuditDetail() {
	}

	public static void set(String detail) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(ATTRIBUTE, detail, RequestAttributes.SCOPE_REQUEST);
		}
	}

}
