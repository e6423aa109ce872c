package org.baoku.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Decides before a byte of a request body is read whether it will be read at all, so a client that sends its body
 * slowly cannot hold a worker thread: only the admin paths take a body, only from the admin, and only up to the
 * upload limit. Everything else with a body is answered at once and the connection closed (Tomcat swallows
 * nothing: {@code server.tomcat.max-swallow-size=0}). Runs before Spring Security, whose CSRF check reads form
 * bodies.
 */
class RequestBodyGuard extends OncePerRequestFilter {

	private final UploadLimit limit;

	private final UserDetailsService users;

	private final PasswordEncoder passwords;

	RequestBodyGuard(UploadLimit limit, UserDetailsService users, PasswordEncoder passwords) {
		this.limit = limit;
		this.users = users;
		this.passwords = passwords;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBody(request)) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!SecurityConfiguration.isAdminPath(path)) {
			boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
			refuse(request, response, read ? HttpStatus.BAD_REQUEST : HttpStatus.METHOD_NOT_ALLOWED,
					read ? "this request takes no body" : request.getMethod() + " is not allowed here");
			return;
		}
		if (request.getContentLengthLong() > limit.maxRequestBytes(path)) {
			refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE,
					"the upload is " + request.getContentLengthLong() + " bytes; " + limit.describe(path));
			return;
		}
		if (!isAdmin(request.getHeader(HttpHeaders.AUTHORIZATION))) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Baoku\"");
			refuse(request, response, HttpStatus.UNAUTHORIZED, "uploads need the admin's password");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
	}

	private boolean isAdmin(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return false;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		int colon = decoded.indexOf(':');
		if (colon < 0) {
			return false;
		}
		try {
			UserDetails user = users.loadUserByUsername(decoded.substring(0, colon));
			return passwords.matches(decoded.substring(colon + 1), user.getPassword());
		}
		catch (UsernameNotFoundException ex) {
			return false;
		}
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String reason) throws IOException {
		response.setStatus(status.value());
		response.setHeader(HttpHeaders.CONNECTION, "close");
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (api) {
			response.setContentType("application/json");
			response.getWriter()
				.write("{\"status\":" + status.value() + ",\"error\":\"" + status.getReasonPhrase() + "\",\"message\":\""
						+ reason.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
		}
		else {
			response.setContentType("text/html");
			response.getWriter()
				.write("<!DOCTYPE html><html lang=\"zh\"><meta charset=\"utf-8\"><title>" + status.value()
						+ "</title><h1>" + status.value() + " " + status.getReasonPhrase() + "</h1><p>"
						+ HtmlUtils.htmlEscape(reason) + "</p><p><a href=\"/search\">返回搜索</a></p></html>");
		}
	}

}
