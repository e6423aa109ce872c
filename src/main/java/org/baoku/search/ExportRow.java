package org.baoku.search;

import java.util.List;

/** One hit as exported: what identifies and describes the article without its text. */
public record ExportRow(long id, String date, String headline, List<String> reporters, List<String> officials) {
}
