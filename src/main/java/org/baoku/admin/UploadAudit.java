package org.baoku.admin;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.baoku.audit.AuditDetail;
import org.baoku.audit.AuditLog;
import org.baoku.ingest.IngestResult;
import org.baoku.ingest.RawPage;
import org.baoku.ingest.UploadJobs;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit entry of an upload that was answered before it ended (a scan read by OCR): the request's own entry says
 * the job was started, and the job's end gets an entry of its own when it comes, with how it ended.
 */
@Component
class UploadAudit {

	private final AuditLog audit;

	private final MessageSource messages;

	UploadAudit(AuditLog audit, MessageSource messages) {
		this.audit = audit;
		this.messages = messages;
	}

	/** One upload's entries: recorded once, by whichever comes second of the answer and the end. */
	final class Entry implements UploadJobs.Ending {

		private final String actor;

		private final String address;

		private final RawPage page;

		private final AtomicBoolean answeredLate = new AtomicBoolean();

		private final AtomicBoolean recorded = new AtomicBoolean();

		private volatile String jobId;

		Entry(String actor, HttpServletRequest request, RawPage page) {
			this(actor, request.getRemoteAddr(), page);
		}

		private Entry(String actor, String address, RawPage page) {
			this.actor = actor;
			this.address = address;
			this.page = new RawPage(page.newspaper(), page.date(), page.pageLabel(), page.fileName(), new byte[0]);
		}

		@Override
		public void accept(IngestResult result) {
			if (answeredLate.get()) {
				record(result);
			}
		}

		@Override
		public void failed(String why) {
			if (answeredLate.get() && recorded.compareAndSet(false, true)) {
				AuditDetail.Said said = new AuditDetail.Said("audit.detail.uploadFailed", List.of(page.fileName(), why));
				String english = messages.getMessage(said.key(), said.argsArray(), said.key(), Locale.ENGLISH);
				audit.record(actor, address, "upload job", "/admin/uploads/" + jobId, "failed", english, said);
			}
		}

		/** The answer waited for the end: the request's entry says how it ended. */
		void answered(IngestResult result) {
			IngestAudit.describe(page.newspaper(), page.date(), page.pageLabel(), result);
		}

		/** The answer came first: the request's entry names the job, the end is recorded when it comes. */
		void answeredBefore(UploadJobs.Job job) {
			jobId = job.id();
			AuditDetail.set("audit.detail.uploadStarted", job.id(), page.fileName());
			answeredLate.set(true);
			job.ended().ifPresent(this::record);
			String failure = job.failure();
			if (failure != null) {
				failed(failure);
			}
		}

		private void record(IngestResult result) {
			if (!recorded.compareAndSet(false, true)) {
				return;
			}
			AuditDetail.Said said = IngestAudit.said(page.newspaper(), page.date(), page.pageLabel(), result);
			String english = messages.getMessage(said.key(), said.argsArray(), said.key(), Locale.ENGLISH);
			audit.record(actor, address, "upload job", "/admin/uploads/" + jobId,
					IngestAudit.refused(result) ? "refused" : "ok", english, said);
		}

	}

	Entry entry(String actor, HttpServletRequest request, RawPage page) {
		return new Entry(actor, request, page);
	}

	/**
	 * The entry of an upload read again after a restart: its request was answered before the stop, so its end is
	 * recorded when it comes, as the upload's job, by whoever sent it.
	 */
	Entry resumed(String jobId, RawPage page, String actor) {
		Entry entry = new Entry(actor, "(read again after a restart)", page);
		entry.jobId = jobId;
		entry.answeredLate.set(true);
		return entry;
	}

}
