package org.baoku.ingest.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
	void withoutAProfileAPageIsUnlikeAnythingKnownOnlyWhenItsFacesAreNoneOfThoseTheRulesWereCheckedOn() throws IOException {
		Set<String> body = Set.of("Song", "Ming");
		Set<String> faces = Set.of("Hei", "Kai");
		assertThat(new PageFaces("Song/12.0", 3000, Map.of("Hei", 30)).unlikeAnyKnown(body, faces)).as("any size").isFalse();
		assertThat(new PageFaces("Ming/8.0", 3000, Map.of("Kai", 30, "Fangsong", 10)).unlikeAnyKnown(body, faces)).isFalse();
		assertThat(new PageFaces("Fangsong/9.0", 3000, Map.of("Hei", 30)).unlikeAnyKnown(body, faces)).isTrue();
		assertThat(new PageFaces("Song/9.0", 3000, Map.of("Hei", 10, "Yuan", 30)).unlikeAnyKnown(body, faces)).isTrue();
		assertThat(new PageFaces("Fangsong/9.0", 120, Map.of("Yuan", 60)).unlikeAnyKnown(body, faces))
			.as("too little running text to tell").isFalse();
		// The fixtures are pages of the two designs known-type.json holds.
		for (Path pdf : List.of(THEORY, TYPESET, TYPESET_TOO)) {
			assertThat(PageFaces.of(read(pdf)).unlikeAnyKnown(KnownType.BODY_FACES, KnownType.HEADING_FACES)).as(pdf.toString())
				.isFalse();
		}
	}

	/**
	 * The same typeset page with its fonts renamed (the layout unchanged, the type one no rule was checked on): read
	 * with no profile in force, every article goes to review as a whole, saying why; the page as printed does not.
	 */
	@Test
	void withoutAProfileAPageInTypeNoRuleWasCheckedOnGoesToReviewAsAWhole() throws IOException {
		PageParser parser = new PageParser();
		byte[] renamed = RenamedFonts.of(read(TYPESET));
		assertThat(parser.parse(renamed).articles()).isNotEmpty().extracting(ParsedArticle::article).allSatisfy(a -> {
			assertThat(a.doubts()).contains(Doubts.UNLIKE_KNOWN);
			assertThat(a.needsReview()).isTrue();
		});
		assertThat(PdfPageReader.read(renamed, Set.of()).explanation()).isNotEmpty()
			.allSatisfy(why -> assertThat(why).contains(Doubts.UNLIKE_KNOWN, "faces the rules were checked on"));
		assertThat(parser.parse(read(TYPESET)).articles()).extracting(ParsedArticle::article)
			.noneMatch(a -> a.doubts().contains(Doubts.UNLIKE_KNOWN));
		// A profile in force for the paper, even one that learned no type, takes the place of this check.
		SplitProfile fitted = new SplitProfile("某报", Map.of("MIN_SCORE", 0.2));
		assertThat(fitted.run(() -> parser.parse(renamed)).articles()).extracting(ParsedArticle::article)
			.noneMatch(a -> a.doubts().contains(Doubts.UNLIKE_KNOWN));
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

		// Without a profile neither page is doubted for its type: both are set as pages the rules were checked on.
		for (byte[] page : List.of(typesetPage, theoryPage)) {
			assertThat(parser.parse(page).articles()).extracting(ParsedArticle::article)
				.noneMatch(a -> a.doubts().contains(Doubts.UNLIKE_PROFILE) || a.doubts().contains(Doubts.UNLIKE_KNOWN));
		}
		ParsedPage like = theory.run(() -> parser.parse(theoryPage));
		assertThat(like.articles()).extracting(ParsedArticle::article)
			.noneMatch(a -> a.doubts().contains(Doubts.UNLIKE_PROFILE));
	}

}
