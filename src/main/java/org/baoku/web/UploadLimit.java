package org.baoku.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** The largest page file and upload request the server reads (both follow {@code baoku.limits.max-page-size}). */
@Component
class UploadLimit {

	private final DataSize maxFileSize;

	private final DataSize maxRequestSize;

	UploadLimit(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize,
			@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
		this.maxFileSize = maxFileSize;
		this.maxRequestSize = maxRequestSize;
	}

	long maxRequestBytes() {
		return maxRequestSize.toBytes();
	}

	String describe() {
		return "a page file may be at most " + maxFileSize.toBytes() + " bytes";
	}

}
