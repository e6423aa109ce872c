package org.baoku.ingest;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamedKindTests {

	@Test
	void aWordFileRenamedPdfIsSaidToBeAZipNotTextOfAnEncoding() {
		byte[] docx = { 'P', 'K', 3, 4, 20, 0, 6, 0 };
		IngestReason why = NamedKind.misnamed("稿件.pdf", docx).orElseThrow();
		assertThat(why.code()).isEqualTo("notWhatNamed");
		assertThat(why.english()).contains("稿件.pdf is named as a PDF", "zip archive (a Word .docx");
		assertThat(why.args()).containsExactly("稿件.pdf", "PDF", "ZIP (.docx, .xlsx, .zip)");
		assertThat(NamedKind.misnamed("scan.jpg", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)).orElseThrow()
			.english()).contains("named as an image", "looks like a PDF");
	}

	@Test
	void filesThatAreWhatTheirNamesSayAndTextFilesPass() {
		assertThat(NamedKind.misnamed("page.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(NamedKind.misnamed("page.txt", new byte[] { 'P', 'K', 3, 4 })).isEmpty();
		assertThat(NamedKind.misnamed("upload", new byte[] { 'P', 'K', 3, 4 })).isEmpty();
	}

}
