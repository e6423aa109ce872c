package org.baoku.ingest.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A page PDF whose text layer gives common ideographs as radicals, as one printed by a browser or an office suite in
 * Noto or Source Han fonts does (人民日报 extracts as ⼈⺠⽇报, 2月 as 2⽉): typeset with a Chinese font of the machine
 * (WenQuanYi Zen Hei, Debian's fonts-wqy-zenhei, or Noto CJK), its ToUnicode map then pointed at the radicals. Empty
 * where the machine has no such font.
 */
public final class RadicalsPdf {

	/** Each ideograph and the radical the page's text layer gives for it. */
	public static final Map<Character, Character> RADICALS = Map.of('人', '⼈', '民', '⺠', '日', '⽇', '十', '⼗', '女', '⼥',
			'月', '⽉');

	/** The page's headline as printed. */
	public static final String HEADLINE = "十位杰出女性荣获全国表彰";

	/** Its first dateline as printed. */
	public static final String DATELINE = "本报北京2月26日电";

	private static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
			Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));

	private RadicalsPdf() {
	}

	/** Where no Chinese font is installed. */
	public static final String MISSING = "no Chinese font (Debian's fonts-wqy-zenhei or fonts-noto-cjk) to typeset the page with";

	public static Optional<byte[]> page() throws IOException {
		Optional<Path> font = FONTS.stream().filter(Files::isReadable).findFirst();
		if (font.isEmpty()) {
			return Optional.empty();
		}
		byte[] typeset;
		try (TrueTypeCollection collection = new TrueTypeCollection(font.get().toFile());
				PDDocument document = new PDDocument()) {
			TrueTypeFont[] first = new TrueTypeFont[1];
			collection.processAllFonts(f -> {
				if (first[0] == null) {
					first[0] = f;
				}
			});
			PDType0Font type = PDType0Font.load(document, first[0], true);
			PDPage page = new PDPage(new PDRectangle(842, 1190));
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				line(content, type, 11, 60, 1140, "人民日报　　2024年2月27日　星期二　　第7版");
				line(content, type, 28, 60, 1060, HEADLINE);
				float y = 1020;
				for (String text : body(DATELINE + "　全国三八红旗手标兵表彰大会26日在北京举行。十位来自科研、教育、医疗、农业和社区"
						+ "服务一线的女性荣获表彰，会议号召广大妇女在新的征程上再立新功。会上，受表彰的代表分享了工作体会。一位乡村教师"
						+ "说，她在村小教书二十年，最大的心愿是让每个孩子都能走出大山。一位科学家表示，要把论文写在祖国大地上。会议要求"
						+ "各级妇联组织认真学习先进事迹，团结引导广大妇女建功立业。")) {
					line(content, type, 10.5f, 60, y, text);
					y -= 16;
				}
				line(content, type, 22, 60, y - 30, "春耕备耕有序展开");
				y -= 70;
				for (String text : body("本报石家庄2月26日电　眼下，河北各地抢抓农时，春耕备耕工作有序展开。在邢台市的一处农业合作"
						+ "社，技术人员正在调试新购置的播种机械，仓库里整齐码放着化肥和良种。合作社负责人介绍，今年他们扩大了优质小麦的"
						+ "种植面积，预计亩均增产一成左右。当地农业部门组织专家深入田间地头，帮助农户解决生产中遇到的实际困难。")) {
					line(content, type, 10.5f, 60, y, text);
					y -= 16;
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			typeset = out.toByteArray();
		}
		return Optional.of(withRadicals(typeset));
	}

	/** A paragraph set 36 characters a line. */
	private static List<String> body(String paragraph) {
		return Stream.iterate(0, i -> i < paragraph.length(), i -> i + 36)
			.map(i -> (i == 0 ? "　　" : "") + paragraph.substring(i, Math.min(paragraph.length(), i + 36)))
			.toList();
	}

	private static void line(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
			throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}

	/** The fonts' ToUnicode maps give each ideograph of {@link #RADICALS} as its radical. */
	private static byte[] withRadicals(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDPage page = document.getPage(0);
			for (COSName name : page.getResources().getFontNames()) {
				COSStream map = (COSStream) page.getResources().getFont(name).getCOSObject()
					.getDictionaryObject(COSName.TO_UNICODE);
				String cmap;
				try (var in = map.createInputStream()) {
					cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
				}
				cmap = singleCodes(cmap);
				for (Map.Entry<Character, Character> r : RADICALS.entrySet()) {
					cmap = cmap.replace("<%04X>".formatted((int) r.getKey()), "<%04X>".formatted((int) r.getValue()));
				}
				try (OutputStream out = map.createOutputStream()) {
					out.write(cmap.getBytes(StandardCharsets.ISO_8859_1));
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static final java.util.regex.Pattern RANGES = java.util.regex.Pattern
		.compile("\\d+ beginbfrange\\s*(.*?)endbfrange", java.util.regex.Pattern.DOTALL);

	private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern
		.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]{4})>");

	/** Ranges of codes (two consecutive ideographs) written out code by code, so one can be changed alone. */
	private static String singleCodes(String cmap) {
		return RANGES.matcher(cmap).replaceAll(ranges -> {
			StringBuilder codes = new StringBuilder();
			int count = 0;
			java.util.regex.Matcher range = RANGE.matcher(ranges.group(1));
			while (range.find()) {
				int from = Integer.parseInt(range.group(1), 16);
				int to = Integer.parseInt(range.group(2), 16);
				int unicode = Integer.parseInt(range.group(3), 16);
				for (int code = from; code <= to; code++, count++) {
					codes.append(("<%0" + range.group(1).length() + "X> <%04X>\n").formatted(code, unicode + code - from));
				}
			}
			return java.util.regex.Matcher.quoteReplacement(count + " beginbfchar\n" + codes + "endbfchar");
		});
	}

	/** {@code RadicalsPdf OUT.pdf}: writes the page. */
	public static void main(String[] args) throws IOException {
		Files.write(Path.of(args[0]), page().orElseThrow(() -> new IllegalStateException(MISSING)));
	}

}
