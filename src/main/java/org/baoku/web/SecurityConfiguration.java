package org.baoku.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.baoku.account.LoginThrottle;
import org.baoku.account.Role;
import org.baoku.account.SignInRefusals;
import org.baoku.audit.AuditDetail;
import org.baoku.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may do what. Reading the archive is open unless {@code baoku.require-login} is set. Editors review and
 * correct splits ({@code /admin/review/**}); admins also ingest, delete, rebuild and manage accounts (the rest of
 * {@code /admin/**}). People sign in on the login page (a session, forms with CSRF tokens, a logout); scripts use
 * HTTP Basic on {@code /api/admin/**}, which keeps no session and refuses cross-site requests
 * ({@link AdminApiOriginFilter}). Failed sign-ins are limited ({@link LoginThrottleFilter}).
 */
// Only with a web server: the bulk ingest command runs the archive without one.
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	private static final String ADMIN = Role.ADMIN.name();

	private static final String EDITOR = Role.EDITOR.name();

	/** Paths that change the archive or the accounts: the only ones that read request bodies of any size. */
	static boolean isAdminPath(String path) {
		return path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/api/admin/");
	}

	/** Small forms anyone may post: signing in and out, changing one's own password. */
	static boolean isAccountForm(String path) {
		return path.equals("/login") || path.equals("/logout") || path.startsWith("/account/");
	}

	/**
	 * A signed-in user refused a page or an action is an audit entry; the answer is the usual 403 page, or the API's
	 * Error JSON.
	 */
	private static AccessDeniedHandler deniedAndAudited(AuditLog audit, FilterRefusals refusals) {
		AccessDeniedHandler page = new AccessDeniedHandlerImpl();
		return (request, response, denied) -> {
			audit.record(request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName(),
					request.getRemoteAddr(), request.getMethod() + " " + request.getRequestURI(), request.getRequestURI(),
					"refused 403", "not allowed for this account's role", new AuditDetail.Said("audit.detail.notAllowed", List.of()));
			if (isApi(request)) {
				refusals.refuse(request, response, HttpStatus.FORBIDDEN,
						FilterRefusals.Reason.of("error.notAllowed", "this account's role is not allowed to do this"));
			}
			else {
				page.handle(request, response, denied);
			}
		};
	}

	/**
	 * The API's answer to a request without valid credentials: 401 with the Basic challenge and the Error JSON every
	 * refusal of the API has (Spring's own answer would be Boot's error shape).
	 */
	private static AuthenticationEntryPoint apiSignIn(FilterRefusals refusals) {
		return (request, response, failed) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Baoku\"");
			refusals.refuse(request, response, HttpStatus.UNAUTHORIZED, FilterRefusals.Reason.of("error.signIn",
					"HTTP Basic credentials of an account are needed here, and none or wrong ones came"));
		};
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	/** The scripts' API: HTTP Basic on every request, no session, no CSRF token (no cookie is honoured). */
	@Bean
	@Order(1)
	SecurityFilterChain adminApi(HttpSecurity http, AuditLog audit, FilterRefusals refusals) throws Exception {
		AuthenticationEntryPoint signIn = apiSignIn(refusals);
		return http.securityMatcher("/api/admin/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(ADMIN))
			.httpBasic(basic -> basic.realmName("Baoku").authenticationEntryPoint(signIn))
			.exceptionHandling(errors -> errors.accessDeniedHandler(deniedAndAudited(audit, refusals))
				.authenticationEntryPoint(signIn))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, @Value("${baoku.require-login:false}") boolean requireLogin,
			AuditLog audit, FilterRefusals refusals) throws Exception {
		return http
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error")
					.permitAll()
					.requestMatchers("/actuator/health", "/actuator/health/**")
					.permitAll()
					.requestMatchers("/admin/review", "/admin/review/**")
					.hasAnyRole(ADMIN, EDITOR)
					.requestMatchers("/admin", "/admin/**", "/actuator/**")
					.hasRole(ADMIN)
					.requestMatchers("/account/**")
					.authenticated();
				if (requireLogin) {
					requests.anyRequest().authenticated();
				}
				else {
					requests.anyRequest().permitAll();
				}
			})
			.formLogin(form -> form.loginPage("/login").permitAll())
			// Scripts that read admin pages may still send Basic credentials; a browser is sent to the login page.
			.httpBasic(Customizer.withDefaults())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.exceptionHandling(errors -> errors.accessDeniedHandler(deniedAndAudited(audit, refusals))
				.defaultAuthenticationEntryPointFor(apiSignIn(refusals), SecurityConfiguration::isApi))
			.build();
	}

	/** How the filters below answer what they refuse, in the reader's language on pages. */
	@Bean
	FilterRefusals filterRefusals(MessageSource messages, LocaleResolver locales) {
		return new FilterRefusals(messages, locales);
	}

	/** First of all: a cross-site request to the admin API is refused before anything else reads it. */
	@Bean
	FilterRegistrationBean<AdminApiOriginFilter> adminApiOriginFilter(AuditLog audit, FilterRefusals refusals,
			PublicUrl publicUrl) {
		FilterRegistrationBean<AdminApiOriginFilter> registration = new FilterRegistrationBean<>(
				new AdminApiOriginFilter(audit, refusals, publicUrl));
		registration.setOrder(-300);
		return registration;
	}

	/** Before Spring Security (order -100), whose CSRF check would read a form body; it throttles the uploaders it checks. */
	@Bean
	FilterRegistrationBean<RequestBodyGuard> requestBodyGuard(UploadLimit limit, UserDetailsService users,
			PasswordEncoder passwords, LoginThrottle throttle, SignInRefusals refused, FilterRefusals refusals) {
		// Spring Security's own authentication of a user name and password (the accounts and their encoder).
		DaoAuthenticationProvider accounts = new DaoAuthenticationProvider(users);
		accounts.setPasswordEncoder(passwords);
		FilterRegistrationBean<RequestBodyGuard> registration = new FilterRegistrationBean<>(
				new RequestBodyGuard(limit, new ProviderManager(accounts), throttle, refused, refusals));
		registration.setOrder(-250);
		return registration;
	}

	/**
	 * Right after the body guard has let an upload in: its parts are read here, so what Tomcat refuses while reading
	 * them is answered in words (Spring Security's CSRF check would read them next).
	 */
	@Bean
	FilterRegistrationBean<UploadParts> uploadParts(UploadLimit limit,
			@Value("${server.tomcat.max-part-count}") int maxParts, FilterRefusals refusals) {
		FilterRegistrationBean<UploadParts> registration = new FilterRegistrationBean<>(
				new UploadParts(limit, maxParts, refusals));
		registration.setOrder(-240);
		return registration;
	}

	/** After the body guard (a sign-in form's size is checked before its user name is read), before Spring Security. */
	@Bean
	FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, SignInRefusals refused,
			FilterRefusals refusals) {
		FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(
				new LoginThrottleFilter(throttle, refused, refusals));
		registration.setOrder(-200);
		return registration;
	}

}
