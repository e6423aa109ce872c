package org.baoku.ingest.split;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The rules issue 9 names, each on a small page of its own. */
class SplitterRulesTests {

	private final PageSplitter splitter = new PageSplitter();

	private SplitArticle only(String page, String headlineWord) {
		List<SplitArticle> found = splitter.split(page).articles().stream()
			.filter(a -> a.headline().full().contains(headlineWord))
			.toList();
		assertThat(found).as("articles with %s in the headline", headlineWord).hasSize(1);
		return found.get(0);
	}

	@Test
	void aShortBylineClosingTheTextStaysInItAsPrintedATeamsCreditLineIsKeptInTheBylineOnly() {
		String page = """
				本报广州2月25日电 记者从日前召开的全国公共法律服务工作会议上获悉，覆盖全业务、全时空的法律
				服务网络基本建成。（记者贺林平）

				公共法律服务网络初步形成

				本报北京2月19日电 为做好疫情防控，近期多地积极行动、出台措施，规范疫情防控期间的供水
				管理，提高防控等级，加大余氯检测频次。（记者钟自炜 张文 史自强 张腾扬 郝迎灿）

				多地加强供水安全保障
				""";
		SplitArticle one = only(page, "法律服务");
		assertThat(one.body()).startsWith("本报广州2月25日电 记者从日前").endsWith("基本建成。（记者贺林平）");
		assertThat(one.reporterNames()).containsExactly("贺林平");
		SplitArticle team = only(page, "供水");
		assertThat(team.body()).startsWith("本报北京2月19日电 为做好疫情防控").endsWith("加大余氯检测频次。");
		assertThat(team.reporterNames()).containsExactly("钟自炜", "张文", "史自强", "张腾扬", "郝迎灿");
	}

	@Test
	void aCreditOnALineOfItsOwnClosesTheCaptionRightBeforeIt() {
		String page = """
				本报北京2月19日电 为做好疫情防控，近期多地积极行动、出台措施，规范疫情防控期间的供水
				管理，提高防控等级，加大余氯检测频次。（记者钟自炜）

				多地加强供水安全保障

				图为专职保洁人员在浙江省湖州市长兴县的河道内进行河道护理巡查。

				新华社记者 徐 昱摄
				""";
		List<SplitArticle> photos = splitter.split(page).articles().stream().filter(SplitArticle::isPhoto).toList();
		assertThat(photos).singleElement().satisfies(p -> {
			assertThat(p.body()).startsWith("图为专职保洁人员").endsWith("河道护理巡查。");
			assertThat(p.reporterNames()).containsExactly("徐昱");
		});
	}

	@Test
	void aColumnsLabelSetAloneAfterATextIsNoSignatureAndItsBriefsAreArticlesOfTheirOwn() {
		String page = """
				本报讯（记者 陈玲玲）5月1日，新修改的交通安全法开始施行，丁某因使用伪造的机动车驾驶证，
				并且是无证驾驶，被扣留该机动车，拘留18日，并处以4100元罚款。

				我县“假证被拘”第一人现身

				简讯

				近日，县质监局对液化气充装站的压力容器、学校和医院的锅炉、大型商场和宾馆的电梯等进行检查，
				检查的重点为安全生产责任制的落实情况。（陈玲玲 林娟）
				为纪念中国共产党成立90周年，县教育局联合县新华书店陆续举办征文比赛、演讲比赛、讲故事比赛
				等四项爱国主义读书教育活动。（陈维连 陈传撑）
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).noneMatch(a -> a.reporterNames().contains("简讯"));
		assertThat(articles).filteredOn(a -> a.body().startsWith("近日，县质监局")).singleElement()
			.satisfies(a -> assertThat(a.reporterNames()).containsExactly("陈玲玲", "林娟"));
		assertThat(articles).filteredOn(a -> a.body().startsWith("为纪念中国共产党")).singleElement()
			.satisfies(a -> assertThat(a.reporterNames()).containsExactly("陈维连", "陈传撑"));
	}

	@Test
	void theEventDayIsReadAfterTheDatelineAndBylineTheBodyKeeps() {
		String page = """
				本报讯（记者 赵六）3月5日，复核测试的正文在这里，这一段正文足够长，可以单独成为一篇文章的正文。

				复核测试开展
				""";
		SplitArticle a = only(page, "复核测试");
		assertThat(a.body()).startsWith("本报讯（记者 赵六）3月5日，");
		assertThat(a.eventDay()).isEqualTo(new EventDay(3, 5));
	}

	@Test
	void paperDatelineWithBylineInParentheses() {
		String page = """
				本报北京10月10日电（记者陆娅楠、王浩）国家发展改革委10日发布消息，今年前三季度全国
				铁路完成固定资产投资较快增长，重点项目建设有序推进，运输能力稳步提升。

				铁路投资稳步增长
				""";
		SplitArticle a = only(page, "铁路投资");
		assertThat(a.dateline()).isEqualTo("本报北京10月10日电");
		assertThat(a.reporterNames()).containsExactly("陆娅楠", "王浩");
		assertThat(a.body()).startsWith("本报北京10月10日电（记者陆娅楠、王浩）国家发展改革委10日发布消息");
	}

	@Test
	void bylineOnItsOwnLineAboveTheDateline() {
		String page = """
				本报记者 章念生 吴乐珺
				本报华盛顿1月5日电 美国多地近日举行集会，民众呼吁政府把更多精力放在
				国内民生上，减少对外军事干预，相关讨论持续升温。

				美国多地民众举行集会
				""";
		SplitArticle a = only(page, "集会");
		assertThat(a.reporterNames()).containsExactly("章念生", "吴乐珺");
		assertThat(a.dateline()).isEqualTo("本报华盛顿1月5日电");
	}

	@Test
	void datelinePrintedAfterTheBody() {
		String page = """
				意大利1月1日开始向大型科技公司征收其在意营业额3%作为数字税，该政策适用于全球
				营业额不低于7.5亿欧元的企业，此举引发广泛关注和讨论。
				（本报罗马1月1日电）

				意大利开征数字税
				""";
		SplitArticle a = only(page, "数字税");
		assertThat(a.dateline()).isEqualTo("本报罗马1月1日电");
		assertThat(a.body()).endsWith("此举引发广泛关注和讨论。");
	}

	@Test
	void datelineBrokenOverABlankLineUnderItsHeadline() {
		String page = """
				机场新航站楼下月启用
				据 新 华 社 广 州 3 月 1

				日电 （记者 林晓）新航站楼下月正式启用，可满足年旅客吞吐量
				八千万人次的需求，配套的轨道交通线路将同步开通运营。
				""";
		SplitArticle a = only(page, "航站楼");
		assertThat(a.headline().full()).isEqualTo("机场新航站楼下月启用");
		assertThat(a.dateline()).isEqualTo("据新华社广州3月1日电");
		assertThat(a.reporterNames()).containsExactly("林晓");
	}

	@Test
	void bylineBrokenOverABlankLineAfterItsDateline() {
		String page = """
				温铎：
				忠于职守 不怕牺牲（英雄烈士谱） 据新华社金边 1 月 21 日电（记

				者 毛鹏飞 高炳南）柬埔寨国防部今天为中国军医专家组颁发勋章，
				表彰他们为当地医疗卫生事业发展作出的贡献。

				中国军医专家组获颁勋章
				""";
		SplitArticle a = only(page, "勋章");
		assertThat(a.dateline()).isEqualTo("据新华社金边1月21日电");
		assertThat(a.reporterNames()).containsExactly("毛鹏飞", "高炳南");
		assertThat(a.body()).startsWith("据新华社金边1月21日电（记者 毛鹏飞 高炳南）柬埔寨国防部");
	}

	@Test
	void datelineWithTheYearAtTheTurnOfTheYear() {
		String page = """
				新华社北京 2019 年 12 月 31 日电 国务院近日印发通知，部署做好岁末年初
				安全生产工作，要求各地压实责任，加强重点行业领域排查整治。

				部署岁末年初安全生产
				""";
		assertThat(only(page, "安全生产").dateline()).isEqualTo("新华社北京2019年12月31日电");
	}

	@Test
	void boldHeadlineRunOntoTheTextBelowItIsABlockOfItsOwn() {
		String page = """
				古城墙修缮完工古城墙修缮完工
				历时两年的古城墙修缮工程近日完工，
				修缮后的城墙将于春节前对游客开放。

				把 好 第 一 道 关把 好 第 一 道 关社区防控工作全面铺开，各社区
				对进出人员逐一登记，做到不漏一户、不漏一人。
				""";
		assertThat(PageReader.read(page)).extracting(b -> b.text("/")).containsExactly("古城墙修缮完工",
				"历时两年的古城墙修缮工程近日完工，/修缮后的城墙将于春节前对游客开放。", "把好第一道关",
				"社区防控工作全面铺开，各社区/对进出人员逐一登记，做到不漏一户、不漏一人。");
	}

	@Test
	void letterSpacedTitleRunOntoTheFirstLineOfItsTextIsCutOff() {
		String page = """
				古 城 换 新 颜 历时两年的古城墙修缮工程近日完工，修缮后的城墙
				将于春节前对游客开放，城墙下的步道也同步改造完成。
				""";
		assertThat(PageReader.read(page)).extracting(b -> b.text("/")).containsExactly("古城换新颜",
				"历时两年的古城墙修缮工程近日完工，修缮后的城墙/将于春节前对游客开放，城墙下的步道也同步改造完成。");
		// A loose text line spreads every character, its sentences too: it is not cut; nor are three characters set
		// apart, or a spaced title beside another title (no sentence after it).
		assertThat(PageReader.read("修 缮 后 的 城 墙 将 于 春 节 前 对 游 客 开 放 ，\n")).extracting(b -> b.text("/"))
			.containsExactly("修缮后的城墙将于春节前对游客开放，");
		assertThat(FrameCutter.spacedHeadlineEnd("古 城 新 历时两年的古城墙修缮工程近日完工，")).isEqualTo(-1);
		assertThat(FrameCutter.spacedHeadlineEnd("古 城 换 新 颜 城墙步道同步改造完成")).isEqualTo(-1);
	}

	@Test
	void twoTitlesClosedByColumnTagsOverOneTextAreTwoArticles() {
		String page = """
				城市书房开到了家门口，读书的人多了，借书的人也多了。城市书房的灯光
				亮到晚上十点，下班的年轻人、放学的孩子都愿意来这里坐一坐。

				读书是一座城市最好的风景。城市书房越开越多，书香就越来越浓，一座
				城市的文明程度，也写在每一个城市书房的灯光里。

				菜市场改造以后，摊位整齐了，地面干净了，买菜的老人们说菜市场终于
				像个样子了。菜市场的电子秤统一校准，菜价每天公示在菜市场门口。

				菜市场连着千家万户的餐桌。把菜市场管好，就是把群众的菜篮子管好，
				菜市场虽小，却是检验城市治理的一面镜子。

				书香满城好风景（今日谈）
				管好群众的菜篮子（人民时评）

				本报杭州3月5日电 新建的高铁站今天正式投入运营，首日共开行高铁列车
				六十对，高铁站配套的公交线路和出租车停靠点同步启用。

				旅客从市区到高铁站乘坐地铁只需二十分钟，高铁站与机场之间也开通了
				直达的接驳巴士，方便旅客换乘。

				新高铁站投入运营
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).extracting(a -> a.headline().full())
			.containsExactly("书香满城好风景（今日谈）", "管好群众的菜篮子（人民时评）", "新高铁站投入运营");
		assertThat(articles.get(0).body()).startsWith("城市书房开到了家门口").endsWith("城市书房的灯光里。");
		assertThat(articles.get(1).body()).startsWith("菜市场改造以后").endsWith("检验城市治理的一面镜子。");
		// the second title cuts the text it was over, never another article's
		assertThat(articles.get(2).body()).startsWith("本报杭州3月5日电 新建的高铁站").endsWith("方便旅客换乘。");
	}

	@Test
	void boldTitleEndingWithItsColumnTagEndsItsHeadline() {
		String page = """
				浙江浙江 外贸订单稳中有升（进一步做好“六稳”工作）外贸订单稳中有升（进一步做好“六稳”工作）
				市政府召开常务会议
				部署春季农业生产
				""";
		assertThat(PageReader.read(page)).extracting(b -> b.text("/"))
			.containsExactly("浙江 外贸订单稳中有升（进一步做好“六稳”工作）", "市政府召开常务会议/部署春季农业生产");
	}

	@Test
	void indentedFirstLineCutOffByAColumnBreakIsText() {
		String page = """
				本报上海3月2日电 新建的城市书房
				已有十二家对市民开放，开放时间延
				长到晚上十点，深受市民欢迎。

				周末来书房阅读的市民不少是

				青年人，他们常常带着孩子一起来
				这里看书，参加书房的亲子活动。

				城市书房受市民欢迎
				""";
		List<Block> blocks = PageReader.read(page);
		assertThat(blocks.get(1).text("")).isEqualTo("周末来书房阅读的市民不少是");
		assertThat(BlockClassifier.classify(blocks).get(1)).isEqualTo(BlockKind.BODY);
		assertThat(only(page, "城市书房").body()).contains("市民不少是青年人");
	}

	@Test
	void textContinuedAfterAnotherArticleRejoinsItsOwn() {
		String page = """
				本报杭州3月5日电 全市公共图书馆今年将新增二十个城市书房，
				图书馆总馆将为每个城市书房配送图书，读者可在任意一个城市书房
				借还图书馆的图书，图书馆还将延长城市书房的开放时间，并

				本报杭州3月5日电 新建的高铁站今天正式投入运营，首日共开行
				高铁列车六十对，高铁站配套的公交线路和出租车停靠点同步启用。

				高铁站运营后，旅客从市区到高铁站乘坐地铁只需二十分钟，高铁
				站与机场之间也开通了直达的高铁接驳巴士，方便旅客换乘高铁。

				在每个城市书房配备自助借还设备，读者办理借书证后即可在城市
				书房借阅图书馆的全部图书，图书馆预计全年借阅量将翻一番。

				城市书房将增加二十个

				新高铁站投入运营
				""";
		SplitArticle library = only(page, "城市书房");
		assertThat(library.body()).contains("并在每个城市书房配备自助借还设备").endsWith("全年借阅量将翻一番。");
		assertThat(only(page, "高铁站").body()).doesNotContain("城市书房");
	}

	@Test
	void boldSectionHeadingsOfTwoLinesKeepAFeatureWhole() {
		String page = """
				本报讯 记者近日走访发现，全市社区食堂越开越多，社区
				食堂为附近老人提供方便实惠的一日三餐，社区食堂也成了
				老人们聊天交流的好去处，不少老人每天都来社区食堂吃饭。

				%s
				%s

				食堂的厨师每天清早去市场采购新鲜蔬菜，按照营养搭配
				制定每周菜谱，菜品少油少盐，软烂易嚼，适合牙口不好的
				人食用，一荤两素一汤只要十二元，困难家庭还有补贴。

				%s
				%s

				每到饭点，总有志愿者帮忙打饭送餐，行动不便的人可以
				打电话预约，志愿者把热乎乎的饭菜送到家里，顺便陪他们
				说说话，看看家里的水电煤气是否安全，再记下需要的帮助。

				全市社区食堂越开越多

				本报讯 城西公园改造工程昨天完工，公园新增步道三公里，
				新种树木两千余株，还建成了儿童游乐场和健身广场，周边
				居民散步健身有了好去处，公园将全天向市民免费开放。

				城西公园改造完工开放
				""".formatted(PageVariants.doubled("饭菜可口价格实惠吃得"), PageVariants.doubled("舒心又放心"),
				PageVariants.doubled("志愿服务让吃饭这件事"), PageVariants.doubled("多了一份温度"));
		SplitArticle feature = only(page, "社区食堂");
		assertThat(feature.body()).startsWith("本报讯").contains("厨师每天清早", "志愿者帮忙打饭")
			.endsWith("再记下需要的帮助。");
		assertThat(only(page, "城西公园").body()).doesNotContain("食堂");
	}

	@Test
	void aReportSignedAtItsHeadAndAgainAtItsFootByAnotherIsDoubted() {
		assertThat(ArticleReader.signedTwice("本报讯（记者 王明）全市今年新建公园十座。\n新建的公园全部免费开放。（记者 李华）"))
			.isTrue();
		assertThat(ArticleReader.signedTwice("本报讯（记者 王明）全市今年新建公园十座。\n新建的公园全部免费开放。（记者 王明 李华）"))
			.as("the same reporter again").isFalse();
		assertThat(ArticleReader.signedTwice("本报讯（记者 王明）全市今年新建公园十座。\n新建的公园全部免费开放。（李华 摄）"))
			.as("a photographer's credit").isFalse();
		assertThat(ArticleReader.signedTwice("全市今年新建公园十座。\n新建的公园全部免费开放。（记者 李华）")).isFalse();
		SplitArticle two = new PageSplitter().split("""
				本报讯（记者 王明）全市今年新建公园十座，新建的公园全部免费
				开放，公园里建有步道、健身广场和儿童游乐场。

				市民在公园里散步健身，不少人说家门口的公园多了，周末不用
				再开车去郊外了。（记者 李华）

				全市新建公园十座
				""").articles().get(0);
		assertThat(two.needsReview()).isTrue();
		assertThat(two.doubts()).contains(Doubts.SIGNED_TWICE);
	}

	@Test
	void aBylineThatDoesNotFitItsDatelineIsDoubted() {
		assertThat(BylineFit.misfits("新华社北京1月19日电", "本报记者 王明")).as("the paper's reporter, an agency dispatch")
			.isTrue();
		assertThat(BylineFit.misfits("本报北京1月19日电", "新华社记者 李华")).as("an agency reporter, the paper's dispatch")
			.isTrue();
		assertThat(BylineFit.misfits("本报北京5月11日电", "本报记者 王明 （记者 李华）")).as("signed apart and in brackets")
			.isTrue();
		assertThat(BylineFit.misfits("本报北京5月11日电", "本报记者 王明 （记者 王明明）")).as("another name holding the first")
			.isTrue();
		assertThat(BylineFit.misfits("本报北京5月11日电", "本报记者 王明 （记者 王明）")).as("the same reporter twice").isFalse();
		assertThat(BylineFit.misfits("本报北京5月11日电", "本报记者 王明、李华 （记者 李华 王明）"))
			.as("the same reporters in another order").isFalse();
		assertThat(BylineFit.misfits("新华社北京1月19日电", "本报记者 王明 新华社记者 李华")).as("both desks sign").isFalse();
		assertThat(BylineFit.misfits("据新华社北京1月19日电", "本报记者 王明整理")).as("the paper's own work from a dispatch")
			.isFalse();
		assertThat(BylineFit.misfits("本报北京5月11日电", "（记者 王明）")).isFalse();
		assertThat(BylineFit.misfits("新华社北京1月19日电", "新华社记者 李华")).isFalse();
		assertThat(BylineFit.misfits("本报北京1月19日电", "新华社记者 李华 摄")).as("a photo credit").isFalse();
		assertThat(BylineFit.misfits(null, "本报记者 王明")).isFalse();
		SplitArticle signed = new PageSplitter().split("""
				全市新建公园十座

				本报记者 王明

				新华社北京1月19日电 全市今年新建公园十座，新建的公园全部免费
				开放，公园里建有步道、健身广场和儿童游乐场。
				""").articles().get(0);
		assertThat(signed.byline()).contains("本报记者 王明");
		assertThat(signed.doubts()).contains(Doubts.BYLINE_MISFITS);
	}

	@Test
	void aHeadlineWhosePartsAreEachFoundInOnlyOneHalfOfTheTextIsDoubted() {
		Headline headline = new Headline("外长会见来访的日本客人", "博物馆里过大年", null);
		String visit = "外长今天在北京会见来访的日本客人，双方就两国关系交换了意见。外长表示，愿同日本客人加强沟通。".repeat(3);
		String museum = "春节期间，全市博物馆推出新春特展，市民走进博物馆里过大年，感受传统文化的魅力。".repeat(3);
		assertThat(HeadlinePartsApart.found(headline, visit + "\n" + museum)).isTrue();
		assertThat(HeadlinePartsApart.found(headline, museum + "\n" + visit)).as("either part may come first").isTrue();
		assertThat(HeadlinePartsApart.found(headline, visit + museum + "\n" + museum + visit))
			.as("one report: both parts run through its text").isFalse();
		assertThat(HeadlinePartsApart.found(new Headline("外长：", "博物馆里过大年", null), visit + "\n" + museum))
			.as("a part too short to tell").isFalse();
		assertThat(HeadlinePartsApart.found(headline, visit.substring(0, 60) + "\n" + museum))
			.as("too little text before the break").isFalse();
		assertThat(HeadlinePartsApart.found(headline, visit + "\n" + museum.substring(0, 60)))
			.as("too little text after it").isFalse();
		assertThat(HeadlinePartsApart.found(new Headline("外长会见来访的日本客人", "双方交换了意见", null), visit + "\n" + museum))
			.as("both parts found before the break: a text run on past its report, HeadlessTail's case").isFalse();
		assertThat(HeadlinePartsApart.found(new Headline(null, "博物馆里过大年", "外长会见来访的日本客人"), visit + "\n" + museum))
			.as("a title and its subtitle").isTrue();
		Map<String, Double> plain = new HashMap<>();
		ArticleSignals.NAMES.forEach(name -> plain.put(name, 0.0));
		SplitArticle article = new SplitArticle(headline, null, null, null, List.of(), false, visit + "\n" + museum)
			.assessed(plain);
		assertThat(article.needsReview()).isTrue();
		assertThat(article.doubts()).contains(Doubts.PARTS_APART);
	}

	@Test
	void aTextWhoseLongRestSharesNoWordWithItsHeadlineIsDoubted() {
		Headline headline = new Headline(null, "全市新建公园十座", null);
		String own = "全市今年新建公园十座，公园里建有步道、健身广场和儿童游乐场。".repeat(4);
		String other = "高铁站今天正式投入运营，首日开行列车六十对，配套的公交线路和出租车停靠点同步启用。".repeat(8);
		assertThat(HeadlessTail.found(headline, own + "\n" + other)).isTrue();
		assertThat(HeadlessTail.found(headline, own + "\n" + other + "站前还建了一座公园。"))
			.as("the rest uses a headline word").isFalse();
		assertThat(HeadlessTail.found(headline, (own + "\n").repeat(12) + other))
			.as("the last section of a long text").isFalse();
		assertThat(HeadlessTail.found(headline, own + "\n" + other.substring(0, 200)))
			.as("a rest too short to be a report of its own").isFalse();
		assertThat(HeadlessTail.found(headline, own.substring(0, 60) + "\n" + other))
			.as("too little text before the break").isFalse();
		assertThat(HeadlessTail.found(headline, other.substring(0, 120) + "\n" + other))
			.as("a headline that shares no words with its text before the break either").isFalse();
		StringBuilder page = new StringBuilder();
		for (String paragraph : List.of("本报讯 " + own, other)) {
			for (int at = 0; at < paragraph.length(); at += 26) {
				page.append(paragraph, at, Math.min(paragraph.length(), at + 26)).append('\n');
			}
			page.append('\n');
		}
		SplitArticle article = new PageSplitter().split(page + "全市新建公园十座\n").articles().get(0);
		assertThat(article.needsReview()).isTrue();
		assertThat(article.doubts()).contains(Doubts.HEADLESS_TAIL);
	}

	@Test
	void textGoingOnInsideABrokenWordAfterAClosedArticleRejoinsItsOwn() {
		String page = """
				本报杭州3月5日电 全市公共图书馆今年将新增二十个城市书房，
				读者可在任意一个城市书房借还图书，城市书房每天开放十二小

				本报讯 新建的高铁站今天正式投入运营，首日共开行高铁列车六十
				对，高铁站配套的公交线路和出租车停靠点同步启用。（记者 王明）

				时，周末还将举办亲子阅读和读书分享活动，欢迎市民前往。

				城市书房将增加二十个

				新高铁站投入运营
				""";
		assertThat(only(page, "城市书房").body()).contains("开放十二小时，周末").endsWith("欢迎市民前往。");
		assertThat(only(page, "高铁站").body()).doesNotContain("城市书房");
	}

	@Test
	void signalsSayWhatATextCutInTwoAndAHeadlineLeftByItsTextLookLike() {
		String library = "全市公共图书馆今年将新增二十个城市书房，读者可在任意一个城市书房借还图书。";
		String rail = "新建的高铁站今天正式投入运营，首日开行列车六十对，配套公交线路同步启用。";
		String page = "本报讯 " + library.repeat(3) + "\n\n" + "本报讯 城市书房每天开放十二小时，" + library.repeat(2) + "\n\n"
				+ "本报讯 " + rail.repeat(2) + "\n\n" + "新增二十个城市书房\n\n城市书房开放十二小时\n\n新高铁站投入运营\n";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).hasSize(3);
		Map<String, Double> first = only(page, "新增二十个").signals();
		Map<String, Double> last = only(page, "高铁站").signals();
		assertThat(first.get("neighbour_likeness")).as("reads like the text beside it, not like the page's other")
			.isGreaterThan(last.get("neighbour_likeness") + 0.2);
		assertThat(ConfidenceModel.reasons(first)).as("the reason an editor reads").contains(Doubts.LIKE_NEIGHBOUR);
		assertThat(ConfidenceModel.reasons(last)).doesNotContain(Doubts.LIKE_NEIGHBOUR);
		assertThat(first.get("headline_in_lead")).isEqualTo(1.0);
		assertThat(first.get("headline_least_window")).as("a body too short for two stretches").isEqualTo(1.0);
		StringBuilder longer = new StringBuilder();
		for (String paragraph : List.of("本报讯 " + library.repeat(3), rail.repeat(12))) {
			for (int at = 0; at < paragraph.length(); at += 26) {
				longer.append(paragraph, at, Math.min(paragraph.length(), at + 26)).append('\n');
			}
		}
		Map<String, Double> glued = splitter.split(longer + "\n新增二十个城市书房\n").articles().get(0).signals();
		assertThat(glued.get("headline_least_window")).as("a stretch with none of the headline's words").isZero();
	}

	@Test
	void aKickerOrSubtitleOfOneOrTwoCharactersIsDoubtedAsABrokenOffPiece() {
		assertThat(new Headline(null, "中柬文化旅游年在金边开幕", "南").hasFragment()).isTrue();
		assertThat(new Headline("高 炳", "中柬文化旅游年在金边开幕", null).hasFragment()).isTrue();
		assertThat(new Headline("拉萨：", "民生物资供应充足", null).hasFragment()).as("a short kicker with its mark").isFalse();
		assertThat(new Headline("更便捷", "民生物资供应充足", "——访一位店主").hasFragment()).isFalse();
		String body = "本报讯 全市公共图书馆今年将新增二十个城市书房，读者可在任意一个城市书房借还图书。";
		SplitArticle broken = new SplitArticle(new Headline(null, "城市书房增加二十个", "南"), null, null, null,
				List.of(), false, body);
		assertThat(broken.laidOut(true, false).doubts()).containsExactly(Doubts.HEADLINE_FRAGMENT);
		assertThat(broken.assessed(splitter.split(body + "\n\n城市书房增加二十个\n").articles().get(0).signals())
			.doubts()).contains(Doubts.HEADLINE_FRAGMENT);
	}

	@Test
	void aHeadlineThatIsOnlyAColumnTagIsDoubted() {
		assertThat(new Headline(null, "（来自抗疫一线的报道）", null).isColumnTagOnly()).isTrue();
		assertThat(new Headline(null, "城市书房增加二十个（今日谈）", null).isColumnTagOnly()).isFalse();
		assertThat(new Headline("城市书房增加二十个", "（今日谈）", null).isColumnTagOnly()).isFalse();
		String body = "本报讯 全市公共图书馆今年将新增二十个城市书房，读者可在任意一个城市书房借还图书。";
		SplitArticle tagOnly = new SplitArticle(new Headline(null, "（来自抗疫一线的报道）", null), null, null, null,
				List.of(), false, body);
		assertThat(tagOnly.laidOut(true, false).doubts()).containsExactly(Doubts.TAG_ONLY_HEADLINE);
		assertThat(tagOnly.assessed(splitter.split(body + "\n\n城市书房增加二十个\n").articles().get(0).signals())
			.doubts()).contains(Doubts.TAG_ONLY_HEADLINE);
		SplitArticle titled = new SplitArticle(new Headline(null, "城市书房增加二十个（今日谈）", null), null, null, null,
				List.of(), false, body);
		assertThat(titled.laidOut(true, false).doubts()).isEmpty();
	}

	/** A text seven and more times as long as its page's others is doubted, however well its headline fits. */
	@Test
	void aTextManyTimesLongerThanThePagesOthersIsDoubted() {
		String body = "本报讯 全市公共图书馆今年将新增二十个城市书房，读者可在任意一个城市书房借还图书。";
		SplitArticle article = new SplitArticle(new Headline(null, "城市书房增加二十个", null), null, null, null,
				List.of(), false, body);
		Map<String, Double> signals = new HashMap<>(splitter.split(body + "\n\n城市书房增加二十个\n").articles().get(0).signals());
		assertThat(article.assessed(signals).doubts()).doesNotContain(Doubts.LONG_BODY);
		signals.put("length_ratio", 2.1);
		assertThat(article.assessed(signals).doubts()).containsOnlyOnce(Doubts.LONG_BODY);
		signals.put("length_ratio", 1.9);
		assertThat(article.assessed(signals).doubts()).doesNotContain(Doubts.LONG_BODY);
	}

	@Test
	void aLongOpeningDatelineAndBylineStayInTheirFieldsOnly() {
		String text = "全市公共图书馆今年将新增二十个城市书房，读者可在任意一个城市书房借还图书。";
		String team = "本报北京3月5日电（记者 王明、李华、张强、赵刚、刘洋、陈静、周涛）" + text + "\n\n城市书房将增加二十个\n";
		SplitArticle article = only(team, "城市书房");
		assertThat(article.body()).as("33 characters before the text: kept in the fields").startsWith("全市公共图书馆");
		assertThat(article.dateline()).isEqualTo("本报北京3月5日电");
		assertThat(article.reporterNames()).containsExactly("王明", "李华", "张强", "赵刚", "刘洋", "陈静", "周涛");
		String one = "本报北京3月5日电（记者 王明）" + text + "\n\n城市书房将增加二十个\n";
		assertThat(only(one, "城市书房").body()).as("a short one stays as printed").startsWith("本报北京3月5日电（记者 王明）");
		String twice = "本报北京3月5日电（记者 王明、李华、张强、赵刚、刘洋、陈静、周涛）" + text + "\n\n" + text
				+ "（记者 孙丽）\n\n城市书房将增加二十个\n";
		SplitArticle glued = only(twice, "城市书房");
		assertThat(glued.body()).as("signed at its foot by another: kept, for the doubt").startsWith("本报北京3月5日电");
		assertThat(glued.doubts()).contains(Doubts.SIGNED_TWICE);
	}

	@Test
	void headlineStartRunOntoTheLastLineOfTheColumnBesideItIsPutBack() {
		String page = """
				本报讯 全市公共图书馆今年将新增二十个城市书房，读者可在任意一个
				城市书房借还图书，每天开放十二小时，周末还将举办阅读活动。

				新华社北京3月5日电 本市第二十届青少年科技节今天开幕，来自各区
				的学生带来了机器人和航模作品，科技节将持续一周。 图书馆新增二十

				个城市书房

				本报讯 新建的高铁站今天正式投入运营，首日开行列车六十对。

				青少年科技节开幕
				""";
		assertThat(only(page, "城市书房").headline().full().replace(" ", "")).isEqualTo("图书馆新增二十个城市书房");
		assertThat(only(page, "科技节").body()).endsWith("科技节将持续一周。");
		String noEvidence = page.replace("新增二十个城市书房，读者", "建设城市书房，读者");
		assertThat(new PageSplitter().split(noEvidence).articles())
			.as("the words across the break stand nowhere else on the page: the line is left as it is")
			.noneMatch(a -> a.headline().full().replace(" ", "").equals("图书馆新增二十个城市书房"));
		String evidence = "全市今年新增二十个城市书房，方便读者借书。\n\n";
		String afterSentence = evidence + "读者可就近借还图书。 图书馆新增二十\n\n个城市书房\n";
		assertThat(LevelHeadlineStarts.mend(afterSentence.split("\n", -1)))
			.contains(FrameCutter.FRAME_START + "图书馆新增二十");
		String afterDateline = evidence + "本报北京3月5日电 图书馆新增二十\n\n个城市书房\n";
		assertThat(LevelHeadlineStarts.mend(afterDateline.split("\n", -1)))
			.as("a dateline's report goes on on the next line").containsExactly(afterDateline.split("\n", -1));
	}

	@Test
	void headlineBlockWhoseLinesFitTwoBodiesIsTwoHeadlines() {
		String page = """
				本报北京2月14日电 海关总署今天发布，一月份我国外贸开局平稳，进出口总值同比增长，出口
				增长较快，进口稳中有升，外贸结构持续优化，进出口质量和效益提升，稳中提质态势明显。

				本报讯 长江经济带生态保护修复工作全面推进，沿江各省市关停污染企业，修复湿地和
				岸线，长江经济带的生态环境明显改善，生态保护修复成为长江经济带高质量发展的底色。

				外贸开局平稳
				进出口稳中提质
				长江经济带生态保护修复全面推进
				""";
		assertThat(only(page, "进出口").headline().full()).isEqualTo("外贸开局平稳进出口稳中提质");
		assertThat(only(page, "长江经济带").headline().full()).isEqualTo("长江经济带生态保护修复全面推进");
	}

	@Test
	void aHeadlineBlockHoldingTwoHeadlinesIsCutWhereEachPartFitsItsOwnTextBest() {
		// The lower title's kicker printed under the upper title's two-phrase subtitle: the evidence for a cut comes
		// from the first phrase alone, but the phrase after the space belongs to the upper title too.
		String page = """
				本报讯 省检察院日前印发检察改革规划，确定三十项改革任务，要求各级检察院完善司法责任制，
				健全法律监督机制，把责任制落实到每个办案环节，推动检察工作高质量发展。（记者 王明）

				省检察院确定三十项改革任务

				完善责任制 发挥督导作用
				市图书馆推出

				“冬日书香”
				——馆藏古籍善本新春展开展

				本报记者 李华

				本报讯 春节期间，市图书馆首次推出“冬日书香”读书季，馆藏古籍善本新春展在图书馆
				三楼展厅开展，读者可以近距离欣赏古籍善本，图书馆还安排了导览讲解和拓印体验。
				""";
		assertThat(only(page, "改革任务").headline().full().replace(" ", ""))
			.isEqualTo("省检察院确定三十项改革任务完善责任制发挥督导作用");
		assertThat(only(page, "冬日书香").headline().full().replace(" ", ""))
			.isEqualTo("市图书馆推出“冬日书香”——馆藏古籍善本新春展开展");
	}

	@Test
	void aBoldTitleClosedByItsColumnTagAfterTextBrokenOffAtTheMarginIsAHeadline() {
		// A column breaks a commentary's sentence at its margin; the next thing the extractor printed is another
		// piece's bold title, doubled, with its column tag: it ends no sentence, it is a whole title.
		String page = """
				本报讯 春节前夕，市里组织志愿者走进社区，为独居老人送去年货和春联，
				陪老人包饺子、拉家常，老人们说这个年过得格外暖心。如果说，过去的
				
				温暖在于物质的改善，今天的温暖更在于人与人之间那份真诚的牵挂与陪
				
				邻里守望见真情（今日谈）邻里守望见真情（今日谈）
				
				伴。让每一位老人都能感受到社会的关爱，正是我们共同的心愿和责任。
				""";
		List<Block> blocks = PageReader.read(page);
		List<BlockKind> kinds = BlockClassifier.classify(blocks);
		int title = blocks.stream().map(b -> b.text("")).toList().indexOf("邻里守望见真情（今日谈）");
		assertThat(title).as("the bold title is a block of its own").isNotNegative();
		assertThat(kinds.get(title)).isEqualTo(BlockKind.HEADLINE);
		// A plain line set close above it is the sentence going on: the block is text.
		String plainAbove = page.replace("邻里守望见真情（今日谈）邻里守望见真情（今日谈）", "伴，也在于邻里之间的守望。\n邻里守望见真情（今日谈）邻里守望见真情（今日谈）");
		List<Block> more = PageReader.read(plainAbove);
		int text = more.stream().map(b -> b.first().text()).toList().indexOf("伴，也在于邻里之间的守望。");
		assertThat(text).isNotNegative();
		assertThat(BlockClassifier.classify(more).get(text)).isEqualTo(BlockKind.BODY);
	}

	@Test
	void aTwoLineTitleWithACommaSetNarrowerThanThePagesTextIsAHeadline() {
		// The comma at its first line's end would stand at a text column's margin; set far narrower than any column
		// of text on the page and ending on no punctuation, the block is a two-part title.
		String page = """
				本报讯 记者从市农业农村局获悉，今年全市新建高标准农田十二万亩，改造提升
				中低产田五万亩，农田灌溉水有效利用系数提高到零点六以上，粮食生产基础进一
				步夯实，全年粮食产量稳定在一百万吨以上。

				守住耕地保护红线不放松，
				筑牢国家粮食安全根基

				本报讯 记者近日从市自然资源局了解到，今年以来全市严格落实耕地保护责任，
				开展违法占用耕地专项整治，整改问题图斑三百多个，耕地保有量稳中有升。
				""";
		String title = "守住耕地保护红线不放松，/筑牢国家粮食安全根基";
		assertThat(kindOf(page, title)).isEqualTo(BlockKind.HEADLINE);
		// Where the text is set nearly as narrow as those two lines, the comma may stand at the margin: text.
		assertThat(kindOf("""
				今年全市新建高标准农田十
				二万亩，改造提升中低产田
				五万亩，粮食生产基础进一
				步夯实。

				守住耕地保护红线不放松，
				筑牢国家粮食安全根基
				""", title)).isEqualTo(BlockKind.BODY);
		// After a paragraph broken off mid-sentence, or before text that goes on with its last words, it is text.
		assertThat(kindOf(page.replace("一百万吨以上。", "一百万吨以上，"), title)).isEqualTo(BlockKind.BODY);
		assertThat(kindOf(page.replace("本报讯 记者近日从市自然资源局了解到，", "，记者近日从市自然资源局了解到，"), title))
			.isEqualTo(BlockKind.BODY);
	}

	private static BlockKind kindOf(String page, String block) {
		List<Block> blocks = PageReader.read(page);
		int at = blocks.stream().map(b -> b.text("/")).toList().indexOf(block);
		assertThat(at).as("a block of its own: %s", block).isNotNegative();
		return BlockClassifier.classify(blocks).get(at);
	}

	@Test
	void twoTitlesPrintedAsOneHeadlineOverTwoTextsRunTogetherAreCutTogetherWhereThePageReadsBetterSo() {
		// Both titles fit the one body the two texts make, so neither the headline nor the text can be cut alone;
		// cut together, each title fits one side clearly and the sides share few words.
		String page = """
				湖畔步道串起城乡风景
				冬泳爱好者破冰迎新年

				今年以来，全市沿湖新建湖畔步道四十公里，把沿湖的村庄、公园和湿地串
				在一起。湖畔步道沿线设置了观景台、休息驿站和骑行服务点，城乡居民周
				末散步、骑行都多了好去处，不少游客专程来看湖畔风景。

				湖畔步道还带动了沿线乡村的民宿和农家乐，村里的风景成了城乡居民共享
				的风景。管理部门表示，明年将继续延长湖畔步道，让更多村庄连进城乡风
				景线，也将增设照明和指示牌，方便市民和游客夜间出行。

				不少市民说，湖畔步道修到了家门口，饭后沿着湖畔走一走，看看城乡新风
				景，心情格外舒畅。

				元旦清晨，气温零下八度，三十多名冬泳爱好者来到河边，先破冰开出一片
				水面，再跳进冰冷的河水里畅游。冬泳爱好者们说，破冰冬泳迎新年已经坚
				持了十几年，每年元旦都要下水游上几圈，图个新年好彩头。

				六十五岁的冬泳爱好者老张上岸后浑身冒着热气，他说冬泳贵在坚持，身体
				比年轻时还要结实。岸边不少市民驻足观看，为破冰下水的冬泳爱好者们鼓
				掌加油，祝愿大家新年身体健康、万事如意，也提醒新手量力而行。

				据介绍，当地冬泳协会有会员两百多人，冬泳爱好者每天清晨破冰下水，新
				年第一游已成为这座北方小城的一道景致。
				""";
		// Where no profile sets the cut, the page is read both ways and the reading it doubts less is kept: the two
		// articles, each sure of itself, rather than one text under two titles.
		SplitProfile without = SplitProfile.DEFAULT.with(TextTunable.JOINT_MAX_COSINE, 0.0);
		assertThat(without.run(() -> splitter.split(page).articles())).as("sides sharing words are not cut at 0")
			.hasSize(1);
		JointCutTrial.Reading reading = splitter.read(page);
		assertThat(reading.outcome().describe()).startsWith("joint cut: tried, kept");
		assertThat(reading.trace().page().articles()).allSatisfy(a -> assertThat(a.needsReview()).isFalse());
		SplitProfile joint = SplitProfile.DEFAULT.with(TextTunable.JOINT_MAX_COSINE, 0.2);
		for (List<SplitArticle> articles : List.of(splitter.split(page).articles(),
				joint.run(() -> splitter.split(page).articles()))) {
			assertThat(articles).extracting(a -> a.headline().full().replace(" ", ""), a -> a.body().substring(0, 4))
				.containsExactly(tuple("湖畔步道串起城乡风景", "今年以来"), tuple("冬泳爱好者破冰迎新年", "元旦清晨"));
		}
		// A profile that sets the cut cuts on its own word: no second reading.
		assertThat(joint.run(() -> splitter.read(page)).outcome().tried()).isFalse();
		// The two titles as blocks of their own, one right under the other: the lower one cuts the text the same way.
		String apart = page.replace("湖畔步道串起城乡风景\n", "湖畔步道串起城乡风景\n\n");
		assertThat(without.run(() -> splitter.split(apart).articles())).as("sides sharing words are not cut at 0")
			.hasSize(1);
		assertThat(splitter.split(apart).articles())
			.extracting(a -> a.headline().full().replace(" ", ""), a -> a.body().substring(0, 4))
			.containsExactly(tuple("湖畔步道串起城乡风景", "今年以来"), tuple("冬泳爱好者破冰迎新年", "元旦清晨"));
		// A kicker leads into its title: one story's headline, whatever the text's parts fit.
		String kicker = page.replace("湖畔步道串起城乡风景", "湖畔步道串起城乡风景时强调");
		assertThat(joint.run(() -> splitter.split(kicker).articles())).hasSize(1);
		assertThat(splitter.read(kicker).outcome().describe()).isEqualTo("joint cut: tried, nothing to cut");
		assertThat(splitter.split(kicker).articles()).hasSize(1);
	}

	@Test
	void indentedFirstLineUnderAHeadlineStartsTheText() {
		String page = """
				古镇灯会迎客来 夜游项目受欢迎
				“今年的灯会比往年还要更加

				热闹。”游客王先生说。古镇灯会
				今晚开幕，夜游项目吸引了大批游
				客，周边民宿的预订量明显增加。
				""";
		assertThat(PageReader.read(page)).extracting(b -> b.text("/")).containsExactly("古镇灯会迎客来 夜游项目受欢迎",
				"“今年的灯会比往年还要更加", "热闹。”游客王先生说。古镇灯会/今晚开幕，夜游项目吸引了大批游/客，周边民宿的预订量明显增加。");
	}

	@Test
	void boldLinesAndAKickerEndingInADashAreNeverText() {
		Block bold = PageReader.read("省长答记者问：省长答记者问：\n减税降费再加力减税降费再加力\n").get(0);
		Block kicker = PageReader.read("退耕还湖，修复生态，湿地重生——\n").get(0);
		assertThat(BlockClassifier.hasBodyShape(bold)).isFalse();
		assertThat(BlockClassifier.hasBodyShape(kicker)).isFalse();
		assertThat(BlockClassifier.hasBodyShape(PageReader.read("退耕还湖，修复生态，湿地重生。\n").get(0))).isTrue();
		// Printed under its title, as where headlines come after their texts, the kicker still leads into it.
		Block under = PageReader.read("湿地重生记\n退耕还湖，修复生态，湿地重生——\n").get(0);
		assertThat(under.size()).isEqualTo(2);
		assertThat(BlockClassifier.hasBodyShape(under)).isFalse();
		assertThat(BlockClassifier.hasBodyShape(PageReader.read("湿地重生记\n退耕还湖，修复生态，湿地重生。\n").get(0)))
			.isTrue();
	}

	@Test
	void titleLineEndingWithACommaGoesOnInTheHeadlineBelow() {
		String page = """
				湿地公园今起开放湿地公园今起开放
				好山好水，好山好水，

				留住乡愁（评论）留住乡愁（评论）
				""";
		assertThat(PageReader.read(page)).extracting(b -> b.text("/")).containsExactly("湿地公园今起开放", "好山好水，",
				"留住乡愁（评论）");
	}

	@Test
	void namesAloneAboveADatelineAreItsByline() {
		String page = """
				周晓明 李卫东
				据新华社东京2月24日电

				第二届国际围棋女子邀请赛决赛今天在东京开赛，中国棋手执黑先行，
				经过五个多小时的较量，中国棋手中盘获胜，成功卫冕冠军。

				中国棋手成功卫冕
				""";
		SplitArticle a = only(page, "卫冕");
		assertThat(a.reporterNames()).containsExactly("周晓明", "李卫东");
		assertThat(a.dateline()).isEqualTo("据新华社东京2月24日电");
	}

	@Test
	void twoBylinesRunTogetherOnOneLineGoToTheirOwnArticles() {
		String page = """
				本报北京3月4日电 全市春运期间共发送旅客三百万人次，铁路和公路运输
				平稳有序，没有发生重大交通事故，返程客流高峰已经平稳度过。

				春运平稳有序
				本报记者 王明 新华社记者 李华
				据新华社合肥3月4日电 合肥市今天启动巢湖流域水环境整治行动，一级保护区
				内的两百多个项目将在年底前完成整治，巢湖水质将逐步改善。

				巢湖流域水环境整治启动
				本报记者 周晓明 □ 嘉木

				读书是一辈子的事。城市书房延长开放时间、增加夜读活动，让爱读书的市民
				有了更多去处，也让书香成为这座城市的底色，值得各地借鉴推广。

				书香是城市的底色（看台人语）
				""";
		assertThat(only(page, "春运").reporterNames()).containsExactly("王明");
		assertThat(only(page, "巢湖").reporterNames()).containsExactlyInAnyOrder("李华", "周晓明");
		assertThat(only(page, "书香").reporterNames()).containsExactly("嘉木");
	}

	@Test
	void bylineUnderAHeadlineAfterItsBodyGoesToTheTextBelowThatNamesNobody() {
		String page = """
				全市公共图书馆今年将新增二十个城市书房，读者可在任意一个城市书房借还图书，
				城市书房每天开放十二小时，周末还将举办亲子阅读和读书分享活动。

				城市书房将增加二十个
				本报记者 王明

				本报北京3月4日电 全市春运期间共发送旅客三百万人次，铁路和公路运输
				平稳有序，没有发生重大交通事故，返程客流高峰已经平稳度过。

				春运平稳有序
				""";
		assertThat(only(page, "城市书房").reporterNames()).isEmpty();
		assertThat(only(page, "春运").reporterNames()).containsExactly("王明");
		String named = page.replace("春运平稳有序", "春运平稳有序\n本报记者 李华");
		assertThat(only(named, "城市书房").reporterNames()).containsExactly("王明");
		assertThat(only(named, "春运").reporterNames()).containsExactly("李华");
	}

	@Test
	void namesAloneUnderAHeadlineAreItsByline() {
		String page = """
				山村通了新公路
				周晓明、李卫东

				本报贵阳3月4日电 全长十二公里的山村公路今天通车，沿线三个村的
				村民从此告别了走山路赶集的日子，特色农产品也能更快运出大山。
				""";
		SplitArticle a = only(page, "新公路");
		assertThat(a.headline().full()).isEqualTo("山村通了新公路");
		assertThat(a.reporterNames()).containsExactly("周晓明", "李卫东");
	}

	@Test
	void bylineUnderAHeadlineBelongsToItNotToTheNextHeadline() {
		String page = """
				全长十二公里的山村公路今天通车，沿线三个村的村民从此告别了走山路
				赶集的日子，特色农产品也能更快运出大山。

				山村通了新公路
				本报记者 周晓明
				湿地公园今起开放
				本报记者 李卫东

				本报杭州3月4日电 经过两年建设的湿地公园今天起对市民免费开放，园内
				新建了十公里步道和三处观鸟台，预计每年接待游客百万人次。
				""";
		assertThat(only(page, "新公路").reporterNames()).containsExactly("周晓明");
		assertThat(only(page, "湿地公园").reporterNames()).containsExactly("李卫东");
	}

	@Test
	void bylineOnALineOfItsOwnAfterTheTextClosesIt() {
		String page = """
				本报杭州3月4日电 经过两年建设的湿地公园今天起对市民免费开放，园内
				新建了十公里步道和三处观鸟台，预计每年接待游客百万人次。

				（记者 李卫东）

				湿地公园今起开放
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).hasSize(1);
		assertThat(articles.get(0).reporterNames()).containsExactly("李卫东");
	}

	@Test
	void shortLineAboveATaggedTitleIsItsKicker() {
		Block kicker = PageReader.read("稳字当头 进中求好\n").get(0);
		Block title = PageReader.read("让发展成果更多惠及群众（评论）\n").get(0);
		Block event = PageReader.read("年度科技奖项揭晓发布\n").get(0);
		assertThat(HeadlineShapes.bindsTo(kicker, title)).isTrue();
		assertThat(HeadlineShapes.bindsTo(event, title)).as("a finished headline of its own").isFalse();
		assertThat(HeadlineShapes.bindsTo(title, kicker)).isFalse();
	}

	@Test
	void headlineBrokenAfterAnEnumerationCommaIsNoText() {
		Block headline = PageReader.read("教育部、\n人社部联合部署高校毕业生就业工作\n").get(0);
		Block text = PageReader.read("教育部、人社部、财政部等部门近日联合印发通知，\n部署做好今年高校毕业生就业工作。\n").get(0);
		assertThat(BlockClassifier.hasBodyShape(headline)).isFalse();
		assertThat(BlockClassifier.hasBodyShape(text)).isTrue();
		// A two-line headline measures its own column: a comma on a line that short is no text's.
		assertThat(BlockClassifier.hasBodyShape(PageReader.read("致富之路，\n越走越宽\n").get(0))).isFalse();
	}

	@Test
	void twoSentencesOrALongClauseAreNoHeadline() {
		Block questions = PageReader.read("车站广播响起：哪位旅客是医生？\n请到三号车厢！\n").get(0);
		Block deck = PageReader.read("城市更新不只是拆旧建新，更要留住街巷的烟火气\n和老街坊们多年来熟悉的生活方式与邻里之间的情谊\n").get(0);
		Block title = PageReader.read("城市更新，要留住烟火气\n").get(0);
		assertThat(BlockClassifier.hasBodyShape(questions)).isTrue();
		assertThat(BlockClassifier.hasBodyShape(deck)).isTrue();
		assertThat(BlockClassifier.hasBodyShape(title)).isFalse();
	}

	@Test
	void paperBylineDoesNotGoWithAnAgencyDispatch() {
		String page = """
				全长十二公里的山村公路今天通车，沿线三个村的村民从此告别了走山路
				赶集的日子，特色农产品也能更快运出大山。

				山村通了新公路

				本报记者 周晓明
				新华社伦敦3月4日电 英国议会4日通过一项法案，将在今后五年内
				投入专项资金改造全国老旧铁路线路，提升列车运行速度。

				英国将改造老旧铁路
				""";
		assertThat(only(page, "新公路").reporterNames()).containsExactly("周晓明");
		assertThat(only(page, "老旧铁路").reporterNames()).isEmpty();
		assertThat(PageSplitter.otherDesk("新华社记者 李明", "本报北京3月4日电 …")).isTrue();
		assertThat(PageSplitter.otherDesk("本报记者 李明", "本报北京3月4日电 …")).isFalse();
	}

	@Test
	void bylineBetweenTwoArticlesGoesToTheOneWithoutReporters() {
		String page = """
				本报杭州3月4日电（记者 李卫东）经过两年建设的湿地公园今天起对市民免费开放，园内
				新建了十公里步道和三处观鸟台，预计每年接待游客百万人次。

				湿地公园今起开放
				本报记者 周晓明

				本报贵阳3月4日电 全长十二公里的山村公路今天通车，沿线三个村的
				村民从此告别了走山路赶集的日子，特色农产品也能更快运出大山。

				山村通了新公路
				""";
		assertThat(only(page, "湿地公园").reporterNames()).containsExactly("李卫东");
		assertThat(only(page, "新公路").reporterNames()).containsExactly("周晓明");
	}

	@Test
	void datelineAfterTheBodyWrappedOverTwoLines() {
		String page = """
				当地时间3日，第八十届国际博览会在
				希腊萨洛尼卡开幕，中国企业的展台
				吸引了众多参观者驻足。

				（本报希腊萨洛尼卡
				电）

				中国展台受关注
				""";
		SplitArticle a = only(page, "中国展台");
		assertThat(a.dateline()).isEqualTo("本报希腊萨洛尼卡电");
		assertThat(a.body()).endsWith("驻足。");
		assertThat(splitter.split(page).articles()).hasSize(1);
	}

	@Test
	void kickerUnderABoldTitleLeadsIntoTheTitleBelow() {
		String page = """
				湿地公园今起开放湿地公园今起开放
				市园林局：

				绿地面积再增百公顷绿地面积再增百公顷
				""";
		assertThat(PageReader.read(page)).extracting(b -> b.text("/")).containsExactly("湿地公园今起开放", "市园林局：",
				"绿地面积再增百公顷");
	}

	@Test
	void headlineWithASubtitleAboveAnotherTitleIsOfAnotherArticle() {
		String page = """
				本报讯（记者 李卫东）全市第二届龙舟邀请赛今天在运河开赛，来自各区的三十支
				龙舟队参加比赛，龙舟邀请赛将持续三天，决赛将于周日举行。

				读书是一辈子的事。城市书房延长开放时间、增加夜读活动，让爱读书的市民有了
				更多去处，也让书香成为这座城市的底色，值得各地借鉴推广。

				书香是城市的底色
				——城市书房的启示

				全市龙舟邀请赛

				在运河开赛
				""";
		assertThat(only(page, "龙舟邀请赛").body()).doesNotContain("读书");
		assertThat(only(page, "书香").body()).startsWith("读书是一辈子的事");
	}

	@Test
	void columnTitleWithAMiddleDotAndANarrowHeadlineByTheMasthead() {
		String page = """
				人民日报
				要闻 2019年2月10日 星期日 第二版

				书香满城过大年（今日谈·新春走基层）
				新春走基层，走进城市书房，一个深切感受是，读书正在成为过年的新习俗，
				不少家庭把逛书房当作春节的固定节目。

				湿地保护法学
				术研讨会召开
				""";
		List<Block> blocks = PageReader.read(page);
		List<BlockKind> kinds = BlockClassifier.classify(blocks);
		assertThat(blocks.get(1).text("")).isEqualTo("书香满城过大年（今日谈·新春走基层）");
		assertThat(kinds.get(1)).isEqualTo(BlockKind.HEADLINE);
		assertThat(kinds.get(kinds.size() - 1)).isEqualTo(BlockKind.HEADLINE);
	}

	@Test
	void colonKickerAboveAHeadlineButNotAboveText() {
		List<Block> overHeadline = PageReader.read("市园林局：\n\n绿地面积再增百公顷\n");
		List<Block> overText = PageReader.read("王师傅说：\n\n“这几年村里的路修好了，日子也越过越好，\n我们心里都踏实。”\n");
		assertThat(BlockClassifier.classify(overHeadline).get(0)).isEqualTo(BlockKind.HEADLINE);
		assertThat(BlockClassifier.classify(overText).get(0)).isEqualTo(BlockKind.BODY);
	}

	@Test
	void narrowHeadlineAfterTextBrokenOffMidSentenceIsNoText() {
		String page = """
				本报杭州3月4日电 经过两年建设的湿地公园今天起对市民免费开
				放，园内新建了十公里步道和三处观鸟台，预计每年接待游客达到

				湿地公园
				今起开放
				""";
		List<Block> blocks = PageReader.read(page);
		assertThat(BlockClassifier.classify(blocks).get(1)).isEqualTo(BlockKind.HEADLINE);
	}

	@Test
	void photoCaptionIsAnItemWithThePhotographerAsReporter() {
		String page = """
				2月11日，在四川省昭觉县三河村的易地扶贫安置点，村民喜搬新居，围坐在一起吃起坝坝宴。新
				华社记者 江宏景 摄
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).hasSize(1);
		SplitArticle photo = articles.get(0);
		assertThat(photo.isPhoto()).isTrue();
		assertThat(photo.headline().isEmpty()).isTrue();
		assertThat(photo.reporters()).containsExactly(new Credit("江宏景", "摄影"));
		assertThat(photo.body()).startsWith("2月11日").endsWith("吃起坝坝宴。");
	}

	@Test
	void commentatorSignatureNamesNobody() {
		assertThat(BylineParser.ownLine("本报评论员").orElseThrow().credits()).isEmpty();
		assertThat(BylineParser.ownLine("□ 王公龙").orElseThrow().names()).containsExactly("王公龙");
		assertThat(BylineParser.ownLine("新华社记者 程士华").orElseThrow().credits())
			.containsExactly(new Credit("程士华", "记者"));
		assertThat(BylineParser.ownLine("记者从北京市获悉")).isEmpty();
	}

	@Test
	void aTitlePrintedUnderItsKickerStaysInTheHeadlineAndCutsNoOtherText() {
		// The last title shares no word with any text on the page. Printed right under the rail report's title, apart
		// from the other headlines, it is a part of that headline, not evidence that the library report holds a second
		// article from "近日，" on.
		String page = """
				本报讯 全市公共图书馆今年将新增二十个城市书房，读者可在任意一个城市书房借还图书，城市书房
				每天开放十二小时，城市书房的灯光亮到晚上十点，下班的年轻人和放学的孩子都愿意来城市书房坐一坐。

				近日，一场春雨过后，西山的杜鹃花陆续开放，漫山遍野一片红艳，吸引了众多市民前往踏青赏花，景区
				入口排起长队，景区管理方增派人员维持秩序，提醒游客文明赏花，不要攀折花枝，注意防火安全。

				新增二十个城市书房

				本报讯 新建的高铁站今天正式投入运营，首日开行高铁列车六十对，高铁站配套的公交线路和出租车停靠
				点同步启用，旅客从市区到高铁站乘坐地铁只需二十分钟，高铁站与机场之间也开通了直达的接驳巴士。

				新高铁站投入运营

				说走就走不再难
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).hasSize(2);
		assertThat(only(page, "城市书房").body()).startsWith("本报讯 全市公共图书馆").endsWith("注意防火安全。");
		assertThat(only(page, "高铁站").headline().full()).isEqualTo("新高铁站投入运营 说走就走不再难");
	}

	@Test
	void aTaggedTitleUsingTheWordsOfAHeadedTextIsPartOfItsHeadlineNotTheTitleOfATextWithNone() {
		// The commentary below has no headline of its own on this page; the tagged title printed right above it uses
		// the words of the text above and is a part of that text's headline.
		String page = """
				当今时代，科技发展日新月异，要完善科技创新体制机制，让科技创新体制机制更好激发创新活力，
				为建设社会主义现代化强国提供有力支撑，让敢创新、会创新、能创新的人受到尊重，人尽其才。

				深化科技创新体制机制改革，关键在于激发人的创造力，要改进科技评价体系，为建设社会主义
				现代化强国提供有力支撑，营造良好创新环境，让科研人员把更多精力用在创新上。

				为建设社会主义现代化强国提供有力支撑

				完善科技创新体制机制（有的放矢）

				疫情面前，大家都是休戚与共的命运共同体。如何防得科学有效？阻断传播最为关键，每个人做好防护，
				就是对自己负责，也是对他人负责，千千万万个人的防线连在一起，才能筑起牢不可破的堤坝。
				""";
		SplitArticle science = only(page, "现代化强国");
		assertThat(science.headline().full()).contains("完善科技创新体制机制（有的放矢）");
		assertThat(science.body()).startsWith("当今时代").endsWith("更多精力用在创新上。");
		assertThat(splitter.split(page).articles()).filteredOn(a -> a.body().startsWith("疫情面前"))
			.singleElement()
			.satisfies(a -> assertThat(a.headline().isEmpty()).isTrue());
	}

	@Test
	void aPhotoCaptionIsNoTextLeftWithoutAHeadlineButABrokenOffPieceIs() {
		String report = """
				本报讯 新建的高铁站今天正式投入运营，首日开行高铁列车六十对，高铁站配套的公交线路和出租车停靠
				点同步启用，旅客从市区到高铁站乘坐地铁只需二十分钟，高铁站与机场之间也开通了直达的接驳巴士。

				新高铁站投入运营
				""";
		String caption = "\n2月16日，演员在开幕式现场表演。当日，冬季运动会开幕式在呼伦贝尔市举行。\n";
		assertThat(headless(report + caption)).as("a caption needs no headline").isZero();
		String breaksOff = "\n车站还为老人开设了爱心通道。高铁站与机场之间的接驳巴士每半小时一班，旅客换乘十分方便，车站同时\n";
		String opensMidSentence = "\n”车站负责人说。车站还为老人开设了爱心通道，接驳巴士每半小时一班，旅客换乘十分方便。\n";
		String dated = "\n本报讯 车站还为老人开设了爱心通道，高铁站与机场之间的接驳巴士每半小时一班，旅客换乘十分方便。\n";
		String long_ = """

				车站还为老人开设了爱心通道，高铁站与机场之间的接驳巴士每半小时一班，旅客换乘十分方便。车站东侧的
				停车场设有一千二百个车位，前两个小时免费停放，周边道路也完成了拓宽改造，早晚高峰不再拥堵。站房
				二层的候车大厅宽敞明亮，设有母婴室、自助售票机和充电座椅，志愿者在大厅里为旅客指路、帮助老人
				购票。车站方面表示，下一步还将开通直达周边县城的城际公交，让更多群众享受高铁带来的便利。沿线
				各地也在加快建设站前广场和配套商业，一座座新城正在高铁站周边拔地而起。
				""";
		for (String piece : List.of(breaksOff, opensMidSentence, dated, long_)) {
			assertThat(headless(report + piece)).as("a text left without a headline: %s", piece).isEqualTo(1.0);
		}
	}

	private double headless(String page) {
		return only(page, "高铁站投入运营").signals().get("page_headless");
	}

	@Test
	void aTitleThatFitsItsTextOnlyBetterThanTheOtherStillLetsTheSubtitleAboveItGo() {
		// The subtitle over the event's title clearly fits the report above; the title shares fewer words with its
		// own text, as a short title naming an event does, but clearly more than with the other.
		String page = """
				本报北京2月9日电 国务院联防联控机制今天召开会议，要求各地指导落实“应收尽收”等防控举措，做到应收尽收、
				应治尽治，对确诊患者集中收治，对疑似患者集中隔离，落实“应收尽收”的防控举措，坚决遏制疫情扩散蔓延。

				国务院联防联控机制召开会议

				指导落实“应收尽收”等防控举措
				泰国呵叻府枪击案已致27死57伤

				新华社曼谷2月9日电 泰国东北部呵叻府8日发生的枪击事件造成多人死亡，泰国总理巴育9日前往呵叻府看望伤者。
				泰国呵叻府枪击案发生后，泰国警方说，枪手是一名士兵，已被击毙，警方正在调查作案动机。
				""";
		assertThat(only(page, "国务院").headline().full()).isEqualTo("国务院联防联控机制召开会议 指导落实“应收尽收”等防控举措");
		assertThat(only(page, "枪击案").headline().full()).isEqualTo("泰国呵叻府枪击案已致27死57伤");
	}

	@Test
	void anAuthorMarkUnderAFeaturesTitleSignsTheColumnPieceBelow() {
		// Headlines follow their bodies: the mark under the feature's title is the commentary's below it.
		String downward = """
				社区干部挨家挨户上门，听取居民对旧房改造的意见，改造方案几易其稿，居民们渐渐从反对变成了支持，
				旧房改造工程终于顺利开工，如今社区的旧房焕然一新，社区的居民们都说旧房改造是件大好事。

				旧房改造惠及社区居民

				□ 李明华

				随着社会生产力发展，民生改善有一个从低到高的过程，改善民生要尽力而为，也要量力而行，
				既要积极作为，又要遵循客观规律，把改善民生建立在经济发展和财力可持续的基础之上。

				改善民生要遵循客观规律（有的放矢）
				""";
		assertThat(only(downward, "改善民生").reporters()).extracting(Credit::name).containsExactly("李明华");
		assertThat(only(downward, "旧房改造").reporters()).isEmpty();
	}

	@Test
	void anAuthorMarkUnderAColumnPiecesTitleIsThatPiecesNotTheTextsBelow() {
		// The mark under the commentary's title is that commentary's, not the report's printed below it, though the
		// text printed right above that title, a report with its own byline, makes the report look the unsigned one.
		String upward = """
				思想政治教育要贯穿人才培养全过程，要尊重教育规律、教学规律和人才成长规律，
				落实好立德树人根本任务，实现全员全程全方位育人，办好人民满意的教育。

				本报广州2月19日电（记者李刚）记者近日从省农业农村厅获悉：全省村庄人居环境整治进展顺利，
				珠三角村庄力争年底全部达标，各地村庄保洁实现全覆盖，村庄垃圾得到及时清运处理。

				珠三角村庄力争年底全部达标

				实现全员全程全方位育人（新知新觉）

				□ 张润杰 齐成龙

				“感谢给我提供这个培训就业的机会。”在高铁站广场，刘春光和六百名乡亲一起登上了专车，
				企业为返岗的乡亲们统一安排食宿和岗前培训，确保乡亲们从离家到上岗一路平安。

				统一送乡亲们培训复工
				""";
		assertThat(only(upward, "全员全程").reporters()).extracting(Credit::name).containsExactly("张润杰", "齐成龙");
		assertThat(only(upward, "乡亲").reporters()).isEmpty();
	}

	@Test
	void confidenceWeightsCoverEverySignal() {
		assertThat(SplitTuning.CONFIDENCE_WEIGHTS).hasSize(ArticleSignals.NAMES.size());
	}

	/**
	 * A headline block printed right by an article's headline that went to another article whose text shares no word
	 * with it, yet fits this one's text: the headline may be missing a part, and the article is doubted. A headline
	 * that shares a word with its own text (the 西宁晚报 pages print headlines after their texts) is not given away,
	 * however general its words.
	 */
	@Test
	void anArticleWhoseNeighbouringHeadlineBlockWentElsewhereIsDoubted() throws Exception {
		String page;
		try (var in = getClass().getResourceAsStream("/layouts/anew/seed7_rmrb_20190218_p03.txt")) {
			page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		assertThat(only(page, "广东将举办千场招聘活动").doubts()).contains(Doubts.NEIGHBOUR_TITLE_ELSEWHERE);
		String seed = java.nio.file.Files.readString(java.nio.file.Path.of("seeds/004_bd747f9e484e0bad.txt"));
		assertThat(splitter.split(seed).articles()).allSatisfy(
				a -> assertThat(a.doubts()).doesNotContain(Doubts.NEIGHBOUR_TITLE_ELSEWHERE));
	}

}
