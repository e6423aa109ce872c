package org.baoku.ingest.pdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a glyph prints, from what a PDF's text layer gives for it. */
class PdfGlyphReaderTests {

	@Test
	void aGlyphWithNoCharacterIsTheSignForOneThatCannotBeReadAndARadicalIsItsIdeograph() {
		assertThat(PdfGlyphReader.printed("\uFFFF")).isEqualTo("□");
		assertThat(PdfGlyphReader.printed("\uFFFD")).isEqualTo("□");
		assertThat(PdfGlyphReader.printed("⼈")).isEqualTo("人");
		assertThat(PdfGlyphReader.printed("韩")).isEqualTo("韩");
		assertThat(PdfGlyphReader.printed(null)).isNull();
	}

}
