package org.baoku.ingest.split;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text's byline fits its dateline. The paper's own reporters ("本报记者") do not sign an agency dispatch
 * ("新华社…电"), nor agency reporters the paper's own dispatch (a photo credit aside); and a byline printed apart
 * from the text ("本报记者 甲") beside another in the dateline's brackets ("（记者 乙）") naming someone else is two
 * texts' bylines. Either way a byline printed between two texts went to the wrong one.
 */
final class BylineFit {

	private static final Pattern AGENCY_DATELINE = Pattern.compile("^据?新华社");

	private static final Pattern PAPER_DATELINE = Pattern.compile("^本报");

	private static final Pattern PAPER_REPORTER = Pattern.compile("本报(?:特约)?记者");

	private static final Pattern AGENCY_REPORTER = Pattern.compile("新华社(?:特约)?记者");

	/** A byline printed apart ("本报记者 甲"), then one in brackets ("（记者 乙）"). */
	private static final Pattern APART_THEN_BRACKETED = Pattern
		.compile("^[^（(]*记者\\s*([\\p{IsHan}·、 ]+?)\\s*[（(](?:本报|新华社)?记者\\s*([^）)]+)[）)]");

	private BylineFit() {
	}

	static boolean misfits(String dateline, String byline) {
		if (byline == null || byline.isBlank() || byline.contains("摄")) {
			return false;
		}
		String date = dateline == null ? "" : dateline.strip();
		if (AGENCY_DATELINE.matcher(date).find() && PAPER_REPORTER.matcher(byline).find()
				|| PAPER_DATELINE.matcher(date).find() && AGENCY_REPORTER.matcher(byline).find()) {
			return true;
		}
		Matcher two = APART_THEN_BRACKETED.matcher(byline.strip());
		return two.find() && !two.group(2).contains(two.group(1).strip()) && !two.group(1).contains(two.group(2).strip());
	}

}
