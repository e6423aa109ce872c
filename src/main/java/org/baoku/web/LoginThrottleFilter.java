package org.baoku.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.baoku.account.LoginThrottle;
import org.baoku.account.SignInRefusals;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in (the login form, or any request with HTTP Basic credentials) with {@code 429 Too Many Requests}
 * while its address, or its address for this account, has used up its failed guesses ({@link LoginThrottle}), before
 * the password is checked. The failures themselves are counted where they happen (`account.SignInEvents`,
 * {@link RequestBodyGuard}); the refusals are counted into one log line and audit row per burst ({@link SignInRefusals}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final SignInRefusals refused;

	private final FilterRefusals refusals;

	LoginThrottleFilter(LoginThrottle throttle, SignInRefusals refused, FilterRefusals refusals) {
		this.throttle = throttle;
		this.refused = refused;
		this.refusals = refusals;
	}

	/** Why a sign-in is refused while its guesses are used up: {@code wait} seconds to go. */
	static FilterRefusals.Reason tooMany(long wait) {
		return FilterRefusals.Reason.of("error.tooManySignIns",
				"too many failed sign-ins from this address; try again in " + wait + " seconds", wait);
	}

	/** Refuses a sign-in whose guesses are used up: 429 with the wait, counted into its burst of refusals. */
	static void refuse(HttpServletRequest request, HttpServletResponse response, String username, long wait,
			SignInRefusals refused, FilterRefusals refusals) throws IOException {
		refused.refused(username, request.getRemoteAddr(), wait);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
		refusals.refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, tooMany(wait));
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
		refuse(request, response, username, wait, refused, refusals);
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
