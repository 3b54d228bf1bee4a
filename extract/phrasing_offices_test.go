package extract

import "testing"

// Offices of provinces and cities, of royals and of Japanese ministers,
// and the words the segmenter leaves on a name.
func TestLocalAndRoyalOffices(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"a provincial party secretary receives a state governor (found: gov.cn 2014)",
			"2014-05-12",
			"11日下午，中共中央政治局委员、广东省委书记胡春华在广州会见澳大利亚新南威尔士州州督巴希尔。",
			[]string{"MEETING:胡春华/广东省委书记/CN,>巴希尔/新南威尔士州州督/AU|广州"}},
		{"a party secretary with the province before the office (synthetic)",
			"2023-08-30",
			"29日下午，江苏省委书记信长星在南京会见了泰国总理赛塔。",
			[]string{"MEETING:信长星/江苏省委书记/CN,>赛塔/总理/TH|南京"}},
		{"a princess, on the day before the paper's (found: 成都日报 2005)",
			"2005-04-13",
			"（四川日报记者孙琳本报记者赖晓莉）昨日，省长张中伟在蓉会见了泰国公主诗琳通一行。",
			[]string{"MEETING:张中伟/省长/CN,>诗琳通/公主/TH"}},
		{"a Japanese minister's office in 相 (found: Now新闻台 2025)",
			"2025-11-02",
			"出席东盟防长扩大会的国防部长董军与日本防卫相小泉进次郎会谈。",
			[]string{"TALKS:董军/国防部长/CN,>小泉进次郎/防卫相/JP"}},
		{"an adverb after a name of three characters; a day between two 在 (found: 联合报 2023)",
			"2023-10-28",
			"此外，中共另一军委副主席何卫东也在28日在北京的八一大楼与来访的越南防长潘文将会谈。",
			[]string{"TALKS:何卫东/中共另一军委副主席/CN,>潘文将/防长/VN@北京的八一大楼|北京"}},
		{"a Taiwanese country name, offices joined by 兼 (found: 联合报 2023)",
			"2023-10-28",
			"中央军委副主席张又侠28日在北京的八一大楼分别与寮国副总理兼防长占沙蒙、蒙古防长赛汗巴亚尔举行会谈。",
			[]string{"TALKS:张又侠/中央军委副主席/CN,>占沙蒙/副总理兼防长/LA@北京的八一大楼|北京", "TALKS:张又侠/中央军委副主席/CN,>赛汗巴亚尔/防长/MN@北京的八一大楼|北京"}},
	})
}

// A local office keeps the province or city written before it.
func TestLocalOfficeKeepsItsProvince(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"province, 省 and the office (found: 湖南日报 via gov.cn 2007)",
			"2007-09-25",
			"9月24日下午，湖南省省长周强在长沙会见了来访的菲律宾南伊罗戈省省长迪奥格拉西亚斯·萨维拉诺一行。",
			[]string{"MEETING:周强/湖南省省长/CN,>迪奥格拉西亚斯·萨维拉诺/南伊罗戈省省长/PH|长沙"}},
		{"a city and its mayor (synthetic)",
			"2007-09-25",
			"9月24日下午，长沙市市长张剑飞在长沙会见了菲律宾总统阿罗约。",
			[]string{"MEETING:张剑飞/长沙市市长/CN,>阿罗约/总统/PH|长沙"}},
		{"an office written without its province stays as written (synthetic)",
			"2007-09-25",
			"9月24日下午，省长张剑飞在长沙会见了菲律宾总统阿罗约。",
			[]string{"MEETING:张剑飞/省长/CN,>阿罗约/总统/PH|长沙"}},
	})
}

// Foreign consuls posted to Chinese cities, and a delegation "由X为团长".
func TestConsulsInChinaAndDelegationsHeadedBy(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"a consul general in Guangzhou heads a consular corps (found: 福建日报 2015)",
			"2015-09-08",
			"本报讯 7日晚，省长苏树林在厦门会见了由希腊驻广州总领事康斯坦丁·卡其武斯为团长，来自25个国家驻广州、上海、厦门总领事馆的总领事、领事等组成的外国驻华领事团一行。",
			[]string{"MEETING:苏树林/省长/CN,>康斯坦丁·卡其武斯/驻广州总领事/GR|厦门"}},
		{"a consul general received alone (synthetic)",
			"2015-09-08",
			"新华社上海9月7日电 上海市市长杨雄7日会见了法国驻上海总领事柯德。",
			[]string{"MEETING:杨雄/上海市市长/CN,>柯德/驻上海总领事/FR|上海"}},
	})
}

// A guest named bare with his office after the name takes his country from
// his first mention; a day word left on a name goes.
func TestBareGuestsAndDayWordsOnNames(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"a Mongolian name, its office after it (found: 2019, a glossed mirror)",
			"2019-04-25",
			"国家主席习近平25日在人民大会堂东门外广场举行仪式，欢迎蒙古国总统巴特图勒嘎对我国进行国事访问。欢迎仪式后，习近平主席同巴特图勒嘎总统举行会谈。",
			[]string{"TALKS:习近平/国家主席/CN,>巴特图勒嘎/总统/MN"}},
		{"当日 after the name; that day is the 昨天 told before (found: 东方日报 2024)",
			"2024-10-16",
			"【本报综合报道】中国国防部昨天公布，中央军委副主席张又侠当日在北京会见来华访问的俄罗斯国防部长别洛乌索夫。",
			[]string{"MEETING:张又侠/中央军委副主席/CN,>别洛乌索夫/国防部长/RU|北京"}},
	})
}

// In a chain of offices a Party office gives way to the state office after
// it; alone it is the title.
func TestPartyOfficeGivesWayToStateOffice(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"省委常委、常务副省长 (found: 河北日报 2005)",
			"2005-09-07",
			"本报9月7日讯 今天下午，省委常委、常务副省长郭庚茂在省会河北会堂会见了匈牙利佩斯州州长伊姆莱·索伯。",
			[]string{"MEETING:郭庚茂/常务副省长/CN,>伊姆莱·索伯/佩斯州州长/HU@河北会堂"}},
		{"省委常委、副省长、市委书记 (found: 扬子晚报 2002)",
			"2002-12-23",
			"本报讯 昨天上午，省委常委、副省长、苏州市委书记王珉在苏州会见了以总书记鲁莱德为团长的毛里塔尼亚代表团。",
			[]string{"MEETING:王珉/副省长/CN,>鲁莱德/总书记/MR|苏州"}},
		{"a provincial secretary alone keeps his office (synthetic)",
			"2005-09-07",
			"本报9月7日讯 今天下午，省委书记白克明在石家庄会见了匈牙利佩斯州州长伊姆莱·索伯。",
			[]string{"MEETING:白克明/省委书记/CN,>伊姆莱·索伯/佩斯州州长/HU|石家庄"}},
	})
}
