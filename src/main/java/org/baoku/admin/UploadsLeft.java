package org.baoku.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.ingest.UploadJobs;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At the start of the app, the single uploads the last stop or crash left unread are read, each under the id its
 * answer gave, its end audited as its job's.
 */
@Component
@ConditionalOnWebApplication
class UploadsLeft {

	private static final Logger log = LoggerFactory.getLogger(UploadsLeft.class);

	private final UploadJobs uploads;

	private final UploadAudit audit;

	UploadsLeft(UploadJobs uploads, UploadAudit audit) {
		this.uploads = uploads;
		this.audit = audit;
	}

	@EventListener(ApplicationReadyEvent.class)
	void readAgain() {
		try {
			int left = uploads.resumeLeft(audit::resumed);
			if (left > 0) {
				log.info("{} upload(s) the last stop left unread are being read", left);
			}
		}
		catch (RuntimeException ex) {
			// The app starts all the same; what was left stays on disk for the next start.
			log.error("The uploads the last stop left unread could not be read again", ex);
		}
	}

}
