package org.baoku.ingest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The type of the page PDFs the splitter's rules were checked on (known-type.json beside this class): where no
 * profile is in force for a paper, a page set in none of it is one no rule was ever checked on, and is doubted as a
 * whole. Faces only: a design's pages set their running text at many sizes.
 */
public final class KnownType {

	/** One design the rules were checked on: its name, its running text's faces, the faces of what is set apart. */
	public record Design(String name, Set<String> body, Set<String> headingFaces) {

		public Design {
			body = Set.copyOf(body == null ? Set.of() : body);
			headingFaces = Set.copyOf(headingFaces == null ? Set.of() : headingFaces);
		}

	}

	/** The file: what it holds, in words, and the designs. */
	record Contents(String about, List<Design> designs) {
	}

	private static final List<Design> DESIGNS = load();

	/** Every design's running-text faces together. */
	static final Set<String> BODY_FACES = union(true);

	/** Every design's faces of what is set apart from the running text together. */
	static final Set<String> HEADING_FACES = union(false);

	private KnownType() {
	}

	public static List<Design> designs() {
		return DESIGNS;
	}

	private static Set<String> union(boolean body) {
		Set<String> faces = new HashSet<>();
		DESIGNS.forEach(d -> faces.addAll(body ? d.body() : d.headingFaces()));
		return Set.copyOf(faces);
	}

	private static List<Design> load() {
		try (InputStream in = KnownType.class.getResourceAsStream("known-type.json")) {
			if (in == null) {
				throw new IllegalStateException("known-type.json is missing beside " + KnownType.class.getName());
			}
			Contents contents = new ObjectMapper().readValue(in, Contents.class);
			if (contents.designs() == null || contents.designs().isEmpty()) {
				throw new IllegalStateException("known-type.json lists no design");
			}
			return List.copyOf(contents.designs());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("known-type.json does not read", ex);
		}
	}

}
