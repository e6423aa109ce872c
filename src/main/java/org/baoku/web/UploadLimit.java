package org.baoku.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest upload request the server reads: one page file (and its form fields) everywhere, except for the bulk
 * upload of many files or zips ({@code /admin/jobs}), which may be as large as a whole archive upload.
 */
@Component
class UploadLimit {

	static final String BULK_UPLOAD_PATH = "/admin/jobs";

	private final DataSize maxPageUpload;

	private final DataSize maxBulkUpload;

	UploadLimit(@Value("${baoku.limits.max-upload-size}") DataSize maxPageUpload,
			@Value("${spring.servlet.multipart.max-request-size}") DataSize maxBulkUpload) {
		this.maxPageUpload = maxPageUpload;
		this.maxBulkUpload = maxBulkUpload;
	}

	long maxRequestBytes(String path) {
		return isBulk(path) ? maxBulkUpload.toBytes() : maxPageUpload.toBytes();
	}

	String describe(String path) {
		return isBulk(path) ? "a bulk upload may be at most " + maxBulkUpload.toBytes() + " bytes"
				: "an upload of a page file may be at most " + maxPageUpload.toBytes()
						+ " bytes; upload more files or zips on the bulk page (/admin/jobs)";
	}

	/** Why an upload of {@code bytes} to {@code path} is refused unread. */
	FilterRefusals.Reason tooLarge(String path, long bytes) {
		String english = "the upload is " + bytes + " bytes; " + describe(path);
		return isBulk(path) ? FilterRefusals.Reason.of("error.bulkTooLarge", english, bytes, maxBulkUpload.toBytes())
				: FilterRefusals.Reason.of("error.pageTooLarge", english, bytes, maxPageUpload.toBytes());
	}

	private static boolean isBulk(String path) {
		return path.equals(BULK_UPLOAD_PATH);
	}

}
