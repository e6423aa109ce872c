package org.baoku.ingest.pdf;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.baoku.ingest.split.Doubts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnsplitPageTests {

	private final List<TextLine> lines = List.of(TestType.line("十位杰出女性荣获表彰", 50, 100, 24, "SourceHanSans-Bold"),
			TestType.line("本报北京2月26日电　全国三八红旗手标兵表彰大会26日在北京举行。", 50, 140, 10.5, "SourceHanSerif"));

	@Test
	void aPageTheReaderFailsOnIsKeptWholeAsOneArticleForReview() {
		LayoutSplitter.Result result = UnsplitPage.splitOrWhole(lines, 842, 1190, () -> {
			throw new IndexOutOfBoundsException("Index 3 out of bounds for length 3");
		});
		assertThat(result.articles()).hasSize(1);
		assertThat(result.articles().get(0).body()).isEqualTo("十位杰出女性荣获表彰\n本报北京2月26日电　全国三八红旗手标兵表彰大会26日在北京举行。");
		assertThat(result.articles().get(0).doubts()).containsExactly(Doubts.READER_FAILED);
		assertThat(result.articles().get(0).needsReview()).isTrue();
		assertThat(result.regions()).containsExactly(List.of(new Region(0, 0, 842, 1190)));
		assertThat(result.explanation()).singleElement().asString().contains("IndexOutOfBoundsException");
	}

	@Test
	void aRefusalOrAStopPastTheTimeLimitIsNoReaderFailure() {
		assertThatThrownBy(() -> UnsplitPage.splitOrWhole(lines, 842, 1190, () -> {
			throw new PdfRefusedException("pdfTimeout", "too long");
		})).isInstanceOf(PdfRefusedException.class);
		assertThatThrownBy(() -> UnsplitPage.splitOrWhole(lines, 842, 1190, () -> {
			throw new ReadingStop.Stopped();
		})).isInstanceOf(ReadingStop.Stopped.class);
	}

	@Test
	void aPageWhoseLinesCannotBeBuiltIsKeptFromThePlainTextOfItsFile() {
		LayoutSplitter.Result result = UnsplitPage.linesThenSplit(() -> {
			throw new IllegalStateException("no column for a glyph");
		}, () -> "十位杰出女性荣获表彰\n\n  本报北京2月26日电　大会举行。 \n", 842, 1190, lines -> {
			throw new AssertionError("nothing to split");
		});
		assertThat(result.articles()).singleElement().satisfies(article -> {
			assertThat(article.body()).isEqualTo("十位杰出女性荣获表彰\n本报北京2月26日电　大会举行。");
			assertThat(article.doubts()).containsExactly(Doubts.READER_FAILED);
		});
		assertThat(result.explanation()).singleElement().asString().contains("IllegalStateException");
	}

	@Test
	void linesBuiltAreSplitAndASplitThatFailsStillKeepsThem() {
		LayoutSplitter.Result result = UnsplitPage.linesThenSplit(() -> lines, () -> {
			throw new AssertionError("the lines were built");
		}, 842, 1190, built -> {
			throw new ArithmeticException("/ by zero");
		});
		assertThat(result.articles()).singleElement().satisfies(article -> assertThat(article.body())
			.startsWith("十位杰出女性荣获表彰\n本报北京"));
	}

	@Test
	void rulesThatCannotBeReadLeaveThePageToBeSplitWithoutThem() {
		assertThat(UnsplitPage.drawnOrNone(() -> {
			throw new java.io.IOException("a broken form XObject");
		})).isEqualTo(PageRules.Drawn.NONE);
		assertThat(UnsplitPage.drawnOrNone(() -> {
			throw new ClassCastException("COSArray");
		})).isEqualTo(PageRules.Drawn.NONE);
		assertThatThrownBy(() -> UnsplitPage.drawnOrNone(() -> {
			throw new ReadingStop.Stopped();
		})).isInstanceOf(ReadingStop.Stopped.class);
	}

}
