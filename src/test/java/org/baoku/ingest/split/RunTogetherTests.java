package org.baoku.ingest.split;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Texts the extracted page runs together, or pieces of one text it sets apart: where they are cut and joined. */
class RunTogetherTests {

	private final PageSplitter splitter = new PageSplitter();

	@Test
	void aColumnTagWrappedOntoALineOfItsOwnStillClosesATitle() {
		String page = """
				城市书房开到了家门口，读书的人多了，借书的人也多了。城市书房的灯光
				亮到晚上十点，下班的年轻人、放学的孩子都愿意来这里坐一坐。

				读书是一座城市最好的风景。城市书房越开越多，书香就越来越浓，一座
				城市的文明程度，也写在每一个城市书房的灯光里。

				菜市场改造以后，摊位整齐了，地面干净了，买菜的老人们说菜市场终于
				像个样子了。菜市场的电子秤统一校准，菜价每天公示在菜市场门口。

				菜市场连着千家万户的餐桌。把菜市场管好，就是把群众的菜篮子管好，
				菜市场虽小，却是检验城市治理的一面镜子。

				书香满城
				好风景（今日谈）

				老城区十二个菜市场完成改造

				管好群众的菜篮子
				（民生观察）
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).extracting(a -> a.headline().full())
			.containsExactly("书香满城好风景（今日谈）", "老城区十二个菜市场完成改造 管好群众的菜篮子 （民生观察）");
		assertThat(articles.get(0).body()).startsWith("城市书房开到了家门口").endsWith("城市书房的灯光里。");
		assertThat(articles.get(1).body()).startsWith("菜市场改造以后").endsWith("检验城市治理的一面镜子。");
	}

}
