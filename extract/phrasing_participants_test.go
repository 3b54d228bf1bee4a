package extract

// Participants: names, offices, countries, delegations and attendees.
// The sentences are made up after real phrasings (synthetic) unless a
// case says where it was found.

import (
	"reflect"
	"testing"
)

func TestWordsBeforeNamesAreNoPartOfThem(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"a profession (画家) before a guest's name is no part of the name",
			"1998-05-10",
			"新华社北京5月10日电 国务院副总理钱其琛今天在人民大会堂会见了日本著名画家东山魁夷。",
			[]string{"MEETING:钱其琛/国务院副总理/CN,>东山魁夷/画家/JP@人民大会堂|北京"}},
		{"负责人 before attendees' names is no part of a name",
			"2001-06-12",
			"新华社北京6月12日电 国务院总理朱镕基今天在中南海会见了新西兰总理克拉克。有关部门负责人王光亚、张志刚会见时在座。",
			[]string{"MEETING:朱镕基/国务院总理/CN,>克拉克/总理/NZ,+王光亚/有关部门负责人/CN,+张志刚/CN@中南海|北京"}},
	})
}

func TestDelegationsAndTheirHeads(t *testing.T) {
	checkPlain(t, "2014-11-22", briefs, []plainCase{
		{"delegation led by a head named before his office",
			"新华社北京11月7日电 全国人大常委会委员长吴邦国7日下午在这里分别会见了来华访问的加纳总统库福尔和由阿瓦米·贾马尔主席率领的巴基斯坦人民党代表团。",
			[]string{"吴邦国/全国人大常委会委员长/CN,>库福尔/总统/GH|北京", "吴邦国/全国人大常委会委员长/CN,>阿瓦米·贾马尔/PK|北京"}},
		{"delegation whose head is named later",
			"新华社北京3月22日电 全国人大常委会委员长栗战书22日在人民大会堂会见美国众议院“美中工作小组”代表团。\n栗战书说，中美应加强交流。\n拉森等议员表示，愿推动美中关系发展。",
			[]string{"栗战书/全国人大常委会委员长/CN,>拉森/US@人民大会堂|北京"}},
		{"a delegation named by no one is no meeting",
			"新华社北京3月22日电 全国人大常委会委员长栗战书22日在人民大会堂会见美国众议院代表团。\n栗战书说，中美应加强交流。",
			nil},
	})
}

func TestOfficesOutsideTheLexicon(t *testing.T) {
	checkPlain(t, "2019-03-22", briefs, []plainCase{
		{"the counterpart ends before the day and the verb phrase",
			"中新社北京十一月三日电 中国国务院总理温家宝与俄罗斯总理弗拉德科夫今天在人民大会堂举行了中俄总理第十次定期会晤。",
			[]string{"温家宝/国务院总理/CN,>弗拉德科夫/总理/RU@人民大会堂|北京"}},
		{"an office outside the lexicon, by its last word",
			"新华网北京11月12日电 全国人大常委会委员长张德江12日在人民大会堂会见了美国国会众议院少数党领袖佩洛西。",
			[]string{"张德江/全国人大常委会委员长/CN,>佩洛西/国会众议院少数党领袖/US@人民大会堂|北京"}},
		{"an office ending in 长",
			"新华社北京5月12日电 国家主席习近平12日在人民大会堂会见世界卫生组织总干事谭德塞和巴拿马运河管理局局长巴斯克斯。",
			[]string{"习近平/国家主席/CN,>谭德塞/总干事,>巴斯克斯/运河管理局局长/PA@人民大会堂|北京"}},
		{"a body and its office longer than fourteen runes (found: 新华社 2006)",
			"新华社平壤7月11日电 当天晚上，回良玉会见了朝鲜劳动党中央委员会书记崔泰福和朝鲜最高人民会议常任委员会副委员长金英大。",
			[]string{"回良玉/CN,>崔泰福/劳动党中央委员会书记/KP,>金英大/最高人民会议常任委员会副委员长/KP|平壤"}},
		{"a second office after 、 ends in a role word outside the lexicon (found: 新华社 1999)",
			"新华社北京5月24日电（记者钱彤）国家主席江泽民今天下午在钓鱼台国宾馆会见了牙买加总督、牙中友协赞助人霍华德·库克及夫人一行。",
			[]string{"江泽民/国家主席/CN,>霍华德·库克/总督/JM@钓鱼台国宾馆|北京"}},
		{"a founder's role before the name (synthetic)",
			"新华社北京5月24日电 国家副主席曾庆红今天在人民大会堂会见了新加坡前总理、某基金会创始人吴作栋。",
			[]string{"曾庆红/国家副主席/CN,>吴作栋/前总理/SG@人民大会堂|北京"}},
		{"a long party office before the name (synthetic)",
			"新华社北京5月12日电 国家副主席李源潮12日在人民大会堂会见了越南共产党中央委员会对外部常务副部长阮明光。",
			[]string{"李源潮/国家副主席/CN,>阮明光/共产党中央委员会对外部常务副部长/VN@人民大会堂|北京"}},
		{"a long run across 和 is two offices and a name, not one office; 国会 is a building (found: 新华社 2012)",
			"新华社华盛顿2月15日电 国家副主席习近平15日在国会会见了美国国会众议长博纳和参院多数党领袖里德。",
			[]string{"习近平/国家副主席/CN,>博纳/国会众议长/US,>里德/参院多数党领袖/US@国会|华盛顿"}},
	})
}

func TestDelegationHeadWithOfficeBeforeName(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, in string
		want     []string
		city     string
	}{
		{"a delegation's head with his office before the name",
			"本报北京11月8日电 全国政协副主席董建华8日下午在北京会见由主席布莱尔·泰勒率领的美国城市联盟代表团。",
			[]string{"董建华/全国政协副主席/CN,>布莱尔·泰勒/主席/US|北京"}, "北京"},
	} {
		r := e.Extract(c.in, Options{Date: "2013-06-02"})
		if got := briefs(r); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got  %q\n want %q", c.name, got, c.want)
		}
		if len(r.Articles) > 0 && r.Articles[0].City != c.city {
			t.Errorf("%s: dateline city %q, want %q", c.name, r.Articles[0].City, c.city)
		}
	}
}

func TestAttendeesAfterAClause(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, in string
		want     []string
		city     string
	}{
		{"attendees after a clause and a comma",
			"新华社北京11月8日电 全国政协副主席董建华8日在北京会见美国众议员拉森。\n陪同董建华访问的教育部长周济，全国政协副秘书长王胜洪等参加会见。",
			[]string{"董建华/全国政协副主席/CN,>拉森/众议员/US,+周济/教育部长/CN,+王胜洪/全国政协副秘书长/CN|北京"}, "北京"},
	} {
		r := e.Extract(c.in, Options{Date: "2013-06-02"})
		if got := briefs(r); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got  %q\n want %q", c.name, got, c.want)
		}
		if len(r.Articles) > 0 && r.Articles[0].City != c.city {
			t.Errorf("%s: dateline city %q, want %q", c.name, r.Articles[0].City, c.city)
		}
	}
}

func TestDelegationsToldByTheirDelegation(t *testing.T) {
	checkPlain(t, "2018-02-09", briefs, []plainCase{
		{"delegations whose heads' offices stand between party and name, each told by its delegation",
			"新华社北京11月22日电 11月22日，中央书记处书记蔡奇在北京分别会见由蒙古人民党总书记阿玛尔巴伊斯格楞率领的代表团、由日本公明党党首山口那津男率领的代表团。\n会见蒙古人民党代表团时，蔡奇表示，中方愿深化交流。\n会见日本公明党代表团时，蔡奇表示，两党要加强沟通。",
			[]string{"蔡奇/中央书记处书记/CN,>阿玛尔巴伊斯格楞/人民党总书记/MN|北京", "蔡奇/中央书记处书记/CN,>山口那津男/公明党党首/JP|北京"}},
		{"a delegation of a while-paragraph that no lead names is no meeting of its own",
			"新华社北京11月22日电 中央书记处书记蔡奇22日在北京会见日本客人。\n会见蒙古人民党代表团时，蔡奇表示，中方愿深化交流。",
			nil},
	})
}

func TestEnvoysAndOrganisationHeads(t *testing.T) {
	checkPlain(t, "2018-02-09", briefs, []plainCase{
		{"a leader's envoy keeps the leader's name in the office",
			"新华社首尔2月8日电 应邀出席开幕式的习近平主席特别代表、中共中央政治局常委韩正在首尔青瓦台会见韩国总统文在寅。",
			[]string{"韩正/习近平主席特别代表/CN,>文在寅/总统/KR@首尔青瓦台|首尔"}},
		{"an envoy named before his office is the envoy himself (found: 中新网 2003)",
			"新华社华盛顿7月18日电 同一天，美国副总统切尼也会见了戴秉国特使。",
			[]string{"切尼/副总统/US,>戴秉国/CN|华盛顿"}},
		{"a leader's name, the envoy's office, then the envoy's name (synthetic)",
			"新华社北京7月18日电 国家主席江泽民会见了普京特使伊万诺夫。",
			[]string{"江泽民/国家主席/CN,>伊万诺夫/普京特使/RU|北京"}},
		{"an organisation's head by its full name never takes the dateline's country",
			"新华社瑞士洛桑1月18日电 18日，国家主席习近平在洛桑国际奥林匹克博物馆会见国际奥林匹克委员会主席巴赫。",
			[]string{"习近平/国家主席/CN,>巴赫/主席@洛桑国际奥林匹克博物馆|洛桑"}},
	})
}

func TestOrganisationAliases(t *testing.T) {
	e := newT(t)
	for _, in := range []string{
		"新华社北京8月21日电 国务院总理李克强21日在中南海紫光阁会见国际奥委会主席巴赫。",
		"新华社北京8月21日电 国务院总理李克强21日在中南海紫光阁会见国际奥林匹克委员会主席巴赫。",
	} {
		r := e.Extract(in, Options{Date: "2015-08-21"})
		var org string
		for _, a := range r.Articles {
			for _, m := range a.Meetings {
				for _, p := range m.Participants {
					if p.Role == RoleGuest && p.Organisation != nil {
						org = *p.Organisation
					}
				}
			}
		}
		if org != "国际奥林匹克委员会" {
			t.Errorf("%s: organisation %q", in, org)
		}
	}
}

func TestSplitNames(t *testing.T) {
	for in, want := range map[string][]string{
		"高鹏朱东阳": {"高鹏", "朱东阳"},
		"王慧慧":   {"王慧慧"},
		"欧阳开宇":  {"欧阳开宇"},
		"李忠发":   {"李忠发"},
		"张三李四":  {"张三", "李四"},
		"扎西次仁":  {"扎西次仁"},
		"王明朱东阳": {"王明", "朱东阳"},
		"刘华王东升": {"刘华", "王东升"},
		"杨明王东":  {"杨明", "王东"},
	} {
		if got := splitNames(in); !reflect.DeepEqual(got, want) {
			t.Errorf("splitNames(%q)=%q, want %q", in, got, want)
		}
	}
}

func TestFormsOfAddressAndPhotoMarkers(t *testing.T) {
	checkPlain(t, "2010-06-05", briefs, []plainCase{
		{"夫人 as a form of address is not part of the name",
			"新华社北京5月3日电 国家主席胡锦涛3日在人民大会堂会见了来访的菲律宾总统阿罗约夫人。",
			[]string{"胡锦涛/国家主席/CN,>阿罗约/总统/PH@人民大会堂|北京"}},
		{"a photo's position marker after the host, and a venue never a name",
			"新华社内罗毕3月5日电 3月5日，肯尼亚总统肯雅塔（左）在总统府会见中国国务委员杨洁篪。",
			[]string{"肯雅塔/总统/KE,>杨洁篪/国务委员/CN@总统府|内罗毕"}},
	})
}

func TestNameDots(t *testing.T) {
	e := newT(t)
	for _, dot := range []string{"‧", "・", "･", "•", "∙", "⋅", "·"} {
		in := "新华社北京5月3日电 外交部长王毅3日在北京会见新西兰前总理约翰" + dot + "基。"
		got := briefs(e.Extract(in, Options{Date: "2023-05-03"}))
		want := []string{"王毅/外交部长/CN,>约翰·基/前总理/NZ|北京"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("dot %q:\n got  %q\n want %q", dot, got, want)
		}
	}
}

func TestCountryFormsAndSides(t *testing.T) {
	checkPlain(t, "2023-12-19", briefs, []plainCase{
		{"an outlet named after a country gives no side",
			"俄罗斯卫星通讯社北京12月19日电 中国国家主席习近平12月19日致电塞西，祝贺他当选连任阿拉伯埃及共和国总统。",
			[]string{"习近平/国家主席/CN,>塞西/EG"}},
		{"澳洲 is Australia",
			"东网11月6日电 外交部长王毅6日在北京会见澳洲外长黄英贤。",
			[]string{"王毅/外交部长/CN,>黄英贤/外长/AU|北京"}},
	})
}

func TestCountryFormsBeforeOffices(t *testing.T) {
	checkPlain(t, "2015-05-06", briefs, []plainCase{
		{"a longer country form does not eat the start of an office (联邦委员会)",
			"新华社北京5月6日电 全国人大常委会委员长张德江6日在人民大会堂会见俄罗斯联邦委员会第一副主席托尔舍夫。",
			[]string{"张德江/全国人大常委会委员长/CN,>托尔舍夫/联邦委员会第一副主席/RU@人民大会堂|北京"}},
		{"a longer country form does not eat the start of an office (联邦议会)",
			"新华社北京7月2日电 全国人大常委会委员长赵乐际2日在人民大会堂会见澳大利亚联邦议会众议长史密斯。",
			[]string{"赵乐际/全国人大常委会委员长/CN,>史密斯/联邦议会众议长/AU@人民大会堂|北京"}},
		{"the longer country form stays before a lexicon office",
			"新华社北京5月6日电 国家主席胡锦涛6日在人民大会堂会见俄罗斯联邦总统梅德韦杰夫。",
			[]string{"胡锦涛/国家主席/CN,>梅德韦杰夫/总统/RU@人民大会堂|北京"}},
		{"an organisation named after the country keeps the country's name in the office",
			"新华社北京9月9日电 国家主席习近平9日在人民大会堂会见美国总统特使布朗。中国人民对外友好协会会长林松添参加会见。",
			[]string{"习近平/国家主席/CN,>布朗/总统特使/US,+林松添/中国人民对外友好协会会长/CN@人民大会堂|北京"}},
		{"the same for another society",
			"新华社北京9月9日电 国务院总理李强9日在北京会见日本前首相福田康夫。中国人民外交学会会长王超参加会见。",
			[]string{"李强/国务院总理/CN,>福田康夫/前首相/JP,+王超/中国人民外交学会会长/CN|北京"}},
	})
}

func TestNamesOfficesAndCountriesAcrossEras(t *testing.T) {
	checkDated(t, obriefs, []datedCase{
		{"a transliterated name whose first part is a country's name (苏丹·…)",
			"2001-04-24",
			"新华社北京4月24日电 国家主席江泽民今天下午在人民大会堂会见了马来西亚最高元首苏丹·阿卜杜勒·哈利姆·沙阿。",
			[]string{"MEETING:江泽民/国家主席/CN,>苏丹·阿卜杜勒·哈利姆·沙阿/最高元首/MY@人民大会堂|北京"}},
		{"two officials of one organisation joined by 和, the second with his own office",
			"2025-08-01",
			"新华社日内瓦8月1日电 会议期间，全国人大常委会委员长赵乐际会见了议联主席帕切科和秘书长钟贡。",
			[]string{"MEETING:赵乐际/全国人大常委会委员长/CN,>帕切科/主席,>钟贡/秘书长|日内瓦#各国议会联盟#各国议会联盟"}},
		{"a name joined by a dash (威廉—亚历山大), office after the name",
			"2023-05-12",
			"国家副主席韩正于当地时间5月10日至12日访问荷兰，在海牙会见威廉—亚历山大国王。",
			[]string{"MEETING:韩正/国家副主席/CN,>威廉—亚历山大/NL|海牙"}},
		{"a peerage after the name (女男爵, 勋爵)",
			"2006-10-24",
			"新华社伦敦10月24日电 全国政协主席贾庆林24日在伦敦会见了英国议会上院议长海曼女男爵、下院议长马丁。",
			[]string{"MEETING:贾庆林/全国政协主席/CN,>海曼/议会上院议长/GB,>马丁/下院议长/GB|伦敦"}},
		{"an office ending in 资政 outside the lexicon (内阁资政)",
			"2004-03-05",
			"新华社北京3月5日电 国家主席江泽民今天下午在中南海会见了新加坡内阁资政李光耀。",
			[]string{"MEETING:江泽民/国家主席/CN,>李光耀/内阁资政/SG@中南海|北京"}},
		{"an older host written with the office after the name (乔石委员长)",
			"1995-05-10",
			"新华社北京5月10日电 乔石委员长今天下午在人民大会堂会见了日本众议院议长土井多贺子。",
			[]string{"MEETING:乔石/CN,>土井多贺子/众议院议长/JP@人民大会堂|北京"}},
		{"a host outside the lexicon named before his office (田纪云副委员长, 吴仪副总理)",
			"1995-05-10",
			"新华社北京5月10日电 田纪云副委员长今天下午在人民大会堂会见了日本众议院议长土井多贺子。",
			[]string{"MEETING:田纪云/CN,>土井多贺子/众议院议长/JP@人民大会堂|北京"}},
		{"the same with a lexicon office",
			"2003-05-10",
			"新华社北京5月10日电 吴仪副总理今天在中南海紫光阁会见了美国商务部长埃文斯。",
			[]string{"MEETING:吴仪/CN,>埃文斯/商务部长/US@中南海紫光阁|北京"}},
		{"刚果 alone is the Republic of the Congo",
			"1992-05-10",
			"新华社北京5月10日电 国家主席杨尚昆今天在人民大会堂会见了刚果总统萨苏。",
			[]string{"MEETING:杨尚昆/国家主席/CN,>萨苏/总统/CG@人民大会堂|北京"}},
		{"a form of address after the name (博士, 先生)",
			"2017-03-18",
			"新华社北京3月18日电 国家主席习近平18日在人民大会堂会见美国前国务卿基辛格博士。",
			[]string{"MEETING:习近平/国家主席/CN,>基辛格/前国务卿/US@人民大会堂|北京"}},
		{"an organisation's office with 与 inside it",
			"2023-08-06",
			"外交部长王毅6日同欧盟外交与安全政策高级代表博雷利通电话。",
			[]string{"PHONE_CALL:王毅/外交部长/CN,>博雷利/外交与安全政策高级代表#欧盟"}},
	})
}

func TestDelegationHeadedByItsLeader(t *testing.T) {
	checkDated(t, obriefs, []datedCase{
		{"会见并宴请了 a delegation 以X为首的",
			"1998-03-05",
			"新华社北京3月5日电 全国政协主席李瑞环今天在人民大会堂会见并宴请了以议长萨米为首的埃及人民议会代表团。",
			[]string{"MEETING:李瑞环/全国政协主席/CN,>萨米/议长/EG@人民大会堂|北京"}},
		{"a delegation whose head is named in its photo caption and later ('日本众议院代表团团长X')",
			"2019-01-09",
			"新华社北京1月9日电 全国人大常委会委员长栗战书9日在人民大会堂会见日本众议院代表团。\n1月9日，栗战书在北京人民大会堂会见日本众议院代表团。这是栗战书同日本众议院代表团团长高木毅握手。 新华社记者 刘卫兵 摄\n日本众议院代表团团长高木毅说，愿推进日中关系发展。",
			[]string{"MEETING:栗战书/全国人大常委会委员长/CN,>高木毅/众议院代表团团长/JP@人民大会堂|北京"}},
	})
}

func TestOfficeAfterJian(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"an office outside the lexicon after 兼",
			"2016-04-12",
			"新华社北京4月12日电 国务院副总理张高丽12日在中南海紫光阁会见了新加坡副总理兼经济及社会政策统筹部长尚达曼。",
			[]string{"MEETING:张高丽/国务院副总理/CN,>尚达曼/副总理兼经济及社会政策统筹部长/SG@中南海紫光阁|北京"}},
	})
}

func TestNameSuffixesAndClauseTitles(t *testing.T) {
	e := newT(t)
	for _, c := range []struct{ in, name, title string }{
		{"美国太平洋总部司令约瑟夫·普吕厄上将时说", "约瑟夫·普吕厄", "太平洋总部司令"},
		{"秘鲁前部长会议主席埃德加多·梅尔卡多·哈林及夫人。", "埃德加多·梅尔卡多·哈林", "前部长会议主席"},
		{"智利参议长拉腊因和众议长洛伦西尼。", "拉腊因", "参议长"},
	} {
		p, _, ok := e.personAt([]rune(c.in), 0, false, false)
		if !ok || p.name != c.name || p.title != c.title {
			t.Errorf("%s: got %+v ok=%v, want %s (%s)", c.in, p, ok, c.name, c.title)
		}
	}
	// A relative clause before the office is not part of it.
	ps := e.personsIn([]rune("来华出席中拉论坛第四届部长级会议的洪都拉斯外长雷纳、玻利维亚外长索萨"), true, true)
	var names []string
	for _, p := range ps {
		names = append(names, p.name+"/"+p.title)
	}
	if want := []string{"雷纳/外长", "索萨/外长"}; !reflect.DeepEqual(names, want) {
		t.Errorf("persons %q, want %q", names, want)
	}
}

// Attendees told after the meeting: "也出席了当天的会晤", and a side's list
// opened by "出席人士包括".
func TestAttendeesOfOtherPhrasings(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"也出席了当天的会晤 (synthetic, after 看中国 2010)",
			"2010-12-09",
			"新华社平壤12月9日电 朝鲜最高领导人金正日会见了国务委员戴秉国。\n朝鲜内阁副总理姜锡柱也出席了当天的会晤。",
			[]string{"MEETING:金正日/KP,>戴秉国/国务委员/CN,+姜锡柱/内阁副总理/KP|平壤"}},
		{"中方出席人士包括 (found: 看中国 2010)",
			"2010-12-09",
			"新华社平壤12月9日电 朝鲜最高领导人金正日会见了国务委员戴秉国。\n据朝中社报道，中方出席人士包括外交部副部长张志军、中国驻朝鲜大使刘洪才。",
			[]string{"MEETING:金正日/KP,>戴秉国/国务委员/CN,+张志军/外交部副部长/CN,+刘洪才/驻朝鲜大使/CN|平壤"}},
	})
}

// An office alone names no one: a meeting with no named counterpart is none.
func TestOfficeAloneIsNoGuest(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"a headline naming the guest by office only (found: 人民日报 1997, a forum copy)",
			"1997-09-25",
			"傅全有同乌克兰总长会谈",
			nil},
		{"an office alone beside a named guest is dropped (synthetic)",
			"1997-09-25",
			"新华社北京9月23日电 中央军委副主席张万年今天同乌克兰总参谋长扎特奈科上将举行了会谈。",
			[]string{"TALKS:张万年/中央军委副主席/CN,>扎特奈科/总参谋长/UA|北京"}},
	})
}
