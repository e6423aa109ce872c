package org.baoku.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log's recorded routes, paths and results named in words for the audit page. */
class AuditWordsTests {

	private final AuditWords words = new AuditWords();

	@Test
	void resultsAreNamedWithTheStatusOfARefusalOrAnError() {
		assertThat(words.result("ok 302")).isEqualTo(new AuditWords.Named("audit.outcome.ok", ""));
		assertThat(words.result("ok")).isEqualTo(new AuditWords.Named("audit.outcome.ok", ""));
		assertThat(words.result("refused 403")).isEqualTo(new AuditWords.Named("audit.outcome.refusedStatus", "403"));
		assertThat(words.result("refused")).isEqualTo(new AuditWords.Named("audit.outcome.refused", ""));
		assertThat(words.result("error 500")).isEqualTo(new AuditWords.Named("audit.outcome.errorStatus", "500"));
		assertThat(words.result("some failed")).isEqualTo(new AuditWords.Named("audit.outcome.someFailed", ""));
		assertThat(words.result("throttled")).isEqualTo(new AuditWords.Named("audit.outcome.throttled", ""));
		assertThat(words.result("exploded 999")).as("a result this version does not know").isNull();
		assertThat(words.result(null)).isNull();
	}

	@Test
	void routesAndPathsAreNamedByWhatTheyDoAndTheObjectTheyName() {
		assertThat(words.action("POST /admin/review/articles/{id}")).isEqualTo("audit.do.correctFields");
		assertThat(words.action("GET /somewhere")).isNull();
		assertThat(words.target("/admin/review/articles/58")).isEqualTo(new AuditWords.Named("audit.object.article", "58"));
		assertThat(words.local("0:0:0:0:0:0:0:1")).isTrue();
		assertThat(words.local("10.0.0.7")).isFalse();
	}

}
