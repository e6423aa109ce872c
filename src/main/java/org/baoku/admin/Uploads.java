package org.baoku.admin;

import java.util.List;

import org.baoku.ingest.bulk.BulkJobs;
import org.springframework.web.multipart.MultipartFile;

/** The files of a bulk upload, as the page's form or a script sent them. */
final class Uploads {

	private Uploads() {
	}

	/**
	 * Every part that names a file, an empty one too: it ends in the job's list as an empty file instead of vanishing
	 * from it. A form sent with no file chosen has one part with no name and nothing in it, which is no file.
	 */
	static List<BulkJobs.Upload> of(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter(f -> !f.isEmpty() || f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())
			.map(f -> new BulkJobs.Upload(f.getOriginalFilename(), f))
			.toList();
	}

}
