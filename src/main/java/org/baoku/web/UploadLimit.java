package org.baoku.web;

import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest upload request the server reads: one page file (and its form fields) everywhere, except for the bulk
 * upload of many files or zips ({@code /admin/jobs} and its API), which may be as large as a whole archive upload.
 */
@Component
class UploadLimit {

	/** The bulk upload page's form and the bulk-jobs API. */
	static final Set<String> BULK_UPLOAD_PATHS = Set.of("/admin/jobs", "/api/admin/jobs");

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

	/** Why an upload whose size was not said beforehand (a chunked body) is refused once it is found too large. */
	FilterRefusals.Reason tooLargeWhileRead(String path) {
		long max = maxRequestBytes(path);
		return FilterRefusals.Reason.of("error.uploadTooLarge", "the upload is larger than the server takes; " + describe(path),
				max);
	}

	private static boolean isBulk(String path) {
		return BULK_UPLOAD_PATHS.contains(path);
	}

}
