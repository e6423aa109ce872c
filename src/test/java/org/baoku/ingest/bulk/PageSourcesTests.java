package org.baoku.ingest.bulk;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.baoku.ingest.ocr.ImageFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Where page files belong (manifest or name) and which zips are refused whole. */
class PageSourcesTests {

	@TempDir
	Path dir;

	@Test
	void namesGiveNewspaperDateAndPageOnlyAsWritten() {
		assertThat(PageFileName.read("2023-07-22_A01.pdf", "西宁晚报"))
			.isEqualTo(new PageFileName.Read("西宁晚报", LocalDate.of(2023, 7, 22), "A01", null));
		assertThat(PageFileName.read("20230722_01.txt", "西宁晚报").date()).isEqualTo(LocalDate.of(2023, 7, 22));
		assertThat(PageFileName.read("西宁晚报_2023-07-22_03.pdf", (String) null))
			.isEqualTo(new PageFileName.Read("西宁晚报", LocalDate.of(2023, 7, 22), "03", null));
		assertThat(PageFileName.read("20230230_01.txt", "报").refusal()).contains("no day of the calendar");
		assertThat(PageFileName.read("2023-07-22_A01.txt", (String) null).refusal()).contains("--newspaper");
		assertThat(PageFileName.read("scan-0001.txt", "报").refusal()).contains("no date");
		assertThat(PageFileName.read("07-22-2023_01.txt", "报").refused()).isTrue();
		// A page written p07 or 第7版 in a name is page 07; an abbreviated paper is read as written and flagged.
		assertThat(PageFileName.read("人民日报_20180104_p07.pdf", (String) null))
			.isEqualTo(new PageFileName.Read("人民日报", LocalDate.of(2018, 1, 4), "07", null));
		assertThat(PageFileName.read("20180104_第7版.txt", "人民日报").page()).isEqualTo("7");
		assertThat(PageFileName.read("20180104_A07.txt", "人民日报").page()).isEqualTo("A07");
		PageFileName.Read abbreviated = PageFileName.read("rmrb_20180104_p07.pdf", (String) null);
		assertThat(new Placement(abbreviated.newspaper(), abbreviated.date(), abbreviated.page()).looksAbbreviated())
			.isTrue();
		assertThat(new Placement("人民日报", abbreviated.date(), "07").looksAbbreviated()).isFalse();
		// With a newspaper for the job, an abbreviation no alias maps is that newspaper; a mapped one is its paper;
		// a paper's own name stays; each taken name is remembered for the job's page.
		PaperNames papers = new PaperNames("人民日报", java.util.Map.of("xsm", "新三门报"));
		assertThat(PageFileName.read("rmrb_20180115_p07.pdf", papers).newspaper()).isEqualTo("人民日报");
		assertThat(PageFileName.read("XSM_20110524_p02.pdf", papers).newspaper()).isEqualTo("新三门报");
		assertThat(PageFileName.read("西宁晚报_2023-07-22_03.pdf", papers).newspaper()).isEqualTo("西宁晚报");
		assertThat(papers.taken().values()).containsExactlyInAnyOrder(new PaperNames.Taken("rmrb", "人民日报", false),
				new PaperNames.Taken("XSM", "新三门报", true));
		// Scanned pages are named as PDFs are.
		assertThat(PageFileName.read("西宁晚报_1987-03-02_03.TIF", (String) null))
			.isEqualTo(new PageFileName.Read("西宁晚报", LocalDate.of(1987, 3, 2), "03", null));
		assertThat(PageFileName.read("19870302_01.jpeg", "报").page()).isEqualTo("01");
		assertThat(PageFileName.isPageFile("19870302_01.png")).isTrue();
		assertThat(PageFileName.isPageFile("cover.gif")).isFalse();
	}

	@Test
	void aWholeIssuesMultiPageTiffScanIsSplitIntoPagePdfs() throws IOException {
		BufferedImage page = new BufferedImage(400, 600, BufferedImage.TYPE_BYTE_GRAY);
		Files.write(dir.resolve("报F_1987-03-02.tif"), ImageFiles.tiff(List.of(page, page, page), "LZW", false, 0));
		try (PageSources sources = new PageSources(ZipLimits.DEFAULT, (String) null, true)) {
			List<PageFile> pages = sources.find(List.of(dir));
			assertThat(pages).extracting(f -> f.page() + " " + f.fileName())
				.containsExactly("1 报F_1987-03-02.tif#1", "2 报F_1987-03-02.tif#2", "3 报F_1987-03-02.tif#3");
			try (PDDocument one = Loader.loadPDF(pages.get(2).bytes().read(1 << 20))) {
				assertThat(one.getNumberOfPages()).isEqualTo(1);
				assertThat(one.getPage(0).getMediaBox().getWidth()).isEqualTo(400 * 72f / 200);
			}
		}
	}

	@Test
	void aWholeIssuesPdfIsSplitIntoItsPagesOnlyWhenAsked() throws IOException {
		byte[] issue;
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.addPage(new PDPage());
			doc.addPage(new PDPage());
			doc.save(out);
			issue = out.toByteArray();
		}
		Files.write(dir.resolve("报E_2022-03-04.pdf"), issue);
		try (PageSources sources = new PageSources(ZipLimits.DEFAULT, (String) null, false)) {
			assertThat(sources.find(List.of(dir))).singleElement()
				.satisfies(f -> assertThat(f.refusal()).contains("--split-pages"));
		}
		try (PageSources sources = new PageSources(ZipLimits.DEFAULT, (String) null, true)) {
			List<PageFile> pages = sources.find(List.of(dir));
			assertThat(pages).extracting(f -> f.newspaper() + " " + f.date() + " " + f.page() + " " + f.fileName())
				.containsExactly("报E 2022-03-04 1 报E_2022-03-04.pdf#1", "报E 2022-03-04 2 报E_2022-03-04.pdf#2");
			for (PageFile page : pages) {
				try (PDDocument one = Loader.loadPDF(page.bytes().read(1 << 20))) {
					assertThat(one.getNumberOfPages()).isEqualTo(1);
				}
			}
		}
	}

	@Test
	void aManifestPlacesItsFilesAndNamesPlaceTheRest() throws IOException {
		Files.writeString(dir.resolve("manifest.csv"), "file,newspaper,date,page\na.txt,报A,2020-01-02,3\n");
		Files.writeString(dir.resolve("a.txt"), "正文");
		Files.writeString(dir.resolve("报B_2020-01-03_A02.txt"), "正文");
		Files.writeString(dir.resolve("notes.md"), "不是版面");
		try (PageSources sources = new PageSources(ZipLimits.DEFAULT, (String) null, false)) {
			List<PageFile> files = sources.find(List.of(dir));
			assertThat(files).extracting(f -> f.newspaper() + " " + f.date() + " " + f.page())
				.containsExactly("报A 2020-01-02 3", "报B 2020-01-03 A02");
			assertThat(sources.skipped()).hasSize(1);
		}
	}

	@Test
	void aZipIsReadWithItsManifest() throws IOException {
		Path zip = zip("pages.zip", new Entry("2021/manifest.csv", "file,newspaper,date,page\nx.txt,报C,2021-05-06,1\n"),
				new Entry("2021/x.txt", "正文"), new Entry("报D_20210507_2.txt", "正文"));
		try (PageSources sources = new PageSources(ZipLimits.DEFAULT, (String) null, false)) {
			List<PageFile> files = sources.find(List.of(zip));
			assertThat(files).extracting(f -> f.newspaper() + " " + f.date() + " " + f.page())
				.containsExactlyInAnyOrder("报C 2021-05-06 1", "报D 2021-05-07 2");
			assertThat(new String(files.get(0).bytes().read(100), StandardCharsets.UTF_8)).isEqualTo("正文");
		}
	}

	@Test
	void zipsThatClimbOutNestOrExplodeAreRefusedWhole() throws IOException {
		assertRefused(zip("climb.zip", new Entry("ok_2020-01-01_1.txt", "正文"), new Entry("../evil_2020-01-01_1.txt", "x")),
				"climbs out");
		assertRefused(zip("abs.zip", new Entry("/etc/evil_2020-01-01_1.txt", "x")), "absolute");
		assertRefused(zip("nested.zip", new Entry("inner.zip", "PK")), "another zip");
		assertRefused(zip("bomb.zip", new Entry("bomb_2020-01-01_1.txt", "0".repeat(20 << 20))), "zip bomb");
		Path many = zip("many.zip", new Entry("a_2020-01-01_1.txt", "正文"), new Entry("b_2020-01-01_2.txt", "正文"));
		try (PageSources sources = new PageSources(new ZipLimits(1, 1 << 30, 100), (String) null, false)) {
			assertThat(sources.find(List.of(many))).singleElement()
				.satisfies(f -> assertThat(f.refusal()).contains("entries"));
		}
		Files.writeString(dir.resolve("broken.zip"), "not a zip at all");
		assertRefused(dir.resolve("broken.zip"), "not a readable zip");
	}

	private void assertRefused(Path zip, String why) throws IOException {
		try (PageSources sources = new PageSources(ZipLimits.DEFAULT, "报", false)) {
			List<PageFile> files = sources.find(List.of(zip));
			assertThat(files).as(zip.getFileName().toString()).singleElement().satisfies(f -> {
				assertThat(f.refused()).isTrue();
				assertThat(f.refusal()).contains(why);
			});
		}
	}

	private record Entry(String name, String text) {
	}

	private Path zip(String name, Entry... entries) throws IOException {
		Path zip = dir.resolve(name);
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			for (Entry entry : entries) {
				out.putNextEntry(new ZipEntry(entry.name()));
				out.write(entry.text().getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return zip;
	}

}
