package org.baoku.web;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Answers "100 Continue" only when the app starts reading a body, not as soon as the headers are in (Tomcat's
 * default). A client that asks first ({@code Expect: 100-continue}, as curl does for bodies over 1 MB) then learns of a
 * refusal by {@link RequestBodyGuard} before it sends a byte of an upload that would be refused, and reads the
 * answer for certain: a client that sends anyway may find the connection closed before it reads the answer, since
 * Tomcat swallows nothing the app did not read.
 */
@Component
class ContinueOnRead implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers(connector -> connector.setProperty("continueResponseTiming", "onRead"));
	}

}
