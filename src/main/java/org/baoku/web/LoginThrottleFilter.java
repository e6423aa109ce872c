package org.baoku.web;

import java.util.List;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.account.LoginThrottle;
import org.baoku.audit.AuditDetail;
import org.baoku.audit.AuditLog;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in (the login form, or any request with HTTP Basic credentials) with {@code 429 Too Many Requests}
 * while its account or its address has used up its failed guesses ({@link LoginThrottle}), before the password is
 * checked. The failures themselves are counted where they happen (`account.SignInEvents`, {@link RequestBodyGuard}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

	private final LoginThrottle throttle;

	private final AuditLog audit;

	private final FilterRefusals refusals;

	LoginThrottleFilter(LoginThrottle throttle, AuditLog audit, FilterRefusals refusals) {
		this.throttle = throttle;
		this.audit = audit;
		this.refusals = refusals;
	}

	/** Why a sign-in is refused while its guesses are used up: {@code wait} seconds to go. */
	static FilterRefusals.Reason tooMany(long wait) {
		return FilterRefusals.Reason.of("error.tooManySignIns",
				"too many failed sign-ins for this account or from this address; try again in " + wait + " seconds",
				wait);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = signingInAs(request);
		if (username == null) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		long wait = throttle.waitSeconds(username, address);
		if (wait == 0) {
			chain.doFilter(request, response);
			return;
		}
		log.warn("Sign-in as '{}' from {} refused: too many failed guesses, {} s to wait", username, address, wait);
		audit.record(username, address, "login", username, "throttled", "too many failed guesses; " + wait + " s to wait",
				new AuditDetail.Said("audit.detail.throttled", List.of(Long.toString(wait))));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
		refusals.refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, tooMany(wait));
	}

	/** The account a request signs in as: the login form's user name, or the name in Basic credentials. */
	static String signingInAs(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if ("POST".equals(request.getMethod()) && path.equals("/login")) {
			String username = request.getParameter("username");
			return username == null ? "" : username;
		}
		return basicUsername(request.getHeader(HttpHeaders.AUTHORIZATION));
	}

	static String basicUsername(String authorization) {
		String[] credentials = basicCredentials(authorization);
		return credentials == null ? null : credentials[0];
	}

	/** User name and password of a Basic header; null when there is none or it cannot be read. */
	static String[] basicCredentials(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		int colon = decoded.indexOf(':');
		return colon < 0 ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
	}

}
