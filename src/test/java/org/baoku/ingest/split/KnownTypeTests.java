package org.baoku.ingest.split;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.baoku.ingest.pdf.KnownType;
import org.baoku.ingest.pdf.PageFaces;
import org.baoku.ingest.pdf.PdfPageReader;
import org.baoku.ingest.pdf.PdfPageReader.PdfReading;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * known-type.json holds the type of the page PDFs the rules were checked on against gold, read again from the pages
 * themselves: each design's faces are the ones its pages use, no more and no fewer. Pages in other type go to review.
 */
class KnownTypeTests {

	@Test
	void theKnownTypeIsWhatTheCheckedPagesAreSetIn() throws IOException {
		Path real = SharedSets.require("realpages", "to read the type the rules were checked on");
		Path layouts = SharedSets.require("layouts", "to read the type the rules were checked on");
		List<Path> theory = list(Path.of("src/test/resources/realpages/gold"), ".json").stream()
			.map(g -> real.resolve("pdf").resolve(g.getFileName().toString().replace(".json", ".pdf")))
			.toList();
		List<Path> typeset = list(layouts.resolve("pdf"), ".pdf");
		assertThat(theory).hasSize(19);
		assertThat(typeset).hasSizeGreaterThanOrEqualTo(70);

		assertThat(KnownType.designs()).extracting(d -> new TypeStyles(d.body(), d.headingFaces()))
			.containsExactlyInAnyOrder(faces(theory), faces(typeset));
	}

	/**
	 * Without a profile, every 人民日报 理论 page (the three kept apart too) is read as set in known type, while the 新三门
	 * page and the 中国海洋石油报 sample, of papers the rules were never checked on, go to review as a whole, and the
	 * explanation says why.
	 */
	@Test
	void pagesOfPapersTheRulesWereNeverCheckedOnGoToReviewAsAWhole() throws IOException {
		Path real = SharedSets.require("realpages", "to read pages of other papers");
		Path samples = SharedSets.require("samples", "to read pages of other papers");
		List<Path> theory = list(real.resolve("pdf"), ".pdf").stream()
			.filter(p -> p.getFileName().toString().startsWith("rmrb_"))
			.toList();
		assertThat(theory).hasSize(22);
		for (Path pdf : theory) {
			PdfReading reading = PdfPageReader.read(Files.readAllBytes(pdf), Set.of());
			assertThat(reading.page().articles()).as(pdf.toString()).isNotEmpty()
				.noneMatch(a -> a.doubts().contains(Doubts.UNLIKE_KNOWN));
		}
		for (Path pdf : List.of(real.resolve("pdf/xsm_20110524_p02.pdf"), samples.resolve("shiyoubao_20241016_p01.pdf"))) {
			PdfReading reading = PdfPageReader.read(Files.readAllBytes(pdf), Set.of());
			assertThat(reading.page().articles()).as(pdf.toString()).isNotEmpty().allSatisfy(a -> {
				assertThat(a.doubts()).contains(Doubts.UNLIKE_KNOWN);
				assertThat(a.needsReview()).isTrue();
			});
			assertThat(reading.explanation()).allSatisfy(why -> assertThat(why).contains(Doubts.UNLIKE_KNOWN,
					"faces the rules were checked on"));
		}
	}

	private static List<Path> list(Path dir, String ending) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.toString().endsWith(ending)).sorted().toList();
		}
	}

	/** The pages' running-text faces (sizes dropped) and the faces of what is set apart, together. */
	private static TypeStyles faces(List<Path> pdfs) throws IOException {
		Set<String> body = new TreeSet<>();
		Set<String> headings = new TreeSet<>();
		for (Path pdf : pdfs) {
			TypeStyles page = PageFaces.styles(Files.readAllBytes(pdf));
			page.body().forEach(style -> body.add(style.substring(0, style.lastIndexOf('/'))));
			headings.addAll(page.headingFaces());
		}
		return new TypeStyles(body, headings);
	}

}
