package extract

import (
	"strings"
	"testing"
)

// participantRows runs the extractor on text and returns, for every
// participant of every meeting, "ROLE|title|country|organisation".
func participantRows(t *testing.T, e *Extractor, text, date string) map[string]string {
	t.Helper()
	r := e.Extract(text, Options{Date: date})
	out := map[string]string{}
	for _, a := range r.Articles {
		for _, m := range a.Meetings {
			for _, p := range m.Participants {
				s := func(v *string) string {
					if v == nil {
						return ""
					}
					return *v
				}
				out[p.Name] = strings.Join([]string{string(p.Role), s(p.Title), s(p.Country), s(p.Organisation)}, "|")
			}
		}
	}
	return out
}

type participantCase struct {
	name, text, date string
	want             map[string]string // name -> ROLE|title|country|organisation
}

func checkParticipants(t *testing.T, cases []participantCase) {
	e := newT(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := participantRows(t, e, c.text, c.date)
			for name, w := range c.want {
				if got[name] != w {
					t.Errorf("%s: got %q, want %q (all: %v)", name, got[name], w, got)
				}
			}
		})
	}
}

// Every named member of a delegation is a guest, with the delegation's
// country when his own is not written.
func TestDelegationMembersAreGuests(t *testing.T) {
	checkParticipants(t, []participantCase{
		{"members in the next sentence", // synthetic
			"新华社北京3月5日电 国家主席习近平5日在人民大会堂会见了以越共中央政治局委员、中央书记处常务书记武文赏为团长的越共中央代表团。代表团成员包括越共中央对外部部长黎怀忠、越共中央办公厅主任黎明兴和越南驻华大使范星梅。\n王毅、马朝旭参加会见。",
			"2019-03-05", map[string]string{
				"武文赏": "GUEST|越共中央书记处常务书记|VN|", "黎怀忠": "GUEST|越共中央对外部部长|VN|",
				"黎明兴": "GUEST|越共中央办公厅主任|VN|", "范星梅": "GUEST|驻华大使|VN|", "王毅": "ATTENDEE||CN|"}},
		{"congressional delegation named by its members", // synthetic
			"新华社北京2023年4月12日电 全国人大常委会委员长赵乐际12日在人民大会堂会见美国国会众议员代表团。代表团成员包括众议员拉森、众议员罗伯茨和众议员戴维斯。",
			"", map[string]string{"拉森": "GUEST|众议员|US|", "罗伯茨": "GUEST|众议员|US|", "戴维斯": "GUEST|众议员|US|"}},
		{"members after the head led by", // synthetic
			"新华社北京1999年4月8日电 中共中央政治局常委、全国政协主席李瑞环今天在人民大会堂会见了由主席伊万诺夫率领的俄罗斯共产党代表团。代表团成员有副主席库普佐夫和中央委员拉布科夫。",
			"", map[string]string{"伊万诺夫": "GUEST|主席|RU|", "库普佐夫": "GUEST|副主席|RU|", "拉布科夫": "GUEST|中央委员|RU|"}},
		{"members in the same sentence, guest clause opened by 前来", // synthetic
			"新华社北京5月10日电 国家主席习近平10日在人民大会堂会见前来参加中美企业家座谈会的美国企业界代表团，代表团成员有美国商会会长多诺霍、黑石集团董事长苏世民等。",
			"2019-05-10", map[string]string{"多诺霍": "GUEST|美国商会会长|US|", "苏世民": "GUEST|黑石集团董事长|US|"}},
		{"deputy head named with the head", // synthetic
			"新华社北京5月10日电 国家副主席胡锦涛今天在中南海会见了以主席阿卜杜拉为团长、副主席哈桑为副团长的马来西亚巫统代表团。",
			"1999-05-10", map[string]string{"阿卜杜拉": "GUEST|主席|MY|", "哈桑": "GUEST|副主席|MY|"}},
		{"members of a parliament's delegation, 1990s", // synthetic
			"新华社北京5月10日电 全国人大常委会委员长李鹏今天在人民大会堂会见了日本众议院议长伊藤宗一郎率领的日本众议院代表团。代表团成员有众议员中山太郎、众议员野田毅等。\n全国人大常委会副委员长姜春云、外事委员会主任委员曾建徽等参加了会见。",
			"1999-05-10", map[string]string{"伊藤宗一郎": "GUEST|众议院议长|JP|", "中山太郎": "GUEST|众议员|JP|", "野田毅": "GUEST|众议员|JP|",
				"姜春云": "ATTENDEE|全国人大常委会副委员长|CN|", "曾建徽": "ATTENDEE|外事委员会主任委员|CN|"}},
		{"head and members told after the meeting", // synthetic
			"新华社北京5月10日电 全国人大常委会委员长栗战书10日在人民大会堂会见美国国会参议员代表团。代表团由参议员戴恩斯率领，成员包括参议员珀杜和参议员沙欣。",
			"2019-05-10", map[string]string{"戴恩斯": "GUEST|参议员|US|", "珀杜": "GUEST|参议员|US|", "沙欣": "GUEST|参议员|US|"}},
		{"group of former leaders", // synthetic
			"新华社北京5月10日电 国务委员兼外长王毅10日在钓鱼台国宾馆会见“全球领导人理事会”代表团。代表团成员包括英国前首相布朗、芬兰前总统哈洛宁和墨西哥前总统塞迪略。",
			"2019-05-10", map[string]string{"布朗": "GUEST|前首相|GB|", "哈洛宁": "GUEST|前总统|FI|", "塞迪略": "GUEST|前总统|MX|"}},
		{"a Korean name with 在 inside", // synthetic
			"新华社北京5月10日电 中共中央政治局常委、全国政协主席汪洋10日在人民大会堂会见由主席金在原率领的韩国共同民主党代表团一行。",
			"2019-05-10", map[string]string{"金在原": "GUEST|主席|KR|"}},
		{"a counted group of envoys named in a later sentence", // 人民日报 1994-11-20 p.4 (新华社)
			"新华社北京11月19日电(记者冯秀菊)国务院总理李鹏今天上午在中南海紫光阁会见了14国离到任驻华大使和新任欧洲联盟欧洲委员会驻华代表团团长魏根深，同他们进行了亲切友好的谈话。\n这14位大使中包括两位离任和12位新到任大使。他们是：加拿大离任大使碧福、加蓬离任大使本杰明；安哥拉首任大使德索萨、刚果大使翁巴卡—埃科里、加纳大使阿穆—戈特弗里德、大不列颠及北爱尔兰联合王国大使艾博雅、马绍尔群岛共和国大使海因、蒙古国大使查希勒冈、突尼斯大使本·梅萨乌达、毛里塔尼亚大使巴巴米内、斯洛伐克共和国大使克里莫、菲律宾大使罗慕阿多、莱索托大使莫莱科和巴基斯坦大使卡齐。",
			"1994-11-20", map[string]string{"碧福": "GUEST|离任大使|CA|", "德索萨": "GUEST|首任大使|AO|", "艾博雅": "GUEST|大使|GB|",
				"海因": "GUEST|大使|MH|", "克里莫": "GUEST|大使|SK|", "卡齐": "GUEST|大使|PK|"}},
		{"head introduced before the meeting", // 中国人大网 2016-05-12
			"中国人大网讯 应全国人大外事委员会的邀请，以罗马尼亚众议院外委会主席、匈民联议员博尔贝伊·拉斯洛为团长的罗马尼亚众议院外委会代表团一行6人，于2016年4月25日至30日来华访问。\n4月26日下午，全国人大常委会副委员长吉炳轩在北京人民大会堂会见了该代表团；全国人大外事委员会副主任委员赵白鸽等会见时在座。",
			"2016-04-27", map[string]string{"博尔贝伊·拉斯洛": "GUEST|众议院外委会主席|RO|",
				"赵白鸽": "ATTENDEE|全国人大外事委员会副主任委员|CN|"}},
	})
}

// Heads of international and regional organisations serve no state: the
// country is null and the organisation is set.
func TestOrganisationHeadHasNoCountry(t *testing.T) {
	checkParticipants(t, []participantCase{
		{"AU Commission chairperson", // 新华社 2024-09-03
			"新华社北京9月3日电（记者温馨、吉宁）9月3日上午，国家主席习近平在北京人民大会堂会见来华出席中非合作论坛北京峰会的非盟委员会主席法基。",
			"2024-09-03", map[string]string{"法基": "GUEST|主席||非盟委员会"}},
		{"AU Commission beside a premier", // 新华社 2018-09-05
			"新华社北京9月5日电（记者温馨、吴嘉林）全国政协主席汪洋5日在钓鱼台国宾馆分别会见非盟委员会主席法基和阿尔及利亚总理乌叶海亚。\n万钢参加会见。",
			"2018-09-05", map[string]string{"法基": "GUEST|主席||非盟委员会", "乌叶海亚": "GUEST|总理|DZ|", "万钢": "ATTENDEE||CN|"}},
		{"ASEAN secretary-general", // synthetic
			"新华社北京2019年11月5日电 国务院总理李克强5日在人民大会堂会见东盟秘书长林玉辉。",
			"", map[string]string{"林玉辉": "GUEST|秘书长||东盟"}},
		{"speaker of a regional parliament", // synthetic
			"新华社北京5月10日电 全国政协主席汪洋10日在人民大会堂会见拉美议会议长拉博格一行。",
			"2019-05-10", map[string]string{"拉博格": "GUEST|议长||拉丁美洲议会"}},
		{"European Parliament president", // synthetic
			"新华社北京5月10日电 全国人大常委会委员长栗战书10日在人民大会堂会见欧洲议会议长萨索利。",
			"2019-05-10", map[string]string{"萨索利": "GUEST|议长||欧洲议会"}},
		{"an organisation of the 1990s", // synthetic
			"新华社北京1995年5月10日电 江泽民主席今天在中南海会见了非统组织秘书长萨利姆。",
			"", map[string]string{"萨利姆": "GUEST|秘书长||非洲统一组织"}},
		{"head of a body outside the lexicon", // 新华社 2013-10-30 (testdata/reports)
			"10月30日，中国国家副主席李源潮在北京会见由主席斯沃博达率领的欧洲议会社会党党团代表团。",
			"2013-10-30", map[string]string{"斯沃博达": "GUEST|主席||欧洲议会社会党党团"}},
		{"head of a foundation's delegation", // synthetic
			"新华社北京5月10日电 国务院副总理刘鹤10日在中南海会见由主席苏珊·伯克率领的全球健康创新基金会代表团。",
			"2019-05-10", map[string]string{"苏珊·伯克": "GUEST|主席||全球健康创新基金会"}},
		{"UN secretary-general of the 1990s named alone", // synthetic
			"新华社北京1998年3月20日电 国家主席江泽民今天在中南海会见了联合国秘书长安南。",
			"", map[string]string{"安南": "GUEST|秘书长||联合国"}},
	})
}

// Attendee lists opened by "…的有", one per side, with long party titles
// and a foreign ambassador inside the list.
func TestAttendeeListBothSides(t *testing.T) {
	checkParticipants(t, []participantCase{
		{"会见时在座的有 with a foreign ambassador", // synthetic
			"新华社北京1997年5月6日电 国家主席江泽民今天在人民大会堂会见了法国总统希拉克。\n会见时在座的有国务委员兼国务院秘书长罗干、外交部长钱其琛和法国驻华大使毛磊等。",
			"", map[string]string{"罗干": "ATTENDEE|国务委员兼国务院秘书长|CN|", "钱其琛": "ATTENDEE|外交部长|CN|", "毛磊": "ATTENDEE|驻华大使|FR|"}},
		{"one list per side", // synthetic
			"新华社北京2010年5月6日电 国家主席胡锦涛6日在人民大会堂会见了越共中央总书记农德孟。\n中方出席的有：中共中央政治局委员、国务委员戴秉国，中联部部长王家瑞等；越方出席的有：越共中央政治局委员、中央对外部部长何文严，越南驻华大使阮文诗等。",
			"", map[string]string{"戴秉国": "ATTENDEE|国务委员|CN|", "王家瑞": "ATTENDEE|中联部部长|CN|",
				"何文严": "ATTENDEE|越共中央对外部部长|VN|", "阮文诗": "ATTENDEE|驻华大使|VN|"}},
		{"a list longer than the attendee pattern, 会见时在座", // synthetic, after 新华社 2010
			"新华社北京2010年5月6日电 国家主席胡锦涛6日在人民大会堂会见了越共中央总书记农德孟。\n中共中央政治局委员、中央书记处书记、中央办公厅主任令计划，中共中央政治局委员、国务委员戴秉国，全国人大常委会副委员长、中华全国总工会主席王兆国，全国政协副主席、中华全国工商业联合会主席黄孟复，中联部部长王家瑞，外交部部长杨洁篪，国家发展和改革委员会主任张平等会见时在座。",
			"", map[string]string{"令计划": "ATTENDEE|中央办公厅主任|CN|", "戴秉国": "ATTENDEE|国务委员|CN|",
				"王兆国": "ATTENDEE|全国人大常委会副委员长|CN|", "黄孟复": "ATTENDEE|全国政协副主席|CN|", "张平": "ATTENDEE|国家发展和改革委员会主任|CN|"}},
		{"bare names, one opener per side with the event inside", // synthetic
			"新华社北京2010年5月6日电 国家主席胡锦涛6日在人民大会堂同越共中央总书记农德孟举行会谈。\n越方出席会谈的有：何文严、阮文诗等人。中方参加会谈的有：令计划、戴秉国、王家瑞。",
			"", map[string]string{"何文严": "ATTENDEE||VN|", "阮文诗": "ATTENDEE||VN|", "令计划": "ATTENDEE||CN|", "王家瑞": "ATTENDEE||CN|"}},
		{"sides inside one list", // synthetic
			"新华社北京2010年5月6日电 国家主席胡锦涛6日在人民大会堂同越共中央总书记农德孟举行会谈。\n双方出席会谈的有：中方令计划、戴秉国，越方何文严、阮文诗等。",
			"", map[string]string{"令计划": "ATTENDEE||CN|", "戴秉国": "ATTENDEE||CN|", "何文严": "ATTENDEE||VN|", "阮文诗": "ATTENDEE||VN|"}},
		{"人员有 per side", // synthetic
			"新华社北京2010年5月6日电 国家主席胡锦涛6日在人民大会堂同越共中央总书记农德孟举行会谈。\n参加会谈的中方人员有令计划、戴秉国等，越方人员有何文严、阮文诗等。",
			"", map[string]string{"令计划": "ATTENDEE||CN|", "戴秉国": "ATTENDEE||CN|", "何文严": "ATTENDEE||VN|", "阮文诗": "ATTENDEE||VN|"}},
		{"陪同会见的有", // synthetic
			"新华社北京2008年5月6日电 国家主席胡锦涛6日在人民大会堂会见了越南总理阮晋勇。\n陪同会见的有中共中央政治局委员、国务委员戴秉国，外交部部长杨洁篪等。",
			"", map[string]string{"戴秉国": "ATTENDEE|国务委员|CN|", "杨洁篪": "ATTENDEE|外交部部长|CN|"}},
		{"ambassador among the Chinese attendees", // 中新网 2004-12-15
			"中新网12月15日电 国务院总理温家宝今天在人民大会堂会见日本外务副大臣逢泽一郎率领的日本松下政经塾出身的年轻国会议员代表团，双方就中日关系交换了意见。\n中国人民外交学会会长卢秋田、外交部副部长武大伟、日本驻华大使阿南惟茂等参加了会见。",
			"2004-12-15", map[string]string{"逢泽一郎": "GUEST|外务副大臣|JP|", "卢秋田": "ATTENDEE|中国人民外交学会会长|CN|",
				"武大伟": "ATTENDEE|外交部副部长|CN|", "阿南惟茂": "ATTENDEE|驻华大使|JP|"}},
	})
	// The opener may hold the event: "中方出席欢迎仪式的还有" (新华社 2009).
	e := newT(t)
	s := splitSentences("中方出席欢迎仪式的还有全国人大常委会副委员长蒋树声、外交部长杨洁篪等。")[0]
	ps := e.attendeeLists(s)
	if len(ps) != 2 || ps[0].name != "蒋树声" || ps[1].name != "杨洁篪" || ps[1].country != "CN" {
		t.Errorf("出席欢迎仪式的还有: got %+v", ps)
	}
}

// The older style names a leader before his office, or by surname and
// office ("江主席"); foreign names outside the lexicon are read from the
// characters of transliteration.
func TestNameBeforeOfficeOlderStyle(t *testing.T) {
	checkParticipants(t, []participantCase{
		{"江主席 as host", // synthetic
			"新华社北京1997年5月6日电 江主席今天在人民大会堂会见了法国总统希拉克。",
			"", map[string]string{"江泽民": "HOST||CN|", "希拉克": "GUEST|总统|FR|"}},
		{"江主席 later in the article takes the title of the first mention", // synthetic
			"新华社北京1997年5月6日电 国家主席江泽民今天上午在人民大会堂会见了法国总统希拉克。\n江主席今天下午还在中南海会见了日本首相桥本龙太郎。",
			"", map[string]string{"江泽民": "HOST|国家主席|CN|", "桥本龙太郎": "GUEST|首相|JP|"}},
		{"朱总理 as host", // synthetic
			"本报北京5月6日讯 朱总理今天下午在中南海紫光阁会见了日本首相桥本龙太郎。",
			"1998-05-07", map[string]string{"朱镕基": "HOST||CN|", "桥本龙太郎": "GUEST|首相|JP|"}},
		{"李鹏总理 with a guest named before his office", // synthetic
			"新华社北京1998年6月27日电 李鹏总理今天在人民大会堂会见了穆塞韦尼总统一行。",
			"", map[string]string{"李鹏": "HOST||CN|", "穆塞韦尼": "GUEST|||"}},
		{"a leader of the 1990s named before his office", // synthetic
			"新华社北京1998年6月27日电 江泽民主席今天在人民大会堂会见了来访的叶利钦总统和夫人。",
			"", map[string]string{"叶利钦": "GUEST||RU|"}},
		{"unknown transliterated name before office and spouse", // synthetic
			"新华社北京1998年6月27日电 江泽民主席今天在人民大会堂会见了来访的姆瓦纳瓦萨总统和夫人。",
			"", map[string]string{"姆瓦纳瓦萨": "GUEST|||"}},
	})
}

// A title keeps the body that qualifies it: a party's short form written
// where the country would stand stays in its central committee's offices.
func TestTitleKeepsItsBody(t *testing.T) {
	checkParticipants(t, []participantCase{
		{"越共中央总书记", // synthetic, after 新华社 2010
			"新华社北京2010年5月6日电 国家主席胡锦涛6日在人民大会堂会见了越共中央总书记农德孟。",
			"", map[string]string{"农德孟": "GUEST|越共中央总书记|VN|"}},
		{"越共中央总书记 as host abroad", // synthetic
			"新华社河内2017年3月5日电 越共中央总书记阮富仲5日在河内会见了以中共中央政治局委员、中央书记处书记刘云山为团长的中共代表团。",
			"", map[string]string{"阮富仲": "HOST|越共中央总书记|VN|"}},
		{"欧洲理事会主席 keeps its organisation", // synthetic
			"新华社北京2006年11月9日电 中共中央政治局常委、全国人大常委会委员长吴邦国9日在人民大会堂会见了欧洲理事会主席米歇尔。",
			"", map[string]string{"米歇尔": "GUEST|主席||欧洲理事会", "吴邦国": "HOST|全国人大常委会委员长|CN|"}},
		{"a party rank gives way to the office after it", // synthetic
			"新华社北京5月10日电 中共中央政治局委员、北京市委书记蔡奇10日在北京会见了越南总理阮春福。",
			"2019-05-10", map[string]string{"蔡奇": "HOST|北京市委书记|CN|"}},
		{"a party rank gives way to a department's office", // synthetic
			"新华社北京5月10日电 中共中央政治局委员、中联部部长宋涛10日在北京会见以总书记戈麦斯为团长的智利社会党代表团。代表团成员包括副主席贝拉斯克斯和议员洛佩斯。",
			"2019-05-10", map[string]string{"宋涛": "HOST|中联部部长|CN|", "戈麦斯": "GUEST|总书记|CL|", "洛佩斯": "GUEST|议员|CL|"}},
		{"国务委员会主席 is not 国务委员", // synthetic
			"新华社北京5月10日电 中共中央总书记、国家主席、中央军委主席江泽民今天在人民大会堂会见了古巴共产党中央第一书记、国务委员会主席卡斯特罗。",
			"1999-05-10", map[string]string{"江泽民": "HOST|国家主席|CN|", "卡斯特罗": "GUEST|国务委员会主席|CU|"}},
		{"中央军委副主席, and an attendee whose surname is a function word", // synthetic
			"新华社北京5月10日电 中央军委副主席迟浩田今天在八一大楼会见了美国国防部长科恩。\n会见时在座的有总参谋长傅全有、总政治部主任于永波等。",
			"1999-05-10", map[string]string{"迟浩田": "HOST|中央军委副主席|CN|", "傅全有": "ATTENDEE|总参谋长|CN|", "于永波": "ATTENDEE|总政治部主任|CN|"}},
		{"a party rank alone is the title", // synthetic
			"新华社北京2004年4月8日电 中共中央政治局常委李长春今天在人民大会堂会见了越南总理潘文凯。",
			"", map[string]string{"李长春": "HOST|中共中央政治局常委|CN|", "潘文凯": "GUEST|总理|VN|"}},
	})
}

// A leader's name followed by the transliteration dot starts another
// person's name (人民政协报 2006-11-09: 布莱尔·泰勒, not 布莱尔).
func TestLeaderNameOpensDottedName(t *testing.T) {
	checkParticipants(t, []participantCase{
		{"布莱尔·泰勒",
			"本报讯8日下午，全国政协副主席董建华在北京会见由主席布莱尔·泰勒率领的美国城市联盟洛杉矶分部代表团。",
			"2006-11-09", map[string]string{"布莱尔·泰勒": "GUEST|主席|US|"}},
	})
}

// A surname the segmenter reads as a function word opens a name only when
// the name ends a list item.
func TestSurnameThatIsAFunctionWord(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"于永波等", "于永波", true},
		{"于洪君、", "于洪君", true},
		{"于永波", "于永波", true},
		{"于昨天抵", "", false}, // synthetic: "总统于昨天抵达"
		{"于北京举", "", false}, // synthetic: "总统于北京举行"
	} {
		got, ok := surnameFirst([]rune(c.in))
		if got != c.want || ok != c.ok {
			t.Errorf("surnameFirst(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// Lists of kinds of people, not persons, give no guest or attendee.
func TestMemberListOfKindsIsNoPerson(t *testing.T) {
	e := newT(t)
	for _, c := range []struct{ name, text string }{
		{"kinds of people", "新华社北京5月10日电 国家主席习近平10日在人民大会堂会见美国企业界代表团。代表团成员包括政府官员、企业家和学者等。"}, // synthetic
		{"fields", "新华社北京5月10日电 国家主席习近平10日在人民大会堂会见美国企业界代表团。代表团成员来自金融、能源和科技等领域。"},           // synthetic
	} {
		t.Run(c.name, func(t *testing.T) {
			for name, row := range participantRows(t, e, c.text, "2019-05-10") {
				if name != "习近平" {
					t.Errorf("unexpected participant %s %s", name, row)
				}
			}
		})
	}
	for _, c := range []struct {
		p    person
		want bool
	}{
		{person{name: "令计划"}, true},
		{person{name: "欧阳自远"}, true},
		{person{name: "姆瓦纳瓦萨"}, true},
		{person{name: "能源"}, false},
		{person{name: "政府官员"}, false},
		{person{name: "有关方面负责人"}, false},
		{person{name: "来自金融"}, false},
		{person{name: "杨洁篪", title: "外交部长"}, true},
	} {
		if got := plausiblePerson(c.p); got != c.want {
			t.Errorf("plausiblePerson(%q) = %v, want %v", c.p.name, got, c.want)
		}
	}
}

// Every kind of phrases.tsv the passes use is loaded and not empty.
func TestPhraseListsLoaded(t *testing.T) {
	for name, n := range map[string]int{
		"member": len(memberOpeners), "attend": len(attendVerbs), "party": len(partyForms),
		"delegation": len(delegationWords), "groupmember": len(groupMemberWords), "headmarker": len(headMarkers),
		"deputymarker": len(deputyMarkers), "body": len(bodyWords), "companion": len(companions),
		"notname": len(notNameEnds), "statesuffix": len(stateSuffixes), "fnsurname": len(fnSurnames),
		"attendtail": len(attendTail) - 1, "shortforms": len(shortForms), "translit": len(translitRunes),
		"surnames": len(surnameRunes) + len(surnamePairs),
	} {
		if n == 0 {
			t.Errorf("phrase list %s is empty", name)
		}
	}
	if stateSuffixes[0] != "民主共和国" && stateSuffixes[0] != "人民共和国" {
		t.Errorf("stateSuffixes not longest first: %v", stateSuffixes)
	}
}
