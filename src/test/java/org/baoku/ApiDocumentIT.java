package org.baoku;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The API document at /api/docs is one a script writer can use: valid OpenAPI 3.1 (read by swagger-parser, which
 * reports what does not conform), named and versioned after the app, with the exports, the feed and the bulk-jobs
 * API in it, and every operation, parameter and refusal described.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "baoku.admin-password=docs-secret", "baoku.seed-on-first-start=false" })
class ApiDocumentIT {

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("api-docs").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	BuildProperties build;

	private String json;

	private OpenAPI api;

	@BeforeEach
	void read() {
		ApiClient.Answer answer = new ApiClient("http://127.0.0.1:" + port, null).get("/api/docs");
		assertThat(answer.status()).isEqualTo(200);
		json = answer.body();
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
		assertThat(result.getMessages()).as("what the validator found").isEmpty();
		api = result.getOpenAPI();
	}

	@Test
	void isValidOpenApi31NamedAndVersionedAfterTheApp() {
		assertThat(api.getSpecVersion()).isEqualTo(SpecVersion.V31);
		assertThat(api.getOpenapi()).startsWith("3.1.");
		assertThat(api.getInfo().getTitle()).isEqualTo("Baoku").isNotEqualTo("OpenAPI definition");
		assertThat(api.getInfo().getVersion()).isNotEqualTo("v0").isEqualTo(build.getVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
		assertThat(api.getInfo().getDescription()).contains("HTTP Basic", "/api/admin/");
		assertThat(api.getComponents().getSecuritySchemes()).containsKey("basic");
		assertThat(api.getComponents().getSchemas()).containsKey("Error");
	}

	@Test
	void hasTheExportsTheFeedAndTheBulkJobsApi() {
		assertThat(api.getPaths()).containsKeys("/search/export.csv", "/search/export.json", "/search.atom",
				"/api/search", "/api/admin/pages", "/api/admin/jobs", "/api/admin/jobs/{id}",
				"/api/admin/jobs/{id}/commit", "/api/admin/jobs/{id}/discard");
		Operation start = api.getPaths().get("/api/admin/jobs").getPost();
		assertThat(start.getResponses()).containsKeys("202", "400", "401", "413");
		assertThat(api.getPaths().get("/api/admin/jobs/{id}/discard").getPost().getResponses()).containsKeys("404", "409");
		assertThat(api.getPaths().get("/search/export.csv").getGet().getParameters())
			.extracting(Parameter::getName)
			.contains("q", "newspaper", "from", "to");
	}

	@Test
	void describesEveryOperationParameterAndRefusal() {
		List<String> missing = new ArrayList<>();
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
			String name = method + " " + path;
			if (blank(op.getSummary())) {
				missing.add(name + ": no summary");
			}
			if (blank(op.getDescription())) {
				missing.add(name + ": no description");
			}
			if (op.getParameters() != null) {
				for (Parameter p : op.getParameters()) {
					if (blank(p.getDescription())) {
						missing.add(name + ": parameter " + p.getName() + " has no description");
					}
				}
			}
			formFields(op).forEach((field, schema) -> {
				if (blank(schema.getDescription())) {
					missing.add(name + ": form field " + field + " has no description");
				}
			});
			List<String> refusals = op.getResponses().keySet().stream().filter(code -> code.startsWith("4")).toList();
			if (refusals.isEmpty()) {
				missing.add(name + ": no 4xx answer");
			}
			op.getResponses().forEach((code, response) -> {
				if (blank(response.getDescription())) {
					missing.add(name + ": answer " + code + " has no description");
				}
				if (code.matches("[45]..") && !hasContent(response)) {
					missing.add(name + ": refusal " + code + " has no body described");
				}
			});
			if (path.startsWith("/api/admin/") && (op.getSecurity() == null || op.getSecurity().isEmpty())) {
				missing.add(name + ": no security requirement (HTTP Basic)");
			}
		}));
		assertThat(missing).isEmpty();
		assertThat(api.getPaths().size()).isGreaterThanOrEqualTo(14);
		// An upload is described as the form it is, not as a JSON body.
		assertThat(formFields(api.getPaths().get("/api/admin/pages").getPost())).containsKey("file");
		assertThat(api.getPaths().get("/api/admin/pages").getPost().getRequestBody().getContent())
			.doesNotContainKey("application/json");
	}

	private static boolean hasContent(ApiResponse response) {
		return response.getContent() != null && !response.getContent().isEmpty();
	}

	/** The fields of a form (multipart) request body, whose parameters springdoc writes as its properties. */
	@SuppressWarnings("rawtypes")
	private Map<String, Schema> formFields(Operation op) {
		if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
			return Map.of();
		}
		var form = op.getRequestBody().getContent().get("multipart/form-data");
		if (form == null || form.getSchema() == null) {
			return Map.of();
		}
		Schema<?> schema = form.getSchema();
		if (schema.get$ref() != null) {
			schema = api.getComponents().getSchemas().get(schema.get$ref().replaceFirst(".*/", ""));
		}
		Map<String, Schema> properties = schema.getProperties();
		return properties == null ? Map.of() : properties;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
