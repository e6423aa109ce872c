package org.baoku.ingest.bulk;

import org.springframework.dao.DataAccessException;

/**
 * Why a whole bulk run stopped, in words an admin can act on (the exception itself goes to the log): a run stops
 * only for what would fail every file after it, never for one file.
 */
final class StopReasons {

	private StopReasons() {
	}

	static String said(Throwable stop) {
		if (stop instanceof DataAccessException) {
			return "the archive's database could not be used";
		}
		if (stop instanceof OutOfMemoryError) {
			return "the server ran out of memory";
		}
		if (stop instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
			return "the app was stopped";
		}
		if (stop instanceof java.io.IOException) {
			return "the job's files could not be read";
		}
		return "an error of the archive; the server log has its details";
	}

}
