package org.baoku.ingest.split;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Captions and their credits: photos', drawings', letter-spaced names, delivery notes. */
class PhotoCaptionTests {

	@Test
	void aLetterSpacedPhotographersNameIsOneName() {
		SplitArticle item = PhotoCaption.read("图为保洁人员在河道内巡查。新华社记者 徐 昱摄").orElseThrow();
		assertThat(item.body()).isEqualTo("图为保洁人员在河道内巡查。");
		assertThat(item.reporterNames()).containsExactly("徐昱");
	}

	@Test
	void aDrawingsCreditWithItsDeliveryNoteCreditsItsArtist() {
		SplitArticle item = PhotoCaption.read("消费升级 翟桂溪作（新华社发）").orElseThrow();
		assertThat(item.body()).isEqualTo("消费升级");
		assertThat(item.reporterNames()).containsExactly("翟桂溪");
		assertThat(PhotoCaption.read("王五/绘").orElseThrow().reporterNames()).containsExactly("王五");
		assertThat(PhotoCaption.read("乡村新貌 赵六供图").orElseThrow().reporterNames()).containsExactly("赵六");
	}

	@Test
	void textThatMerelyEndsLikeACreditIsNoCaption() {
		assertThat(PhotoCaption.isCaption("扎实做好春节期间 安全工作")).isFalse();
		assertThat(PhotoCaption.isCaption("他们完成了这项创作")).isFalse();
		assertThat(PhotoCaption.read("消费升级 作（新华社发）")).isEmpty();
	}

}
