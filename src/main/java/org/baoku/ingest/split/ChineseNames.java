package org.baoku.ingest.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a Chinese personal name looks like: a surname and one or two given characters. */
public final class ChineseNames {

	private static final String SINGLE_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由傅洪赖萧阎钮荀郦濮庾竺桓逄隗郗邴酆蒯訾璩郏蓟宓钭贲习贝汲糜韶鄂莘宦暨夔厍乜蔚";

	private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
			"慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "端木", "申屠", "轩辕", "西门", "南宫", "呼延");

	/**
	 * Words that start with a surname and are as short as a name but are columns' and sections' labels, set alone on
	 * a line as a signature would be ("简讯" over a column of briefs).
	 */
	private static final Set<String> LABELS = Set.of("简讯", "时评", "时政", "时事", "国际", "国内", "文化", "文艺", "文摘",
			"关注", "金融", "党建", "农业", "农村", "安全", "平安", "要闻", "图片", "特稿", "专访", "综述", "快讯", "短讯");

	private ChineseNames() {
	}

	public static boolean hasSurname(String s) {
		if (s.length() >= 2 && COMPOUND_SURNAMES.contains(s.substring(0, 2))) {
			return true;
		}
		return !s.isEmpty() && SINGLE_SURNAMES.indexOf(s.charAt(0)) >= 0;
	}

	/**
	 * A Chinese personal name as bylines print it: a surname and one or two given characters (three with a compound
	 * surname, "欧阳辉"). The one bound on a name's length for every rule that asks whether words are a name.
	 */
	public static boolean isPersonalName(String s) {
		int most = s.length() >= 2 && COMPOUND_SURNAMES.contains(s.substring(0, 2)) ? 4 : 3;
		return s.length() >= 2 && s.length() <= most && s.chars().allMatch(Chars::isIdeograph) && hasSurname(s)
				&& !LABELS.contains(s);
	}

	/** Two to four ideographs, or a transliterated name with a middle dot (阿·库尼察). */
	public static boolean looksLikeName(String s) {
		if (s.contains("·")) {
			return s.length() <= 12 && s.chars().allMatch(c -> c == '·' || Chars.isIdeograph(c));
		}
		return s.length() >= 2 && s.length() <= 4 && s.chars().allMatch(Chars::isIdeograph) && !LABELS.contains(s);
	}

	/**
	 * Splits names a line break glued together ("杨依军赵博") into names that each start with a surname, preferring
	 * three-character names; a string that cannot be split that way is returned whole.
	 */
	public static List<String> splitGlued(String s, Set<String> known) {
		if (known.contains(s) || s.contains("·")) {
			return List.of(s);
		}
		List<String> byGazetteer = splitKnown(s, known);
		if (byGazetteer != null) {
			return byGazetteer;
		}
		if (s.length() <= 3) {
			return List.of(s);
		}
		List<String> best = split(s);
		return best == null ? List.of(s) : best;
	}

	/** Reporters already in the archive settle how a glued string of names divides. */
	private static List<String> splitKnown(String s, Set<String> known) {
		if (s.isEmpty()) {
			return new ArrayList<>();
		}
		for (int len = Math.min(4, s.length()); len >= 2; len--) {
			if (known.contains(s.substring(0, len))) {
				List<String> rest = splitKnown(s.substring(len), known);
				if (rest != null) {
					rest.add(0, s.substring(0, len));
					return rest;
				}
			}
		}
		return null;
	}

	private static List<String> split(String s) {
		if (s.isEmpty()) {
			return new ArrayList<>();
		}
		for (int len : new int[] { 3, 2 }) {
			if (s.length() >= len && hasSurname(s) && (s.length() == len || s.length() - len >= 2)) {
				List<String> rest = split(s.substring(len));
				if (rest != null) {
					rest.add(0, s.substring(0, len));
					return rest;
				}
			}
		}
		return null;
	}

}
