package org.baoku.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document (/api/docs) says of the API as a whole: its name and the app's version (from the build),
 * how to sign in, and how a refusal reads. Each operation describes itself where it is mapped.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiDocument {

	@Bean
	OpenAPI openApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		String version = properties != null ? properties.getVersion() : "unknown (run from sources without a build)";
		return new OpenAPI().info(new Info().title("Baoku")
			.version(version)
			.description("""
					The newspaper archive's JSON API: search (with facet counts), issues, pages and articles; the \
					whole result set of a search as CSV or JSON (the exports) and its newest articles as an Atom feed. \
					Reading is open unless the archive requires a sign-in (then HTTP Basic works here too).

					The admin API (/api/admin/**: single pages, bulk jobs, index rebuild) takes HTTP Basic \
					credentials of an admin account on every request and keeps no session; a request with an Origin \
					of another site is refused. Repeated wrong passwords answer 429 with Retry-After.

					Every refusal answers with a status and JSON of the Error shape: {"status", "error", "message"} \
					with the reason in English words, never a bare status."""))
			.components(new Components().addSecuritySchemes(ApiErrors.BASIC_AUTH,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
						.description("An admin account's user name and password")));
	}

}
