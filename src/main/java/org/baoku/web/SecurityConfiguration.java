package org.baoku.web;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.config.BaokuProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Reading the archive is open; ingest, re-ingest, rebuilding the index and reviewing splits need the admin's
 * password (HTTP Basic). Scripts use the same password on {@code /api/admin/**}, which needs no CSRF token.
 */
// Only with a web server: the bulk ingest command runs the archive without one.
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	static final String ADMIN = "admin";

	/** Paths that change the archive, and the only ones that read request bodies. */
	static boolean isAdminPath(String path) {
		return path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/api/admin/");
	}

	@Bean
	SecurityFilterChain security(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/**", "/api/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.anyRequest()
				.permitAll())
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
			.build();
	}

	/** Before Spring Security (order -100), whose CSRF check would read a form body. */
	@Bean
	FilterRegistrationBean<RequestBodyGuard> requestBodyGuard(UploadLimit limit, UserDetailsService users,
			PasswordEncoder passwords) {
		FilterRegistrationBean<RequestBodyGuard> registration = new FilterRegistrationBean<>(
				new RequestBodyGuard(limit, users, passwords));
		registration.setOrder(-200);
		return registration;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new InMemoryPasswordEncoder();
	}

	@Bean
	UserDetailsService admins(BaokuProperties properties, PasswordEncoder encoder) {
		String password = properties.adminPassword();
		if (password == null || password.isBlank()) {
			byte[] random = new byte[12];
			new SecureRandom().nextBytes(random);
			password = HexFormat.of().formatHex(random);
			log.warn("No BAOKU_ADMIN_PASSWORD set: the admin pages accept user '{}' with password {} until restart",
					ADMIN, password);
		}
		return new InMemoryUserDetailsManager(
				User.withUsername(ADMIN).password(encoder.encode(password)).roles("ADMIN").build());
	}

}
