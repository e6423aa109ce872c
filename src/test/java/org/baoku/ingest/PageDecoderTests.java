package org.baoku.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageDecoderTests {

	private static final String PAGE = "本报讯（记者 施翔）7月21日，西宁市举行签约仪式。";

	@Test
	void readsUtf8WithAndWithoutBom() {
		assertThat(PageDecoder.decode(PAGE.getBytes(StandardCharsets.UTF_8))).isEqualTo(PAGE);
		byte[] bom = ("\uFEFF" + PAGE).getBytes(StandardCharsets.UTF_8);
		assertThat(PageDecoder.decode(bom)).isEqualTo(PAGE);
	}

	@Test
	void readsGb18030AndUtf16WithBom() {
		assertThat(PageDecoder.decode(PAGE.getBytes(Charset.forName("GB18030")))).isEqualTo(PAGE);
		byte[] utf16 = ("\uFEFF" + PAGE).getBytes(StandardCharsets.UTF_16BE);
		assertThat(PageDecoder.decode(utf16)).isEqualTo(PAGE);
	}

	@Test
	void refusesEmptyBlankAndForeignEncodings() {
		assertThatThrownBy(() -> PageDecoder.decode(new byte[0])).hasMessageContaining("empty");
		assertThatThrownBy(() -> PageDecoder.decode(" \n \n".getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("no text");
		byte[] latin1 = "Déjà vu à la crème brûlée".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> PageDecoder.decode(latin1)).isInstanceOf(UnreadablePageException.class);
	}

}
