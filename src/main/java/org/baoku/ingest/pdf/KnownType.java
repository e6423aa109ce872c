package org.baoku.ingest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.baoku.ingest.split.TypeStyles;

/**
 * The type of the page PDFs the splitter's rules were checked on (known-type.json beside this class): where no
 * profile has learned a paper's type, a page set in none of it is one no rule was ever checked on, and is doubted as a
 * whole. Faces only: a design's pages set their running text at many sizes.
 */
public final class KnownType {

	/** One design the rules were checked on: its name, its running text's faces, the faces of what is set apart. */
	public record Design(String name, Set<String> body, Set<String> headingFaces) {
	}

	record File(String about, List<Design> designs) {
	}

	private static final List<Design> DESIGNS = load();

	private KnownType() {
	}

	public static List<Design> designs() {
		return DESIGNS;
	}

	/** Every design's faces together, as a paper's type is kept (running-text faces without sizes). */
	static TypeStyles all() {
		TypeStyles all = TypeStyles.NONE;
		for (Design design : DESIGNS) {
			all = all.plus(new TypeStyles(design.body(), design.headingFaces()));
		}
		return all;
	}

	private static List<Design> load() {
		try (InputStream in = KnownType.class.getResourceAsStream("known-type.json")) {
			if (in == null) {
				throw new IllegalStateException("known-type.json is missing beside " + KnownType.class.getName());
			}
			return List.copyOf(new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(in, File.class)
				.designs());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("known-type.json does not read", ex);
		}
	}

}
