package org.baoku.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrintedNameTests {

	@Test
	void invisibleCharactersAreNoPartOfAName() {
		for (String invisible : new String[] { "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u180E", "\u00AD",
				"\u200E", "\u200F", "\u061C", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067",
				"\u2068", "\u2069", "\uFE0F", "\uDB40\uDD00" }) {
			assertThat(PrintedName.of("西宁" + invisible + "晚报")).as("U+%04X", invisible.codePointAt(0)).isEqualTo("西宁晚报");
		}
		assertThat(PrintedName.of("\u202E报晚宁西\u202C")).isEqualTo("报晚宁西");
	}

	@Test
	void fullWidthAndCompatibilityFormsAreTheirPlainOnes() {
		assertThat(PrintedName.of("Ａ０１")).isEqualTo("A01");
		assertThat(PrintedName.of("第３版")).isEqualTo("第3版");
		// U+F900 is a compatibility ideograph of U+8C48 (豈).
		assertThat(PrintedName.of("\uF900")).isEqualTo("\u8C48");
	}

	@Test
	void whiteSpaceIsOneSpaceInsideAndNoneAtTheEnds() {
		assertThat(PrintedName.of("\u3000 West\u00A0\t China \n Daily\u2003")).isEqualTo("West China Daily");
		assertThat(PrintedName.of(" \u200B ")).isEmpty();
		assertThat(PrintedName.of(null)).isNull();
	}

	@Test
	void namesAndLabelsAsPrintedStayAsTheyAre() throws IOException {
		for (String name : new String[] { "西宁晚报", "人民日报", "A01", "第3版", "要闻", "王海林", "B12", "3" }) {
			assertThat(PrintedName.of(name)).isEqualTo(name);
		}
		for (String line : Files.readAllLines(Path.of("seeds/manifest.csv"))) {
			String[] cells = line.split(",", -1);
			assertThat(PrintedName.of(cells[1])).isEqualTo(cells[1]);
			assertThat(PrintedName.of(cells[3])).isEqualTo(cells[3]);
		}
	}

	/** Stored names are looked up by the same rule again: it must give what it gave. */
	@Test
	void theRuleOnANormalisedNameChangesNothing() {
		// The basic plane and the supplementary blocks NFKC or the rule change (math letters, enclosed forms, tags).
		IntStream planes = IntStream.concat(IntStream.range(0, 0x10000),
				IntStream.concat(IntStream.range(0x1D400, 0x1D800),
						IntStream.concat(IntStream.range(0x1F100, 0x1F300),
								IntStream.range(0xE0000, 0xE01F0))));
		for (int c : planes.filter(p -> p > 0xFFFF || !Character.isSurrogate((char) p)).toArray()) {
			String once = PrintedName.of("a" + Character.toString(c) + "b");
			assertThat(PrintedName.of(once)).as("U+%04X", c).isEqualTo(once);
			String alone = PrintedName.of(Character.toString(c));
			assertThat(PrintedName.of(alone)).as("U+%04X alone", c).isEqualTo(alone);
		}
	}

}
