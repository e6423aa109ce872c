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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * known-type.json holds the type of the page PDFs the rules were checked on against gold, read again from the pages
 * themselves: each design's faces are the ones its pages use, no more and no fewer.
 */
class KnownTypeTests {

	@Test
	void theKnownTypeIsWhatTheCheckedPagesAreSetIn() throws IOException {
		Path real = SharedSets.require("realpages", "to read the type the rules were checked on");
		Path layouts = SharedSets.require("layouts", "to read the type the rules were checked on");
		List<Path> theory;
		try (Stream<Path> gold = Files.list(Path.of("src/test/resources/realpages/gold"))) {
			theory = gold.map(g -> real.resolve("pdf").resolve(g.getFileName().toString().replace(".json", ".pdf")))
				.sorted()
				.toList();
		}
		List<Path> typeset;
		try (Stream<Path> pdfs = Files.list(layouts.resolve("pdf"))) {
			typeset = pdfs.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
		}
		assertThat(theory).hasSize(19);
		assertThat(typeset).hasSizeGreaterThanOrEqualTo(70);

		List<KnownType.Design> designs = KnownType.designs();
		assertThat(designs).hasSize(2);
		assertThat(faces(theory)).isEqualTo(new TypeStyles(designs.get(0).body(), designs.get(0).headingFaces()));
		assertThat(faces(typeset)).isEqualTo(new TypeStyles(designs.get(1).body(), designs.get(1).headingFaces()));
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
