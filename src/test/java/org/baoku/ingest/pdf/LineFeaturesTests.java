package org.baoku.ingest.pdf;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a line stands against the page's running text, whatever engine placed it. */
class LineFeaturesTests {

	private static PageLines.Line line(String text, double left, double right, double baseline, double size) {
		return new PageLines.Line(text, left, baseline - size, right, baseline, size, "UMingCN", false, text.length(),
				Map.of());
	}

	@Test
	void aHeaderStandsApartFromTheTextAndABriefsLabelRightOverIt() {
		PageLines.Line header = line("第2版 综合", 500, 560, 50, 10);
		PageLines.Line label = line("快讯", 300, 330, 80, 15);
		PageLines.Line first = line("1月27日至2月21日，已有6亿人次使用", 300, 480, 96, 10);
		PageLines.Line second = line("在线问诊、行程查询等十大类服务。", 300, 460, 110, 10);
		PageLines.Line aside = line("另一栏的正文，与快讯并排而立，", 40, 220, 96, 10);
		List<Map<String, Double>> features = LineFeatures.of(List.of(header, label, first, second, aside), 600, 800, 10);

		assertThat(features.get(0)).containsEntry("textAbove", 20.0).containsEntry("textBelow", 20.0);
		assertThat(features.get(1).get("textBelow")).isEqualTo(1.6, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(features.get(1)).containsEntry("textAbove", 20.0);
		assertThat(features.get(2).get("textBelow")).isEqualTo(1.4, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(features.get(3).get("textAbove")).isEqualTo(1.4, org.assertj.core.data.Offset.offset(1e-9));
		// A column beside is not above or below.
		assertThat(features.get(4)).containsEntry("textAbove", 20.0).containsEntry("textBelow", 20.0);
		assertThat(features.get(3)).containsEntry("fullStop", 1.0).containsEntry("bracketClosed", 0.0);
		Map<String, Double> credit = LineFeatures.of(List.of(line("生。”（记者王芳）", 300, 400, 96, 10)), 600, 800, 10).get(0);
		assertThat(credit).containsEntry("bracketClosed", 1.0).containsEntry("fullStop", 0.0);
		assertThat(features).allSatisfy(f -> assertThat(f.keySet()).containsExactlyElementsOf(LineFeatures.NAMES));
	}

}
