package org.baoku.ingest.split;

import java.util.HashSet;
import java.util.Set;

/**
 * The type a paper's checked page PDFs are set in: the style of their running text (face/size, as a page PDF's
 * styles are keyed) and the faces of their headings, kickers, bylines and captions. A page of the paper set in other
 * type (a redesign, a supplement, a page filed under the wrong paper) is one its rules were not checked on.
 *
 * @param body the styles the running text of the checked pages is set in
 * @param headingFaces the faces of everything set apart from the running text on them
 */
public record TypeStyles(Set<String> body, Set<String> headingFaces) {

	/** Nothing learned: no page is unlike it. */
	public static final TypeStyles NONE = new TypeStyles(Set.of(), Set.of());

	public TypeStyles {
		body = body == null ? Set.of() : Set.copyOf(body);
		headingFaces = headingFaces == null ? Set.of() : Set.copyOf(headingFaces);
	}

	/** No running-text style learned: no type at all (faces alone say nothing of whether a page is the paper's). */
	public boolean isEmpty() {
		return body.isEmpty();
	}

	/** What two sets of checked pages were set in, together. */
	public TypeStyles plus(TypeStyles other) {
		Set<String> bodies = new HashSet<>(body);
		bodies.addAll(other.body);
		Set<String> faces = new HashSet<>(headingFaces);
		faces.addAll(other.headingFaces);
		return new TypeStyles(bodies, faces);
	}

}
