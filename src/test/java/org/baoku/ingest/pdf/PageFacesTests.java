package org.baoku.ingest.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.baoku.ingest.PageParser;
import org.baoku.ingest.ParsedArticle;
import org.baoku.ingest.ParsedPage;
import org.baoku.ingest.split.Doubts;
import org.baoku.ingest.split.SplitProfile;
import org.baoku.ingest.split.TypeStyles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page PDF set in type its paper's checked pages were not is doubted as a whole: every article it is split into
 * goes to review, naming why. The fixtures: a real 人民日报 理论 page and two typeset pages of other articles (another
 * body type, other headline faces).
 */
class PageFacesTests {

	private static final Path THEORY = Path.of("src/test/resources/realpages/pdf/rmrb_20180109_p07.pdf");

	private static final Path TYPESET = Path.of("src/test/resources/layouts/pdf/rmrb_20190201_p05.pdf");

	private static final Path TYPESET_TOO = Path.of("src/test/resources/layouts/pdf/rmrb_20190213_p15.pdf");

	private static byte[] read(Path pdf) throws IOException {
		return Files.readAllBytes(pdf);
	}

	@Test
	void aPageIsLikeThePagesItsPaperWasCheckedOnAndUnlikeAnotherPapersType() throws IOException {
		TypeStyles theory = PageFaces.styles(read(THEORY));
		assertThat(theory.body()).containsExactly("FZBSK--GBK1-0/8.5");
		assertThat(theory.headingFaces()).contains("FZXBSK--GBK1-0", "FZHTK--GBK1-0");
		assertThat(PageFaces.of(read(THEORY)).unlike(theory)).isFalse();
		assertThat(PageFaces.of(read(TYPESET)).unlike(theory)).isTrue();

		TypeStyles typeset = PageFaces.styles(read(TYPESET));
		assertThat(PageFaces.of(read(TYPESET_TOO)).unlike(typeset)).as("the same faces, the text a size apart").isFalse();
		assertThat(PageFaces.of(read(THEORY)).unlike(typeset)).isTrue();
		assertThat(PageFaces.of(read(THEORY)).unlike(TypeStyles.NONE)).as("nothing learned").isFalse();
	}

	@Test
	void runningTextInThePapersFaceButHeadingsInFacesItNeverUsedIsUnlikeToo() {
		PageFaces page = new PageFaces("Song/9.0", 3000, Map.of("Hei", 30, "Kai", 10));
		assertThat(page.unlike(new TypeStyles(Set.of("Song/9.0"), Set.of("Hei")))).isFalse();
		assertThat(page.unlike(new TypeStyles(Set.of("Song/9.0"), Set.of("Kai")))).isTrue();
		assertThat(page.unlike(new TypeStyles(Set.of("Song/10.5"), Set.of("Hei", "Kai")))).as("1.5 pt larger").isTrue();
		assertThat(page.unlike(new TypeStyles(Set.of("Fangsong/9.0"), Set.of("Hei", "Kai")))).isTrue();
		// Too few ideographs set apart to tell anything by their faces.
		assertThat(new PageFaces("Song/9.0", 3000, Map.of("Kai", 12)).unlike(new TypeStyles(Set.of("Song/9.0"), Set.of("Hei"))))
			.isFalse();
		// A page of photos with a few captions: too little running text to tell its style by.
		assertThat(new PageFaces("Kai/9.0", 120, Map.of("Hei", 60)).unlike(new TypeStyles(Set.of("Song/9.0"), Set.of("Hei"))))
			.isFalse();
	}

	@Test
	void everyArticleOfAPageUnlikeItsPapersProfileIsSentToReviewSayingWhy() throws IOException {
		PageParser parser = new PageParser();
		byte[] typesetPage = read(TYPESET);
		byte[] theoryPage = read(THEORY);
		SplitProfile theory = new SplitProfile("人民日报", Map.of()).withTypeStyles(PageFaces.styles(read(THEORY)));

		ParsedPage unlike = theory.run(() -> parser.parse(typesetPage));
		assertThat(unlike.articles()).isNotEmpty().allSatisfy(a -> {
			assertThat(a.article().doubts()).contains(Doubts.UNLIKE_PROFILE);
			assertThat(a.article().needsReview()).isTrue();
		});
		// `parse --explain` says what the page is set in against the paper's checked pages.
		assertThat(theory.run(() -> PdfPageReader.read(typesetPage, Set.of())).explanation())
			.allSatisfy(why -> assertThat(why).contains(Doubts.UNLIKE_PROFILE, "running text UMingCN"));

		ParsedPage byDefault = parser.parse(typesetPage);
		assertThat(byDefault.articles()).noneMatch(a -> a.article().doubts().contains(Doubts.UNLIKE_PROFILE));
		ParsedPage like = theory.run(() -> parser.parse(theoryPage));
		assertThat(like.articles()).extracting(ParsedArticle::article)
			.noneMatch(a -> a.doubts().contains(Doubts.UNLIKE_PROFILE));
	}

}
