package org.baoku.web;

import java.net.URI;
import java.util.Optional;

import org.baoku.config.BaokuProperties;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpRequest;
import org.springframework.stereotype.Component;

/**
 * Where the archive is reached from outside, the start of every absolute link it hands out (exports, the Atom feed,
 * the API document): {@code baoku.public-url} ({@code BAOKU_PUBLIC_URL}), or when that is unset
 * {@code http://localhost:<port>} as the ready line prints it. Never the request's {@code Host} header, which a
 * client may forge to put another site's links into a file someone shares.
 */
@Component
public class PublicUrl implements ServerBaseUrlCustomizer {

	private final String configured;

	private final String contextPath;

	private volatile int port;

	PublicUrl(BaokuProperties properties, @Value("${server.port:8080}") int port,
			@Value("${server.servlet.context-path:}") String contextPath) {
		this.configured = properties.publicUrl();
		this.port = port;
		this.contextPath = contextPath;
	}

	/** The port the server really listens on (a random one in tests). */
	@EventListener
	void started(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			port = event.getWebServer().getPort();
		}
	}

	/** The public URL without a trailing slash: {@code https://archive.example.org} or {@code http://localhost:8080}. */
	public String base() {
		return configured.isEmpty() ? "http://localhost:" + port + contextPath : configured;
	}

	/** The configured public URL, when there is one (a proxy in front may serve the archive under another origin). */
	Optional<URI> configured() {
		return configured.isEmpty() ? Optional.empty() : Optional.of(URI.create(configured));
	}

	/** The API document's server (springdoc would take it from the request). */
	@Override
	public String customize(String serverBaseUrl, HttpRequest request) {
		return base();
	}

}
