package extract

import "testing"

// TestForeignHostReceivesChineseGuest: a foreign king, president, emir,
// prime minister or speaker receives a visiting Chinese leader or foreign
// minister. The host is foreign (country from the words before his office,
// the lexicon, or, for an office only a foreign state's official holds, the
// city abroad of the meeting or the dateline); the guest is Chinese, his
// office without the country word.
func TestForeignHostReceivesChineseGuest(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		// real (testdata/reports/151, 人民日报 1999-02-06)
		{"king with his country receives the Chinese foreign minister",
			"1999-02-05",
			"本报曼谷2月5日电记者成元生报道:泰国国王普密蓬今天下午在王宫会见了中国外长唐家璇,双方进行了亲切友好的谈话。",
			[]string{"MEETING:普密蓬/国王/TH,>唐家璇/外长/CN@王宫|曼谷"}},
		// synthetic: the same without the country word
		{"a king without country takes the dateline's country abroad",
			"1999-02-05",
			"本报曼谷2月5日电 国王普密蓬今天下午在王宫会见了中国外长唐家璇。",
			[]string{"MEETING:普密蓬/国王/TH,>唐家璇/外长/CN@王宫|曼谷"}},
		// synthetic
		{"a prime minister outside the lexicon, no country, guest a vice-premier",
			"2007-04-12",
			"新华社东京4月12日电 首相安倍晋三12日在首相官邸会见了正在日本访问的国务院副总理曾培炎。",
			[]string{"MEETING:安倍晋三/首相/JP,>曾培炎/国务院副总理/CN@首相官邸|东京"}},
		// synthetic, older style: the office after the host's name
		{"name before a foreign office: the host is foreign (希拉克总统)",
			"1997-05-16",
			"新华社巴黎5月16日电 希拉克总统今天在爱丽舍宫会见了中国国务院副总理兼外长钱其琛。",
			[]string{"MEETING:希拉克/FR,>钱其琛/国务院副总理兼外长/CN@爱丽舍宫|巴黎"}},
		// synthetic
		{"a guest of a foreign host is Chinese by his office (全国人大)",
			"2009-01-05",
			"新华社科伦坡1月5日电 斯里兰卡总统拉贾帕克萨5日在总统府会见了全国人大常委会副委员长华建敏。",
			[]string{"MEETING:拉贾帕克萨/总统/LK,>华建敏/全国人大常委会副委员长/CN@总统府|科伦坡"}},
		// synthetic
		{"a party head abroad receives the head of 中联部",
			"2019-06-05",
			"新华社河内6月5日电 越南总理阮春福5日在河内会见了中联部部长宋涛。",
			[]string{"MEETING:阮春福/总理/VN,>宋涛/中联部部长/CN|河内"}},
		// synthetic
		{"emir receives the state councillor and foreign minister",
			"2016-04-20",
			"新华社多哈4月20日电 卡塔尔埃米尔塔米姆20日在多哈会见了国务委员兼外长王毅。",
			[]string{"MEETING:塔米姆/埃米尔/QA,>王毅/国务委员兼外长/CN|多哈"}},
		// synthetic
		{"a lexicon leader by name only (普京) receives 王毅",
			"2023-09-20",
			"新华社莫斯科9月20日电 普京20日在克里姆林宫会见王毅。",
			[]string{"MEETING:普京/RU,>王毅/CN@克里姆林宫|莫斯科"}},
		// synthetic
		{"当地时间: a president receives a vice-premier",
			"2024-05-03",
			"新华社巴黎5月3日电 当地时间3日，法国总统马克龙在爱丽舍宫会见国务院副总理丁薛祥。",
			[]string{"MEETING:马克龙/总统/FR,>丁薛祥/国务院副总理/CN@爱丽舍宫|巴黎"}},
		// synthetic
		{"the Oval Office is a venue, the city the dateline's",
			"2019-04-04",
			"新华社华盛顿4月4日电 美国总统特朗普4日在白宫椭圆形办公室会见了国务院副总理刘鹤。",
			[]string{"MEETING:特朗普/总统/US,>刘鹤/国务院副总理/CN@白宫椭圆形办公室|华盛顿"}},
		// synthetic
		{"会见了正在该国访问的中国外长",
			"2002-01-10",
			"新华社开罗1月10日电 埃及总统穆巴拉克10日会见了正在该国访问的中国外长唐家璇。",
			[]string{"MEETING:穆巴拉克/总统/EG,>唐家璇/外长/CN|开罗"}},
		// synthetic
		{"天皇 is an office; a king's palace is a venue",
			"2008-05-07",
			"新华社东京5月7日电 日本天皇明仁7日在皇宫会见了国家主席胡锦涛。",
			[]string{"MEETING:明仁/天皇/JP,>胡锦涛/国家主席/CN@皇宫|东京"}},
		// synthetic
		{"国务委员会委员长 is the DPRK's office, not 国务委员",
			"2019-06-20",
			"新华社平壤6月20日电 朝鲜劳动党委员长、国务委员会委员长金正恩20日在平壤会见了中共中央政治局常委栗战书。",
			[]string{"MEETING:金正恩/国务委员会委员长/KP,>栗战书/中共中央政治局常委/CN|平壤"}},
		// synthetic
		{"an office of either side, Chinese guests only, a city abroad: foreign host",
			"2017-05-02",
			"新华社河内5月2日电 总理阮春福2日在河内会见了中国外长王毅。",
			[]string{"MEETING:阮春福/总理/VN,>王毅/外长/CN|河内"}},
		// synthetic
		{"the same in Beijing: nothing tells the host is foreign",
			"2017-05-02",
			"新华社北京5月2日电 总理阮春福2日会见了中国外长王毅。",
			[]string{"MEETING:阮春福/总理/CN,>王毅/外长/CN|北京"}},
		// synthetic
		{"a Chinese host abroad with a foreign guest stays Chinese",
			"2017-05-02",
			"新华社河内5月2日电 外长王毅2日在河内会见了越南外长范平明。",
			[]string{"MEETING:王毅/外长/CN,>范平明/外长/VN|河内"}},
		// synthetic, after testdata/reports/151 and 098
		{"co-hosts of 分别会见 serve the lead host's foreign state",
			"1999-02-05",
			"新华社曼谷2月5日电 国王普密蓬和总理川·立派5日分别会见了中国外长唐家璇。",
			[]string{"MEETING:普密蓬/国王/TH,>唐家璇/外长/CN|曼谷", "MEETING:川·立派/总理/TH,>唐家璇/外长/CN|曼谷"}},
		// synthetic
		{"co-hosts without country, a lead whose office tells no side",
			"2009-01-05",
			"新华社科伦坡1月5日电 总理维克拉马纳亚克、议长洛库班达拉5日分别会见了中国全国人大常委会副委员长华建敏。",
			[]string{"MEETING:维克拉马纳亚克/总理/LK,>华建敏/全国人大常委会副委员长/CN|科伦坡", "MEETING:洛库班达拉/议长/LK,>华建敏/全国人大常委会副委员长/CN|科伦坡"}},
		// synthetic: a Chinese host is still Chinese, his guest foreign
		{"a Chinese host keeps CN and his guest the foreign country",
			"1998-03-10",
			"新华社北京3月10日电 国务院总理李鹏今天在人民大会堂会见了日本首相桥本龙太郎。",
			[]string{"MEETING:李鹏/国务院总理/CN,>桥本龙太郎/首相/JP@人民大会堂|北京"}},
	})
}

// TestOfficeSides: offices that tell their holder's side without a country.
func TestOfficeSides(t *testing.T) {
	for _, c := range []struct {
		title            string
		foreign, chinese bool
	}{
		{"国王", true, false},
		{"当选总统", true, false},
		{"众议院议长", true, false},
		{"国务委员长", true, false}, // the DPRK's office, not 国务委员
		{"国务委员会委员长", true, false},
		{"天皇", true, false},
		{"国务委员", false, true},
		{"国务院副总理", false, true},
		{"全国人大常委会副委员长", false, true},
		{"总理", false, false},
		{"外长", false, false},
		{"", false, false},
	} {
		t.Run(c.title, func(t *testing.T) {
			if got := foreignOffice(c.title); got != c.foreign {
				t.Errorf("foreignOffice = %v, want %v", got, c.foreign)
			}
			if got := chineseOffice(c.title); got != c.chinese {
				t.Errorf("chineseOffice = %v, want %v", got, c.chinese)
			}
		})
	}
}

// TestChineseAmbassadorAttendsAbroad: the Chinese ambassador, written
// "中国驻X大使Y" or "驻X大使Y", attends a foreign host's meeting; the office
// is "驻X大使", the country CN.
func TestChineseAmbassadorAttendsAbroad(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		// real closing line (testdata/reports/151); the meeting sentence shortened
		{"中国驻泰国大使X会见时在座",
			"1999-02-05",
			"本报曼谷2月5日电 泰国国王普密蓬今天下午在王宫会见了中国外长唐家璇。\n唐家璇转达了江泽民主席的问候。\n中国驻泰国大使傅学章会见时在座。",
			[]string{"MEETING:普密蓬/国王/TH,>唐家璇/外长/CN,+傅学章/驻泰国大使/CN@王宫|曼谷"}},
		// synthetic, after the real 光明日报 page of 2006-04-13
		{"an ambassador, a vice-minister and an assistant minister in one list",
			"2006-04-12",
			"新华社华盛顿4月12日电 美国总统布什12日在白宫会见了中国国务院副总理吴仪。\n吴仪转达了问候。\n中国驻美国大使周文重、商务部副部长马秀红、外交部部长助理何亚非等会见时在座。",
			[]string{"MEETING:布什/总统/US,>吴仪/国务院副总理/CN,+周文重/驻美国大使/CN,+马秀红/商务部副部长/CN,+何亚非/外交部部长助理/CN@白宫|华盛顿"}},
		// synthetic
		{"a consul-general posted in a city abroad",
			"2006-04-12",
			"新华社纽约4月12日电 纽约州州长帕塔基12日会见了中国国务院副总理吴仪。\n驻纽约总领事刘碧伟会见时在座。",
			[]string{"MEETING:帕塔基/州长/US,>吴仪/国务院副总理/CN,+刘碧伟/驻纽约总领事/CN|纽约"}},
	})
}

// TestBareNameHostSides: a host named by his name alone (no office, not in
// the lexicon) is read when his guests tell the sides: Chinese guests in a
// city abroad make him foreign (the city's state); foreign guests at home
// make him Chinese; foreign guests abroad leave it ambiguous (a Chinese
// visitor or a third state's leader): no event.
func TestBareNameHostSides(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		// synthetic, after testdata/reports/098
		{"a name alone abroad receiving a Chinese guest is foreign",
			"2009-01-05",
			"新华社科伦坡1月5日电 拉贾帕克萨5日在总统府会见了中国全国人大常委会副委员长华建敏。",
			[]string{"MEETING:拉贾帕克萨/LK,>华建敏/全国人大常委会副委员长/CN@总统府|科伦坡"}},
		// synthetic
		{"a name alone at home receiving a foreign guest is Chinese",
			"2009-01-05",
			"新华社北京1月5日电 刘延东今天在人民大会堂会见了美国国务卿克林顿。",
			[]string{"MEETING:刘延东/CN,>克林顿/国务卿/US@人民大会堂|北京"}},
		// synthetic
		{"同日 before a name alone",
			"2009-01-05",
			"新华社北京1月5日电 同日，刘延东在人民大会堂会见了美国国务卿克林顿。",
			[]string{"MEETING:刘延东/CN,>克林顿/国务卿/US@人民大会堂|北京"}},
		// synthetic
		{"a name alone abroad receiving a foreign guest: ambiguous, no event",
			"2002-01-05",
			"新华社华盛顿1月5日电 布里格斯在白宫会见了来访的日本首相小泉纯一郎。",
			nil},
		// synthetic
		{"a guest without any side: no event",
			"2009-01-05",
			"新华社北京1月5日电 刘延东今天在人民大会堂会见了史密森。",
			nil},
		// synthetic
		{"a group is no name",
			"2009-01-05",
			"新华社北京1月5日电 代表团今天在人民大会堂会见了美国国务卿克林顿。",
			nil},
	})
}
