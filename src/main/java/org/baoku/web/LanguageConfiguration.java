package org.baoku.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Simplified Chinese by default, English by choice: {@code ?lang=en} (or {@code zh}) switches and is remembered in
 * a cookie; without a choice, a browser that prefers English over Chinese gets English.
 */
@Configuration
class LanguageConfiguration implements WebMvcConfigurer {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final List<Locale> OFFERED = List.of(CHINESE, Locale.ENGLISH);

	static final String COOKIE = "baoku-lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(LanguageConfiguration::fromBrowser);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	/** The first of the browser's languages we offer; Chinese when it names neither. */
	static Locale fromBrowser(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return CHINESE;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				String language = range.getRange().split("-")[0];
				if (language.equals("zh")) {
					return CHINESE;
				}
				if (language.equals("en")) {
					return Locale.ENGLISH;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// a malformed header names no language
		}
		return CHINESE;
	}

}
