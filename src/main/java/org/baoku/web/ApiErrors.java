package org.baoku.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The refusals the API answers, for its OpenAPI document (/api/docs): one annotation per status, each with the JSON
 * every refusal of the API has ({@link Body}), so an operation lists what it can answer in one line each.
 */
public final class ApiErrors {

	/** The security scheme (HTTP Basic) the admin API's operations name: {@code @SecurityRequirement(name = BASIC_AUTH)}. */
	public static final String BASIC_AUTH = "basic";

	private ApiErrors() {
	}

	/** What every refusal of the API says: as {@link WebExceptionHandler} and {@link FilterRefusals} write it. */
	@Schema(name = "Error", description = "A refusal: the status and why, in English words")
	public record Body(@Schema(description = "The HTTP status", example = "404") int status,
			@Schema(description = "The status's reason phrase", example = "Not Found") String error,
			@Schema(description = "Why the request was refused, in English", example = "bulk job 20240501-120000-1a2b is not in the archive") String message,
			@Schema(description = "Where the thing asked for is now, when it moved (410 only)", nullable = true) String link) {
	}

	private static final String JSON = "application/json";

	@Retention(RetentionPolicy.RUNTIME)
	@Target({ ElementType.METHOD, ElementType.TYPE })
	@ApiResponse(responseCode = "400", description = "A parameter is missing or of the wrong form, or the upload is no readable multipart/form-data",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = Body.class)))
	public @interface BadRequest {
	}

	@Retention(RetentionPolicy.RUNTIME)
	@Target({ ElementType.METHOD, ElementType.TYPE })
	@ApiResponse(responseCode = "401", description = "No or wrong HTTP Basic credentials of an admin",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = Body.class)))
	@ApiResponse(responseCode = "403", description = "The account is no admin, or the request came from another site (Origin)",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = Body.class)))
	public @interface Unauthorized {
	}

	@Retention(RetentionPolicy.RUNTIME)
	@Target({ ElementType.METHOD, ElementType.TYPE })
	@ApiResponse(responseCode = "401", description = "The archive requires a sign-in (baoku.require-login) and no valid HTTP Basic credentials came",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = Body.class)))
	public @interface SignInRequired {
	}

	@Retention(RetentionPolicy.RUNTIME)
	@Target({ ElementType.METHOD, ElementType.TYPE })
	@ApiResponse(responseCode = "404", description = "Not in the archive (or no such job)",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = Body.class)))
	public @interface NotFound {
	}

	@Retention(RetentionPolicy.RUNTIME)
	@Target({ ElementType.METHOD, ElementType.TYPE })
	@ApiResponse(responseCode = "409", description = "Cannot be done in the state the thing is in",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = Body.class)))
	public @interface Conflict {
	}

	@Retention(RetentionPolicy.RUNTIME)
	@Target({ ElementType.METHOD, ElementType.TYPE })
	@ApiResponse(responseCode = "410", description = "It was here and is gone (deleted, merged or split away); 'link' says where to look",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = Body.class)))
	public @interface Gone {
	}

	@Retention(RetentionPolicy.RUNTIME)
	@Target({ ElementType.METHOD, ElementType.TYPE })
	@ApiResponse(responseCode = "413", description = "The upload is larger than the server takes, or has more parts (files and fields) than server.tomcat.max-part-count",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = Body.class)))
	public @interface TooLarge {
	}

	@Retention(RetentionPolicy.RUNTIME)
	@Target({ ElementType.METHOD, ElementType.TYPE })
	@ApiResponse(responseCode = "422", description = "The file was read but cannot be ingested (no text, not Chinese prose, a PDF it refuses…)",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = Body.class)))
	public @interface Unprocessable {
	}

	@Retention(RetentionPolicy.RUNTIME)
	@Target({ ElementType.METHOD, ElementType.TYPE })
	@ApiResponse(responseCode = "429", description = "Too many failed sign-ins for this account from this address; Retry-After says when to try again",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = Body.class)))
	public @interface TooManyRequests {
	}

	@Retention(RetentionPolicy.RUNTIME)
	@Target({ ElementType.METHOD, ElementType.TYPE })
	@ApiResponse(responseCode = "503", description = "The server is busy or search cannot be reached just now; Retry-After says when to try again",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = Body.class)))
	public @interface Unavailable {
	}

}
