package org.baoku.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads which pages are kept as PDFs and where their articles are printed. */
@Repository
class PageScanRepository {

	private final JdbcClient jdbc;

	PageScanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PageScan> scanOf(long pageId) {
		record Pdf(String sha, double width, double height) {
		}
		Optional<Pdf> pdf = jdbc.sql("""
				select pdf_sha256, pdf_width, pdf_height from page where id = :id and pdf_sha256 is not null
				""").param("id", pageId).query((rs, n) -> new Pdf(rs.getString(1), rs.getDouble(2), rs.getDouble(3)))
			.optional();
		if (pdf.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, List<PageScan.PrintedRegion>> regions = new LinkedHashMap<>();
		jdbc.sql("""
				select r.article_id, r.seq, r.x, r.y, r.width, r.height, r.text
				from article_region r join article a on a.id = r.article_id
				where a.page_id = :id
				order by a.position, r.seq
				""").param("id", pageId).query(rs -> {
			regions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new PageScan.PrintedRegion(rs.getInt(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
						rs.getDouble(6), rs.getString(7)));
		});
		List<PageScan.ReadLine> lines = jdbc.sql("""
				select x, y, width, height, text, confidence, weakest, unsure from page_ocr_line where page_id = :id
				order by seq
				""").param("id", pageId)
			.query((rs, n) -> new PageScan.ReadLine(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
					rs.getString(5), rs.getDouble(6), rs.getDouble(7), rs.getBoolean(8)))
			.list();
		return Optional.of(new PageScan(pageId, pdf.get().sha(), pdf.get().width(), pdf.get().height(), regions, lines));
	}

}
