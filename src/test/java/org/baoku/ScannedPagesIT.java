package org.baoku;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.baoku.ingest.ocr.ImageFiles;
import org.baoku.ingest.split.Doubts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scanned page given as an image through the upload API: read by OCR, its articles stored for review and found by
 * search, the image kept as the image-only PDF a scanner would have made and shown as a PDF page is; the same image
 * again is a duplicate; a decompression bomb and a damaged image are refused with a reason and nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "baoku.admin-password=" + ScannedPagesIT.PASSWORD, "baoku.seed-on-first-start=false" })
class ScannedPagesIT {

	static final String PASSWORD = "scan-secret";

	private static final String PAPER = "人民日报";

	private static byte[] scan;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("scans").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/** A real page (人民日报 2018-01-09 p7) as a scanner at 200 dpi leaves it: a grey PNG, no text layer. */
	@BeforeAll
	static void scanThePage() throws IOException {
		try (InputStream in = ScannedPagesIT.class.getResourceAsStream("/realpages/pdf/rmrb_20180109_p07.pdf");
				PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
			BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 200, ImageType.GRAY);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			scan = out.toByteArray();
		}
	}

	@Test
	void aScannedPageImageIsReadStoredForReviewFoundAndShown() {
		ApiClient api = new ApiClient("http://127.0.0.1:" + port, PASSWORD);
		ApiClient.Answer answer = api.upload(scan, PAPER, "2018-01-09", "7", false);
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		long pageId = answer.json().get("pageId").asLong();

		List<String> doubts = jdbc.sql("select array_to_string(doubts, '|') from article where page_id = :id")
			.param("id", pageId).query(String.class).list();
		assertThat(doubts).hasSizeGreaterThanOrEqualTo(3).allSatisfy(d -> assertThat(d).contains(Doubts.OCR_READ));
		// The page keeps its printed size: 200 dpi pixels are 72/200 of a point each.
		assertThat(jdbc.sql("select pdf_width from page where id = :id").param("id", pageId).query(Double.class).single())
			.isBetween(1014.0, 1019.0);
		String body = jdbc.sql("select body from article where page_id = :id order by length(body) desc limit 1")
			.param("id", pageId).query(String.class).single();
		String words = body.substring(body.length() / 2, body.length() / 2 + 6).replaceAll("\\s", "");
		assertThat(api.search("\"" + words + "\"").body()).contains("\"date\":\"2018-01-09\",\"page\":\"7\"");
		assertThat(api.get("/pages/" + pageId).body()).contains("class=\"scan\"");

		// The text is marked as OCR's, with how sure OCR was: in the article, its lines, results and exports.
		long longest = jdbc.sql("select id from article where page_id = :id order by length(body) desc limit 1")
			.param("id", pageId).query(Long.class).single();
		JsonNode ocr = api.get("/api/articles/" + longest).json().get("ocr");
		assertThat(ocr.get("confidence").asDouble()).isBetween(0.8, 1.0);
		assertThat(ocr.get("lines")).hasSizeGreaterThan(10);
		assertThat(ocr.get("lines").get(0).get("text").asText()).isNotBlank();
		assertThat(jdbc.sql("select count(*) from page_ocr_line where page_id = :id").param("id", pageId)
			.query(Long.class).single()).isGreaterThan(100L);
		JsonNode hit = api.search("\"" + words + "\"").json().get("hits").get(0);
		assertThat(hit.get("ocrConfidence").asDouble()).isBetween(0.8, 1.0);
		assertThat(api.get("/search/export.json", Map.of("q", "\"" + words + "\"")).json().get(0).get("ocrConfidence")
			.asDouble()).isBetween(0.8, 1.0);
		assertThat(api.get("/search", Map.of("q", "\"" + words + "\"")).body()).contains("class=\"ocr-read\"");
		assertThat(api.get("/articles/" + longest).body()).contains("id=\"ocr-note\"");
		assertThat(api.get("/pages/" + pageId + "/pdf").body()).startsWith("%PDF-");

		ApiClient.Answer again = api.upload(scan, PAPER, "2018-01-09", "7", false);
		assertThat(again.json().get("status").asText()).isEqualTo("DUPLICATE");

		// An editor corrects what OCR read, beside the page image; the page read by OCR again (the same scan in
		// another file) keeps the correction.
		long article = jdbc.sql("select id from article where page_id = :id order by length(body) desc limit 1")
			.param("id", pageId).query(Long.class).single();
		String corrected = "【校】" + body;
		AdminSession editor = AdminSession.anonymous("http://127.0.0.1:" + port);
		editor.signIn("admin", PASSWORD);
		assertThat(editor.get("/admin/review/articles/" + article).body()).contains("id=\"body-form\"", "class=\"scan\"");
		assertThat(editor.post("/admin/review/articles/" + article + "/body", Map.of("body", corrected)).location())
			.endsWith("/admin/review");
		ApiClient.Answer reread = api.upload(ImageFiles.withNote(scan, "rescanned"), PAPER, "2018-01-09", "7", true);
		assertThat(reread.json().get("status").asText()).as(reread.body()).isEqualTo("REPLACED");
		assertThat(jdbc.sql("select body from article where id = :id").param("id", article).query(String.class).single())
			.isEqualTo(corrected);
	}

	@Test
	void aDecompressionBombAndADamagedImageAreRefusedWithAReasonAndNothingStored() {
		ApiClient api = new ApiClient("http://127.0.0.1:" + port, PASSWORD);
		long pagesBefore = jdbc.sql("select count(*) from page").query(Long.class).single();

		ApiClient.Answer bomb = api.upload(ImageFiles.pngClaiming(100_000, 100_000), PAPER, "2018-01-10", "7", false);
		assertThat(bomb.status()).isEqualTo(422);
		assertThat(bomb.json().get("reason").get("code").asText()).isEqualTo("imageTooLarge");

		ApiClient.Answer cut = api.upload(Arrays.copyOf(scan, scan.length / 2), PAPER, "2018-01-11", "7", false);
		assertThat(cut.status()).isEqualTo(422);
		assertThat(cut.json().get("reason").get("code").asText()).isEqualTo("imageUnreadable");
		assertThat(cut.body()).doesNotContain("Exception");

		assertThat(jdbc.sql("select count(*) from page").query(Long.class).single()).isEqualTo(pagesBefore);
	}

}
