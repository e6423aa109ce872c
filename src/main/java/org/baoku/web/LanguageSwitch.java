package org.baoku.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Every page links to itself in the other language ({@code languageSwitch} in the model). */
@ControllerAdvice
class LanguageSwitch {

	@ModelAttribute("languageSwitch")
	String languageSwitch(HttpServletRequest request, Locale locale) {
		return link(request, locale);
	}

	/** This request's page in the other language; also for error pages, which no controller advice reaches. */
	static String link(HttpServletRequest request, Locale locale) {
		String other = "en".equals(locale.getLanguage()) ? "zh-CN" : "en";
		return ServletUriComponentsBuilder.fromRequestUri(request)
			.query(request.getQueryString())
			.replaceQueryParam("lang", other)
			.build()
			.toUriString()
			.replaceFirst("^[a-z]+://[^/]+", "");
	}

}
