package org.baoku.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.baoku.account.LoginThrottle;
import org.baoku.account.SignInRefusals;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides before a byte of a request body is read whether it will be read at all, so a client that sends its body
 * slowly cannot hold a worker thread: the admin paths take a body only from a signed-in admin or editor (a session,
 * or HTTP Basic credentials) and only up to the upload limit; the account forms (sign in and out, one's own
 * password) take a small one from anybody. Everything else with a body is answered at once and the connection
 * closed (Tomcat swallows nothing: {@code server.tomcat.max-swallow-size=0}). Runs before Spring Security, whose
 * CSRF check reads form bodies.
 */
class RequestBodyGuard extends OncePerRequestFilter {

	/** The largest body of an account form (a user name and two passwords, a CSRF token). */
	static final long MAX_ACCOUNT_FORM_BYTES = 16 * 1024;

	private final UploadLimit limit;

	private final AuthenticationManager accounts;

	private final LoginThrottle throttle;

	private final SignInRefusals refused;

	private final FilterRefusals refusals;

	RequestBodyGuard(UploadLimit limit, AuthenticationManager accounts, LoginThrottle throttle, SignInRefusals refused,
			FilterRefusals refusals) {
		this.limit = limit;
		this.accounts = accounts;
		this.throttle = throttle;
		this.refused = refused;
		this.refusals = refusals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBody(request)) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (SecurityConfiguration.isAccountForm(path)) {
			if (request.getContentLengthLong() > MAX_ACCOUNT_FORM_BYTES) {
				refusals.refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, FilterRefusals.Reason.of(
						"error.formTooLarge", "a sign-in form is at most " + MAX_ACCOUNT_FORM_BYTES + " bytes",
						MAX_ACCOUNT_FORM_BYTES));
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		if (!SecurityConfiguration.isAdminPath(path)) {
			boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
			refusals.refuse(request, response, read ? HttpStatus.BAD_REQUEST : HttpStatus.METHOD_NOT_ALLOWED,
					read ? FilterRefusals.Reason.of("error.noBodyHere", "this request takes no body")
							: FilterRefusals.Reason.of("error.methodNotAllowed",
									request.getMethod() + " is not allowed here", request.getMethod()));
			return;
		}
		if (request.getContentLengthLong() > limit.maxRequestBytes(path)) {
			refusals.refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE,
					limit.tooLarge(path, request.getContentLengthLong()));
			return;
		}
		if (signedInSession(request)) {
			chain.doFilter(request, response);
			return;
		}
		String[] basic = LoginThrottleFilter.basicCredentials(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (basic != null) {
			long wait = throttle.waitSeconds(basic[0], request.getRemoteAddr());
			if (wait > 0) {
				LoginThrottleFilter.refuse(request, response, basic[0], wait, refused, refusals);
				return;
			}
			if (passwordMatches(basic[0], basic[1])) {
				chain.doFilter(request, response);
				return;
			}
			throttle.failed(basic[0], request.getRemoteAddr());
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Baoku\"");
		refusals.refuse(request, response, HttpStatus.UNAUTHORIZED,
				FilterRefusals.Reason.of("error.uploadNeedsSignIn", "uploads need an admin's or editor's sign-in"));
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
	}

	/** A session whose security context holds a signed-in user (Spring Security decides later what they may do). */
	private static boolean signedInSession(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return false;
		}
		Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		return context instanceof SecurityContext security && security.getAuthentication() != null
				&& security.getAuthentication().isAuthenticated();
	}

	/** Spring Security's answer for these credentials (a disabled account's too); the request is authenticated again by it. */
	private boolean passwordMatches(String username, String password) {
		try {
			return accounts.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password))
				.isAuthenticated();
		}
		catch (AuthenticationException ex) {
			return false;
		}
	}

}
