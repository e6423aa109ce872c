package org.baoku.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** Every page links to itself in the other language ({@code languageSwitch} in the model). */
@ControllerAdvice
class LanguageSwitch {

	@ModelAttribute("languageSwitch")
	String languageSwitch(HttpServletRequest request, Locale locale) {
		return link(request, locale);
	}

	/**
	 * This request's page in the other language; also for error pages, which no controller advice reaches. A path
	 * from this server, never its host (the request's Host header is the client's to say), and starting with one
	 * slash, so that a path like {@code //other.example/} cannot become a link to another site.
	 */
	static String link(HttpServletRequest request, Locale locale) {
		String other = "en".equals(locale.getLanguage()) ? "zh-CN" : "en";
		return UriComponentsBuilder.fromPath(request.getRequestURI().replaceFirst("^/+", "/"))
			.query(request.getQueryString())
			.replaceQueryParam("lang", other)
			.build()
			.toUriString();
	}

}
