package org.baoku.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.baoku.audit.AuditDetail;
import org.baoku.audit.AuditLog;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The admin API is for scripts, which send HTTP Basic credentials from no web page. A browser that has credentials
 * cached for the site would send them along with a request another site makes it send; such a request says where it
 * comes from ({@code Origin}) or carries the site's session cookie. Both are refused: an {@code Origin} other than
 * this site's, and a session cookie without a CSRF token header ({@code X-CSRF-TOKEN}, which no other site can set).
 * This site is the origin the request reached, or the configured public URL ({@link PublicUrl}): behind a proxy that
 * ends TLS, the archive's own pages come from https while the request reaches the server as http.
 */
class AdminApiOriginFilter extends OncePerRequestFilter {

	static final String CSRF_HEADER = "X-CSRF-TOKEN";

	private final AuditLog audit;

	private final FilterRefusals refusals;

	private final PublicUrl publicUrl;

	AdminApiOriginFilter(AuditLog audit, FilterRefusals refusals, PublicUrl publicUrl) {
		this.audit = audit;
		this.refusals = refusals;
		this.publicUrl = publicUrl;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/admin/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		String refused = null;
		AuditDetail.Said said = null;
		if (origin != null && !isThisSite(origin, request)) {
			refused = "cross-site requests to the admin API are refused (Origin " + origin + ")";
			said = new AuditDetail.Said("audit.detail.crossSite", List.of(origin));
		}
		else if (hasSessionCookie(request) && request.getHeader(CSRF_HEADER) == null) {
			refused = "a request with a session cookie needs the CSRF token in " + CSRF_HEADER
					+ "; scripts send HTTP Basic credentials and no cookie";
			said = new AuditDetail.Said("audit.detail.cookieWithoutToken", List.of(CSRF_HEADER));
		}
		if (refused == null) {
			chain.doFilter(request, response);
			return;
		}
		audit.record(null, request.getRemoteAddr(), request.getMethod() + " " + request.getRequestURI(), null,
				"refused 403", refused, said);
		// Only the API passes here, whose answers say it in English.
		refusals.refuse(request, response, HttpStatus.FORBIDDEN,
				new FilterRefusals.Reason(said.key(), List.copyOf(said.args()), refused));
	}

	/**
	 * Scheme, host and port as the request reached this server or as the public URL gives them ({@code null} and
	 * opaque origins are foreign).
	 */
	private boolean isThisSite(String origin, HttpServletRequest request) {
		URI uri;
		try {
			uri = URI.create(origin.strip());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (uri.getScheme() == null || uri.getHost() == null) {
			return false;
		}
		return sameOrigin(uri, request.getScheme(), request.getServerName(), request.getServerPort())
				|| publicUrl.configured()
					.filter(site -> sameOrigin(uri, site.getScheme(), site.getHost(), port(site)))
					.isPresent();
	}

	private static boolean sameOrigin(URI origin, String scheme, String host, int port) {
		return origin.getScheme().equalsIgnoreCase(scheme) && origin.getHost().equalsIgnoreCase(host)
				&& port(origin) == port;
	}

	private static int port(URI uri) {
		return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

	private static boolean hasSessionCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if ("JSESSIONID".equalsIgnoreCase(cookie.getName())) {
				return true;
			}
		}
		return false;
	}

}
