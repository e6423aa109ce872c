package org.baoku.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding a printed block's text in a body and moving it out of one body into another. */
class BlockTextTests {

	private static final String BODY = "第一栏写到这里，话还没说完\n第二栏接着说完了。\n另起一段，是第二栏的下半。\n第三栏的文字。";

	@Test
	void aBlockIsFoundWithItsLinesRunTogetherAndTheBodysParagraphsKept() {
		// The block's lines ran together as printed; the body broke them into paragraphs.
		BlockText.Span span = BlockText.find(BODY, "第二栏接着说完了。另起一段，是第二栏的下半。").orElseThrow();
		assertThat(span.of(BODY)).isEqualTo("第二栏接着说完了。\n另起一段，是第二栏的下半。");
		assertThat(BlockText.without(BODY, span)).isEqualTo("第一栏写到这里，话还没说完\n第三栏的文字。");
	}

	@Test
	void aBlockIsFoundWithoutTheDatelineOrJumpLineTheBodyKeepsApart() {
		String body = "新华社电 的后面是正文的第一句。\n最后一栏到此为止。";
		assertThat(BlockText.find(body, "最后一栏到此为止。（下转第二版）")).isPresent();
		assertThat(BlockText.find("正文的第一句。后面还有。", "本报北京1月1日电（记者 张三）正文的第一句。").map(s -> s.start()))
			.contains(0);
	}

	@Test
	void aBlockNotInTheBodyOrInItTwiceIsNotFound() {
		assertThat(BlockText.find(BODY, "别的文章的一栏文字。")).isEmpty();
		assertThat(BlockText.find("同一句话。\n同一句话。", "同一句话。")).isEmpty();
	}

	@Test
	void aBlockPutInRunsOnFromTextThatEndsMidSentenceAndStartsAParagraphAfterASentence() {
		assertThat(BlockText.with("话还没", 3, "说完。")).isEqualTo("话还没说完。");
		assertThat(BlockText.with("说完了。", 4, "另一段。")).isEqualTo("说完了。\n另一段。");
		assertThat(BlockText.with("后文。", 0, "前文，没完")).isEqualTo("前文，没完后文。");
		assertThat(BlockText.with("后文。", 0, "前文。")).isEqualTo("前文。\n后文。");
	}

	@Test
	void theOffsetAfterTheLastBlockReadBeforeIsFoundInTheBody() {
		assertThat(BlockText.after(BODY, List.of("第一栏写到这里，话还没说完"))).isEqualTo(BODY.indexOf('\n'));
		assertThat(BlockText.after(BODY, List.of("不在正文里"))).isEqualTo(-1);
	}

}
