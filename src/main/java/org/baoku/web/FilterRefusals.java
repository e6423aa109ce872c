package org.baoku.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer a filter gives when it refuses a request before Spring MVC sees it (and before its body is read): for
 * the API, JSON with the reason in English as the API's other errors give it; for pages, a short page with the reason
 * in the reader's language. The connection is closed, so an unread body is not waited for.
 */
final class FilterRefusals {

	/** Why, as a message key with its arguments ({@code error.*}) and in English. */
	record Reason(String key, List<Object> args, String english) {

		static Reason of(String key, String english, Object... args) {
			return new Reason(key, List.of(args), english);
		}

	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private final MessageSource messages;

	private final LocaleResolver locales;

	FilterRefusals(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Reason reason)
			throws IOException {
		response.setStatus(status.value());
		response.setHeader(HttpHeaders.CONNECTION, "close");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType("application/json");
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("status", status.value());
			body.put("error", status.getReasonPhrase());
			body.put("message", reason.english());
			JSON.writeValue(response.getWriter(), body);
			return;
		}
		Locale locale = locales.resolveLocale(request);
		String said = messages.getMessage(reason.key(), reason.args().toArray(), reason.english(), locale);
		String back = messages.getMessage("error.back", null, "Back to search", locale);
		response.setContentType("text/html");
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><meta charset=\"utf-8\"><title>"
					+ status.value() + "</title><h1>" + status.value() + "</h1><p>" + HtmlUtils.htmlEscape(said)
					+ "</p><p><a href=\"/search\">" + HtmlUtils.htmlEscape(back) + "</a></p></html>");
	}

}
