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
				公园绿道修通以后，散步的人多了，骑车的人也多了。绿道的路灯亮到晚上十点，
				下班的年轻人、放学的孩子都愿意来绿道走一走，公园成了市民的后花园。

				绿道是一座城市最好的风景。绿道越修越长，公园就越来越热闹，一座城市的
				宜居程度，也写在每一条绿道的脚印里。

				公交线路调整以后，站点近了，班次密了，坐车的老人们说公交终于方便了。
				公交车统一安装了报站屏，每趟车的到站时间都能在手机上查到。

				公交连着千家万户的出行。把公交办好，就是把群众的出行办好，公交虽小，
				却是检验城市治理的一面镜子。

				绿道连起
				好风景（今日谈）

				老城区十二条公交线路完成调整

				办好群众的出行
				（民生观察）
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).extracting(a -> a.headline().full())
			.containsExactly("绿道连起好风景（今日谈）", "老城区十二条公交线路完成调整 办好群众的出行 （民生观察）");
		assertThat(articles.get(0).body()).startsWith("公园绿道修通以后").endsWith("每一条绿道的脚印里。");
		assertThat(articles.get(1).body()).startsWith("公交线路调整以后").endsWith("检验城市治理的一面镜子。");
	}

	/**
	 * A title not set like one (no column tag, no bold title shape) that fits the first of two texts run together
	 * while the bold title beside it fits the second: both texts long, each title clearly on its side. (A kicker
	 * restating only a first paragraph is no such title: the 西宁晚报 seeds keep it, GoldPagesTests.)
	 */
	@Test
	void aPlainTitleThatClearlyFitsTheFirstOfTwoLongTextsRunTogetherCutsThem() {
		String page = """
				每当发展处于关键时刻，改革总能破除体制机制的积弊，为发展释放新的活力。
				今年以来，各地推出一批务实管用的改革举措，企业办事更方便了，群众办事
				更省心了，改革红利正在一点点释放出来。

				改革只有进行时，没有完成时。持续深化改革，持续释放改革红利，我们就一定
				能够把发展的主动权牢牢掌握在自己手中。

				本报上海2月20日电（记者 林青）近日，在城南老街区的一座老洋房里，城南
				读书会迎来五周年。五年来，城南读书会共举办读书活动六百余场，邀请作家、
				学者与读者面对面交流，参与读者超过十万人次，成为这座城市的文化名片。

				城南读书会负责人介绍，读书会今年将推出线上直播，让更多不能到场的读者
				也能听到作家的分享；还将走进社区、学校和企业，把读书会办到市民身边，
				让城市公共文化空间更有书香。读书会还将
				评选年度好书，请读者投票推荐。

				湖畔有山，山不高，山中的书院却已有百年历史。纪录片《湖畔书声》用五集
				的篇幅，讲述了书院百年来的读书人和读书事，镜头下的古籍、碑刻和老照片，
				让观众看见了一座书院百年的坚守，书院的书声从未断绝。

				纪录片没有宏大的叙事，却在一页页古籍的修复中，在一代代读书人的讲述里，
				让人感受到中华优秀传统文化绵延不绝的根脉。这样的纪录片，值得多拍一些，
				也值得多看一些。愿有更多
				人走进书院，听一听百年的书声。

				纪录片的镜头是安静的，一方砚台、一盏油灯，都在讲述书院的故事。

				城南书香浓城南书香浓
				读书会五周年读书会五周年

				持续深化改革释放红利（人民时评）

				书院百年，书院百年，
				书声不绝书声不绝
				——评纪录片《湖畔书声》
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).extracting(a -> a.headline().full())
			.containsExactly("持续深化改革释放红利（人民时评）", "城南书香浓读书会五周年", "书院百年，书声不绝 ——评纪录片《湖畔书声》");
		assertThat(articles.get(1).body()).startsWith("本报上海2月20日电（记者 林青）近日").endsWith("请读者投票推荐。");
		assertThat(articles.get(2).body()).startsWith("湖畔有山").endsWith("都在讲述书院的故事。");
	}

	@Test
	void dispatchesUnderOneDatedDatelineAndOneHeadlineAreOneRoundupButHeadedOnesStayApart() {
		String page = """
				据新华社北京2月1日电 2月1日，国务委员兼外长王毅应约同新西兰外长通电话。
				王毅介绍了中方防控疫情的举措，表示中方有信心、有能力打赢这场疫情防控
				阻击战。新西兰外长表示，新方愿同中方加强沟通，共同应对疫情挑战。

				据新华社北京2月1日电 1月31日，国务委员兼外长王毅应约同巴基斯坦外长
				通电话。巴基斯坦外长表示，巴方坚定支持中方抗击疫情，愿向中方提供力所
				能及的帮助。王毅表示，中方将继续保障在华巴方人员的安全和健康。

				据新华社北京2月1日电 1月31日，国务委员兼外长王毅应约同印度外长通电话。
				印度外长感谢中方为在华印度公民提供的帮助。王毅表示，中方愿同国际社会
				一道，最终赢得抗击疫情的全面胜利。

				王毅分别与三国外长通电话

				新华社北京2月1日电 国家主席习近平2月1日同来访的外国领导人举行会谈。
				两国元首一致同意，继续深化两国全面战略合作，推动两国关系不断向前发展。

				习近平同外国领导人举行会谈

				新华社北京2月1日电 国务院总理李克强2月1日主持召开国务院常务会议，部署
				进一步做好疫情防控工作，要求保障医用物资和生活必需品供应。

				李克强主持召开国务院常务会议
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).extracting(a -> a.headline().full())
			.containsExactly("王毅分别与三国外长通电话", "习近平同外国领导人举行会谈", "李克强主持召开国务院常务会议");
		SplitArticle roundup = articles.get(0);
		assertThat(roundup.dateline()).isEqualTo("据新华社北京2月1日电");
		assertThat(roundup.body()).contains("同新西兰外长", "同巴基斯坦外长", "同印度外长").endsWith("全面胜利。");
		assertThat(SplitExplainer.explain(page)).contains("3 dispatches of one report joined");
	}

	/** Two titles printed side by side come out as one line; a space between phrases of one title is no such line. */
	@Test
	void twoTitlesSetSideBySideOnOneLineAreCutApartWhereEachFitsItsOwnText() {
		String page = """
				春节假期，城南书房迎来了不少新年读者。书房里摆上了春联和福字，读者在书架
				间挑选图书，孩子们围坐在一起听老师讲年俗故事，书房的阅读区座无虚席。

				城南书房负责人说，新年读者比平时多了一倍，书房特意延长了开放时间，还准备
				了新年书单，请读者把喜欢的图书借回家，在书香里过一个文化年。

				本报上海2月20日电 元宵节前夕，老街灯会点亮了老城的夜空。一盏盏花灯挂满老街两旁，龙灯、兔子
				灯、荷花灯造型各异，游客提着花灯在老街上猜灯谜、看表演，热闹非凡。

				灯会主办方介绍，今年的老街灯会共展出花灯三百余组，灯会将持续到元宵节
				当晚，老街沿线的店铺也推出了元宵和特色小吃，让游客在灯会里品尝年味。

				城南书房迎来新年读者 老街灯会点亮元宵夜

				本报北京2月20日电 北京人艺今天发布今年演出剧目，经典话剧《茶馆》将
				再度上演，多部新创剧目也将与观众见面。北京人艺今年共安排演出剧目二十
				余部，演出场次四百余场。

				北京人艺发布
				今年演出剧目
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).extracting(a -> a.headline().full())
			.containsExactly("城南书房迎来新年读者", "老街灯会点亮元宵夜", "北京人艺发布今年演出剧目");
		String oneTitle = page.replace("城南书房迎来新年读者 老街灯会点亮元宵夜", "城南书房迎来新年读者 书香里过文化年");
		assertThat(splitter.split(oneTitle).articles()).extracting(a -> a.headline().full())
			.contains("城南书房迎来新年读者 书香里过文化年");
	}

	/**
	 * A commentary title's column name ("（今日谈）") is the column's word, never its text's: counted, it took half
	 * the title's fit, and the title that fits the second of two texts run together was read as a kicker of the first.
	 */
	@Test
	void aColumnNameIsNoWordATitleSharesWithItsText() {
		String page = """
				本报杭州3月2日电（记者 王海）记者从浙江省交通运输厅获悉：今年浙江将新建
				农村公路三千公里，改造危桥二百座，农村公路通到每一个建制村的家门口，
				群众出行更加便捷，农产品运输成本也降了下来。

				浙江省交通运输厅负责人介绍，今年农村公路建设将更加注重质量，每一段公路
				都要经过第三方检测，检测不合格的一律返工；同时推广农村公路“路长制”，
				让每一条农村公路都有人管、有人养，确保农村公路建得好、管得好、护得好。

				乡村振兴，产业是根本。一个村子的致富路，往往从一条产业路开始，从一个好
				项目、一群带头人开始。产业兴旺了，年轻人愿意回来，村子才有了人气。

				产业振兴不能一哄而上。各地资源禀赋不同，发展产业要因地制宜，宜农则农、
				宜游则游，找准自己的特色，把特色产业做精做强，让乡亲们的腰包鼓起来。

				产业振兴还要久久为功。有的地方上项目急于求成，今年种这个明年种那个，
				结果越折腾越穷。选准了产业，就要一张蓝图绘到底，一年接着一年干。

				走稳产业
				振兴路（今日谈）

				浙江今年新建农村公路三千公里
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).extracting(a -> a.headline().full())
			.containsExactly("浙江今年新建农村公路三千公里", "走稳产业振兴路（今日谈）");
		assertThat(articles.get(0).body()).endsWith("确保农村公路建得好、管得好、护得好。");
		assertThat(articles.get(1).body()).startsWith("乡村振兴，产业是根本。");
	}

	/**
	 * Three texts run together and their three headlines printed after them in one run: the last, its own text's
	 * headline, wins the whole; the first, another block between them, is no kicker of it when it clearly fits the
	 * first text (a block printed right by a headline is left to it: "…时强调" kickers, subtitles).
	 */
	@Test
	void aHeadlineFurtherOffInTheWinnersRunThatClearlyFitsTheFirstTextCutsIt() {
		String page = """
				本报讯（记者 李明）市交通运输局日前宣布，全市停车收费系统将于下月全面升级，
				市民可以通过手机缴纳停车费，停车收费系统还将接入全市统一的停车信息平台，
				停车位空余情况实时发布，方便市民就近找到停车位，减少绕行找车位的时间。

				市交通运输局负责人表示，停车收费系统升级以后，停车收费标准保持不变，
				路边停车位仍实行首小时优惠，停车收费系统升级期间，人工收费照常进行。

				停车收费系统升级以后，市民还可以在手机上预约停车位，预约的停车位保留十五分钟，
				逾时未到的自动取消，方便市民错峰出行。

				今年一季度，全市外贸进出口总值增长百分之九，外贸结构持续优化

				海关统计显示，今年一季度，全市外贸进出口总值达到一千二百亿元，增长百分之
				九，其中出口七百亿元，增长百分之十二，进口五百亿元，增长百分之五，外贸
				进出口增速高于全国平均水平，民营企业外贸进出口占比继续提升。

				海关有关负责人介绍，一季度民营企业外贸进出口增长百分之十五，机电产品出口
				增长百分之十，外贸进出口稳中有进，外贸新业态发展势头良好。

				老街改造，拆掉的是危房，留下的是老街的烟火气。早点铺、裁缝店、修鞋摊，
				这些看似不起眼的小店，连着街坊邻居几十年的日子，也连着一座城市的记忆。

				老街的烟火气，是一座城市最温暖的底色。改造老街，多听听街坊的意见，多留下
				一些老店老味道，老街才能既有新面貌，又留住老街坊。

				停车收费
				系统下月升级

				慢下来才有温度（城市笔记）

				一季度外贸进出口稳中有进
				民营企业外贸进出口占比继续提升
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles.get(0).headline().full()).isEqualTo("停车收费系统下月升级");
		assertThat(articles.get(0).body()).startsWith("本报讯").endsWith("方便市民错峰出行。");
		assertThat(articles.get(1).body()).startsWith("今年一季度");
	}

	/**
	 * A title that fits no text may take a text that starts at a dated opening ("近日，…") inside another; it never
	 * takes what comes before that opening, which the other headline left: that is the same feature's first part.
	 */
	@Test
	void aTitleThatFitsNothingNeverTakesTheTextBeforeAnOpening() {
		String page = """
				湖边的两个自然村，同属于一个村委会。两村之间原有一片湖面，多年前被围成了虾塘，
				湖水变浑了，候鸟也不来了，村里的老人说起当年的湖，总是连连叹气。

				围塘养虾一度让一些村民富了口袋，却让湖面一年比一年小，湖边的红树林也成片
				枯死，每到夏天，虾塘排出的污水让整片湖面泛起难闻的气味。

				近日，记者来到村里看见，拆塘工程已经完工，湿地修复工程正在推进，工人们在滩涂
				上忙着补种苗木，成群的白鹭在水面上飞起，拆塘还湖让这片水域有了新模样。

				湿地修复以后，湖边的村民吃上了生态旅游饭，开起了民宿和农家乐，村民说，
				湖面回来了，白鹭回来了，游客也来了，拆塘还湖这件事办得好。

				拆塘还湖，湿地修复——
				白鹭回来了

				土地生暖（泥土芬芳）
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).hasSize(1);
		assertThat(articles.get(0).body()).startsWith("湖边的两个自然村").endsWith("拆塘还湖这件事办得好。");
	}

	/** One report filed in two parts, each under a dateline crediting the same reporters, one headline over both. */
	@Test
	void twoDispatchesCreditingTheSameReportersUnderOneHeadlineAreOneReport() {
		String page = """
				本报讯（记者 李明 王芳）3月10日至11日，两国经贸团队在北京举行新一轮磋商，
				双方围绕农业、知识产权保护、金融服务等领域深入交流，取得实质性进展。

				本报华盛顿3月11日电（记者李明、王芳）当地时间3月11日，两国经贸团队在华盛顿
				继续磋商，双方同意继续保持沟通，为下一阶段磋商做好准备。

				新一轮经贸磋商结束
				双方同意继续保持沟通
				""";
		assertThat(splitter.split(page).articles()).singleElement().satisfies(a -> {
			assertThat(a.body()).contains("取得实质性进展。").endsWith("为下一阶段磋商做好准备。");
			assertThat(a.reporterNames()).containsExactlyInAnyOrder("李明", "王芳");
		});
		String others = page.replace("（记者李明、王芳）", "（记者赵强）");
		assertThat(splitter.split(others).articles()).hasSize(2);
	}

	/**
	 * A commentary printed under a report, its tagged title set below its text: the title shares no word with its
	 * text, but standing right below a text whose own headline is above it, it takes the part where the report's
	 * headline gives out.
	 */
	@Test
	void aTaggedTitleRightBelowAReportHeadedAboveTakesTheTextWhereTheReportsHeadlineGivesOut() {
		String page = """
				市游泳馆改造完工

				本报南宁3月2日电 （记者 陆平）
				经过一年改造，市游泳馆2日重新开放。改造后的游泳馆新建了儿童戏水池，
				更换了全部循环水设备，泳池水温常年保持在二十七摄氏度左右。

				游泳馆开放首日，前来游泳的市民络绎不绝。游泳馆负责人介绍，改造完工
				后每天可接待游泳爱好者三千人次，比改造前多了一倍。

				基层体育设施建起来了，还要让它们用起来、活起来。只有把群众的
				需要放在心上，健身场地才会人气常旺。

				社区健身路径、口袋公园、百姓球场，这几年在城乡遍地开花。可也有一些
				器材装好以后少人问津，风吹日晒，慢慢锈坏，成了摆设。

				器材有没有人用，要看是不是建在群众家门口，是不是群众喜欢的项目。建之
				前多听听居民的意见，建之后有人管、有人修，器材才能常用常新。

				基层体育设施建起来了，还要让它们用起来、活起来。只有把群众的
				需要放在心上，健身场地才会人气常旺。

				莫让好器材
				晒太阳（体育时评）
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).extracting(a -> a.headline().full())
			.containsExactly("市游泳馆改造完工", "莫让好器材晒太阳（体育时评）");
		assertThat(articles.get(0).body()).endsWith("比改造前多了一倍。");
		assertThat(articles.get(1).body()).startsWith("基层体育设施建起来了").endsWith("人气常旺。");
	}

	/**
	 * Two whole titles over one text, one closed by its column tag and one by its own subtitle: a headline has only
	 * one of each, so the text is two articles run together, each title heading the part it fits.
	 */
	@Test
	void aTitleWithItsSubtitleBelowATaggedTitleOverOneTextIsASecondArticle() {
		String page = """
				本报杭州3月5日电 当地时间5日，全国羽毛球团体赛在杭州结束，浙江队以三比
				一战胜江苏队，获得男子团体冠军。这是浙江队第二次获得这项比赛的冠军。

				本场比赛，浙江队首盘单打失利，随后双打组合稳住局面，两盘单打连胜，最终
				逆转取胜。赛后，主教练表示，全队比赛锻炼了年轻队员，达到了参赛目的。

				城市马拉松越办越多，跑友们报名要靠抽签，一些城市的赛事一年比一年热闹。
				热闹背后，赛道服务、医疗保障、交通组织都考验着办赛城市的功夫。

				办好一场赛事，既要有热度，也要有温度。把跑友当作客人，把服务做到细处，
				赛事才能成为城市的名片，而不是一阵风过后留下的一地鸡毛。

				马拉松办赛
				要有温度(体坛时评)

				浙江羽球男团夺冠
				——逆转江苏 练兵达到目的
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).extracting(a -> a.headline().main())
			.containsExactly("浙江羽球男团夺冠", "马拉松办赛要有温度(体坛时评)");
		assertThat(articles.get(0).body()).endsWith("达到了参赛目的。");
		assertThat(articles.get(1).body()).startsWith("城市马拉松越办越多");
	}

	/**
	 * Headlines printed together at the page's end: the report's title fits its text, the commentary's tagged title
	 * names its point in words of its own and fits no text. It still heads the text where the report's headline gives
	 * out, its pull quote, which restates a passage of it, at its head.
	 */
	@Test
	void aTaggedTitleThatFitsNoTextTakesTheTextWhereTheReportsHeadlineGivesOut() {
		String page = """
				本报讯（记者 林海）记者从省农业农村厅获悉：今年一季度，全省农产品出口额
				达到一百二十亿元，同比增长百分之九，茶叶、水果和水产品出口增长较快。

				省农业农村厅负责人表示，农产品出口增长，得益于出口基地建设和品牌培育。
				全省已建成农产品出口示范基地八十个，带动农户增收明显。

				据介绍，今年全省将继续培育农产品出口品牌，支持企业参加境外展会，推动
				农产品出口稳中提质，让乡亲们手里的活计多起来，日子越过越好。

				乡亲们的日子好不好，要看手里的活计多不多、干得顺不顺。把
				活送到手边上，产品卖得出口，日子自然越过越红火。

				春耕时节，不少村子的年轻人留在了家乡。村里建起了合作社，办起了加工厂，
				青年们白天上班，晚上照看老人孩子，一家人不用再分隔两地。

				村东头的服装车间里，缝纫机声响成一片。车间主任说，订单排到了秋天，
				还要再招二十名工人，培训合格就能上岗。

				留得住人，才有乡村的兴旺。从外出打工到回乡创业，变化背后是一条条修好
				的村路、一个个办起来的车间。乡亲们的日子好不好，要看手里的活计多不多、
				干得顺不顺。把活送到手边上，产品卖得出口，日子自然越过越红火。

				一季度全省农产品出口增长百分之九
				茶叶水果水产品出口增长较快

				守着家门
				也能奔小康（乡村观察）
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).extracting(a -> a.headline().main())
			.containsExactly("一季度全省农产品出口增长百分之九 茶叶水果水产品出口增长较快", "守着家门也能奔小康（乡村观察）");
		assertThat(articles.get(0).body()).endsWith("日子越过越好。");
		assertThat(articles.get(1).body()).startsWith("乡亲们的日子好不好").endsWith("日子自然越过越红火。");
	}

	/**
	 * A pull quote printed at a commentary's head restates a passage further on: no cut falls between the two, which
	 * are one article's, while a paragraph that only shares a few words with a later one binds nothing.
	 */
	@Test
	void noCutPartsAPullQuoteFromThePassageItRepeats() {
		List<String> paragraphs = List.of("全省农产品出口额同比增长百分之九，茶叶和水果出口增长较快。",
				"乡亲们的日子好不好，要看手里的活计多不多、干得顺不顺。",
				"春耕时节，不少村子的年轻人留在了家乡，合作社和加工厂办了起来。",
				"留得住人，才有乡村的兴旺。乡亲们的日子好不好，要看手里的活计多不多、干得顺不顺。",
				"茶叶出口的订单排到了秋天，合作社还要再招一批工人。");
		int[] repeats = RunTogether.repeatedLater(paragraphs);
		assertThat(RunTogether.separatesRepeat(repeats, 1)).isFalse();
		assertThat(RunTogether.separatesRepeat(repeats, 2)).isTrue();
		assertThat(RunTogether.separatesRepeat(repeats, 3)).isTrue();
		assertThat(RunTogether.separatesRepeat(repeats, 4)).isFalse();
	}

	/**
	 * Two titles printed side by side come out as one line, the space between them lost by the first one's column
	 * tag: the line is cut after the tag where each title fits its own text, and a bold title beside a plain one,
	 * extracted twice, is read once.
	 */
	@Test
	void twoTitlesRunTogetherAfterAColumnTagAreCutApartWhereEachFitsItsOwnText() {
		String page = """
				老街改造完成以后，青石板路修好了，沿街的老字号重新开张，游客多了，
				老街坊们也愿意出来坐一坐，聊聊老街的旧事，老街又有了烟火气。

				老街改造，改的是房子，留的是乡愁。留住老街的烟火气，老街才有
				长久的生命力，城市的记忆也才有处安放。

				留住老街的烟火气（城市漫笔）夜市经济要算长远账夜市经济要算长远账
				（民生观察）（民生观察）

				夜市经济火起来，带动了消费，也带来了噪音和垃圾。夜市经济要红火，
				更要算好长远账，把摊位管好，把卫生搞好，让居民睡得安稳。

				夜市经济不是一阵风。管理跟上了，夜市经济才能长久，商户和居民
				才能各得其所，这本长远账才算算明白了。
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).extracting(a -> a.headline().full())
			.containsExactly("留住老街的烟火气（城市漫笔）", "夜市经济要算长远账（民生观察）");
		assertThat(articles.get(0).body()).startsWith("老街改造完成以后").endsWith("有处安放。");
		assertThat(articles.get(1).body()).startsWith("夜市经济火起来").endsWith("算算明白了。");
	}

	/**
	 * A title run on after another one's column tag that fits the text of the title printed right above it is no
	 * part of that title: two titles each closed by a tag are two headlines, and the text under them two articles.
	 */
	@Test
	void aTaggedTitleCutOffALineIsNoPartOfTheTaggedTitleAboveIt() {
		String page = """
				读书伴我一生（名家谈）

				小时候家里穷，买不起书，我常到镇上的书店里站着看书，一站就是半天。
				书店的老师傅见我爱读书，常把旧书借给我，读书从此成了我一生的习惯。

				后来工作忙了，读书的时间少了，可每天睡前我总要读上几页书。读书让
				我在忙碌中静下心来，读书的习惯一直伴我走到今天。

				国庆假期，各地的红色旅游景点人头攒动，很多家长带着孩子来到纪念馆，
				听讲解员讲革命先辈的故事，一堂堂生动的爱国主义教育课在这里开讲。

				爱国主义教育课要讲在孩子们心里。让红色故事走进课堂、走进家庭，
				爱国主义的种子才能在孩子们心中生根发芽。

				中美经贸磋商取得进展，双方在农业、知识产权等领域达成共识。经贸
				磋商的进展说明，中美合作是两国唯一正确的选择，对话胜过对抗。

				中美经贸关系的本质是互利共赢。双方按照平等互利的原则继续磋商，
				中美经贸合作的前景就会越来越宽广。

				假期消费一片火热，商场里人流如织，餐厅里座无虚席，假期消费的热度
				说明我国内需潜力巨大，消费升级的势头强劲。

				假期消费火热的背后，是百姓收入的增长和消费信心的提升。扩大内需，
				假期消费这把火还会越烧越旺。

				假期消费彰显内需潜力（时评）

				中美经贸合作是唯一正确选择（钟声）一堂生动的爱国主义教育课一堂生动的爱国主义教育课
				（论坛）（论坛）
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).extracting(a -> a.headline().full())
			.containsExactly("读书伴我一生（名家谈）", "一堂生动的爱国主义教育课（论坛）", "中美经贸合作是唯一正确选择（钟声）",
					"假期消费彰显内需潜力（时评）");
	}

	/** A bracketed note inside a title is no column tag closing a first title: the title stays one. */
	@Test
	void aNoteInBracketsInsideATaggedTitleDoesNotCutIt() {
		String page = """
				春节假期，各地景区游人如织，出游的人比往年多了不少。不少家庭选择带着老人孩子
				一起出门，到附近的古镇、公园走一走，感受浓浓的年味。

				旅游部门介绍，春节期间全市接待游客超过三百万人次，乡村游、民俗游格外火热，
				不少农家乐的年夜饭早早就订满了。

				春节（农历新年）期间出游火热（新春走基层）
				""";
		List<SplitArticle> articles = splitter.split(page).articles();
		assertThat(articles).extracting(a -> a.headline().full())
			.containsExactly("春节（农历新年）期间出游火热（新春走基层）");
	}

}
