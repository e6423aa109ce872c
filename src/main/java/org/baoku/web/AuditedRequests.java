package org.baoku.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.baoku.audit.AuditDetail;
import org.baoku.audit.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every request that changes something on the admin, review and account pages or the admin API is an entry of the
 * audit log once it has been answered: who, from where, the action (method and route), its target (the path), the
 * answer's status and what the handler added ({@link AuditDetail}). Reading is not logged.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AuditedRequests implements WebMvcConfigurer, HandlerInterceptor {

	private final AuditLog audit;

	private final MessageSource messages;

	AuditedRequests(AuditLog audit, MessageSource messages) {
		this.audit = audit;
		this.messages = messages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/admin", "/admin/**", "/api/admin/**", "/account/**");
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		String method = request.getMethod();
		if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
			return;
		}
		Principal user = request.getUserPrincipal();
		Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		AuditDetail.Said said = (AuditDetail.Said) request.getAttribute(AuditDetail.ATTRIBUTE);
		int status = response.getStatus();
		boolean refused = Boolean.TRUE.equals(request.getAttribute(AuditDetail.REFUSED));
		String result = ex != null ? "error" : status < 400 && !refused ? "ok" : "refused";
		// The detail in English for scripts and the CSV; the key and arguments say it in the reader's language.
		String english = said == null ? null
				: messages.getMessage(said.key(), said.argsArray(), said.key(), Locale.ENGLISH);
		audit.record(user == null ? null : user.getName(), request.getRemoteAddr(),
				method + " " + (route != null ? route : request.getRequestURI()), request.getRequestURI(),
				result + " " + status, english, said);
	}

}
