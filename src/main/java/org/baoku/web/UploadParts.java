package org.baoku.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a multipart upload's parts (to disk, as they arrive) as soon as {@link RequestBodyGuard} has let its body
 * in, so that what Tomcat refuses while reading them (more parts than {@code server.tomcat.max-part-count}, more
 * bytes than the upload limit, a body that is no multipart) is answered in words. Later the same refusal would
 * surface where no handler of ours answers it: in Spring Security's CSRF check, which reads the form's token, or in
 * Spring MVC before a controller is chosen, whose answer was a bare 413. The parts read here are the ones the
 * controller gets.
 */
class UploadParts extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UploadParts.class);

	private final UploadLimit limit;

	private final int maxParts;

	private final FilterRefusals refusals;

	UploadParts(UploadLimit limit, int maxParts, FilterRefusals refusals) {
		this.limit = limit;
		this.maxParts = maxParts;
		this.refusals = refusals;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		boolean body = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
		return !body || type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		FilterRefusals.Reason refused = null;
		HttpStatus status = HttpStatus.PAYLOAD_TOO_LARGE;
		try {
			request.getParts();
		}
		catch (IOException | ServletException | IllegalStateException ex) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			// Tomcat's count of parts is no SizeException: the two are told apart by their own types.
			if (cause(ex, FileCountLimitExceededException.class) != null) {
				refused = FilterRefusals.Reason.of("error.tooManyParts", "the upload has more than " + maxParts
						+ " parts (files and form fields); upload fewer files at once, or put them in zips", maxParts);
			}
			else if (cause(ex, SizeException.class) != null) {
				refused = limit.tooLargeWhileRead(path);
			}
			else {
				status = HttpStatus.BAD_REQUEST;
				refused = FilterRefusals.Reason.of("error.badMultipart",
						"the upload could not be read as multipart/form-data (a part was cut off, malformed, or its header too long)");
			}
			log.info("Upload to {} refused: {} ({})", path, refused.english(), ex.toString());
		}
		if (refused != null) {
			refusals.refuse(request, response, status, refused);
			return;
		}
		chain.doFilter(request, response);
	}

	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

}
