package org.baoku.ingest.split;

import java.util.Collections;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text's byline fits its dateline. The paper's own reporters ("本报记者") alone do not sign an agency
 * dispatch ("新华社…电"), nor agency reporters alone the paper's own dispatch (photo credits and texts the paper put
 * together from a dispatch, "整理", aside); and a byline printed apart from the text ("本报记者 甲") beside another in
 * brackets after it ("（记者 乙）", in the dateline or closing the text) naming none of the same people is two texts'
 * bylines. Either way a byline printed between two texts went to the wrong one.
 */
final class BylineFit {

	/** A reporter's title as bylines print it, after the desk's name. */
	private static final String REPORTER = "(?:特约|见习|首席)?记者";

	private static final Pattern AGENCY_DATELINE = Pattern.compile("^据?新华社");

	private static final Pattern PAPER_DATELINE = Pattern.compile("^本报");

	private static final Pattern PAPER_REPORTER = Pattern.compile("本报" + REPORTER);

	private static final Pattern AGENCY_REPORTER = Pattern.compile("新华社" + REPORTER);

	/** Words of a byline that say the text is the paper's own work from a dispatch, or a photo's credit. */
	private static final Pattern OWN_WORK = Pattern.compile("摄|整理|综合|编译");

	/** A byline printed apart ("本报记者 甲"), then one in brackets ("（记者 乙）"). */
	private static final Pattern APART_THEN_BRACKETED = Pattern
		.compile("^[^（(]*记者\\s*([\\p{IsHan}·、，, ]+?)\\s*[（(](?:本报|新华社)?" + REPORTER + "\\s*([^）)]+)[）)]");

	private static final Pattern NAME_BREAK = Pattern.compile("[\\s、，,]+");

	private BylineFit() {
	}

	static boolean misfits(String dateline, String byline) {
		if (byline == null || byline.isBlank()) {
			return false;
		}
		String date = dateline == null ? "" : dateline.strip();
		boolean paper = PAPER_REPORTER.matcher(byline).find();
		boolean agency = AGENCY_REPORTER.matcher(byline).find();
		if (!OWN_WORK.matcher(byline).find() && (AGENCY_DATELINE.matcher(date).find() && paper && !agency
				|| PAPER_DATELINE.matcher(date).find() && agency && !paper)) {
			return true;
		}
		Matcher two = APART_THEN_BRACKETED.matcher(byline.strip());
		return two.find() && !two.group(2).contains("摄")
				&& Collections.disjoint(names(two.group(1)), names(two.group(2)));
	}

	private static Set<String> names(String listed) {
		return Set.of(NAME_BREAK.split(listed.strip()));
	}

}
