package extract

import "testing"

// TestOfficeCutAtBodyOrCountryBoundary: an office keeps the body written
// right before it ("中联部部长", "中共中央对外联络部部长", "党的最高委员会主席"),
// a long country form does not eat the first character of an office
// ("蒙古国家大呼拉尔主席"), an office ending in 长官 is whole
// ("澳门特别行政区行政长官", country CN), and an envoy's office stacked
// before a state office gives way to it ("中国政府特使外交部副部长").
func TestOfficeCutAtBodyOrCountryBoundary(t *testing.T) {
	runSubPhrasings(t, "2007-05-17", []phrasingCase{
		// real: 204_wangjiarui_srilanka_cambodia_parties_2007 (shortened)
		{name: "abbreviated party body before 部长", in: "新华社北京5月17日电（记者 秦春）中联部部长王家瑞17日在北京会见了斯里兰卡统一国民党领袖维克勒马辛哈。",
			want: []string{"MEETING:王家瑞/中联部部长/CN,>维克勒马辛哈/统一国民党领袖/LK|北京"}},
		// synthetic, after 168's "甫上任的中共中联部部长刘海星"
		// 中共 stands where a country name would and is left out like one;
		// the body 中联部 stays.
		{name: "body after a relative clause", in: "新华社北京10月16日电 甫上任的中共中联部部长刘海星16日在北京会见了越南驻华大使范星梅。",
			want: []string{"MEETING:刘海星/中联部部长/CN,>范星梅/驻华大使/VN|北京"}},
		// synthetic, after 170
		{name: "full name of the body", in: "新华社北京1月8日电 中共中央对外联络部部长刘建超8日在北京会见了美国国务卿布林肯。",
			want: []string{"MEETING:刘建超/中共中央对外联络部部长/CN,>布林肯/国务卿/US|北京"}},
		// synthetic
		{name: "body of another ministry, vice-minister", in: "新华社北京3月2日电 中宣部副部长张建春2日在北京会见了老挝新闻文化旅游部部长苏安。",
			want: []string{"MEETING:张建春/中宣部副部长/CN,>苏安/新闻文化旅游部部长/LA|北京"}},
		// real: 183_xi_hoiatseng_macao_2023_trad (shortened)
		{name: "行政长官 of Macao", in: "新华社北京12月18日电 国家主席习近平18日下午在中南海瀛台会见来京述职的澳门特别行政区行政长官贺一诚。",
			want: []string{"MEETING:习近平/国家主席/CN,>贺一诚/澳门特别行政区行政长官/CN@中南海瀛台|北京"}},
		// synthetic
		{name: "行政长官 of Hong Kong", in: "新华社北京12月18日电 国家主席习近平18日下午在中南海瀛台会见来京述职的香港特别行政区行政长官李家超。",
			want: []string{"MEETING:习近平/国家主席/CN,>李家超/香港特别行政区行政长官/CN@中南海瀛台|北京"}},
		// real: 190_wubangguo_four_speakers_manila_2003_trad (shortened)
		{name: "国家 opens the office after 蒙古", in: "中新社马尼拉九月一日电 中国全国人大常委会委员长吴邦国今天在马尼拉会见了蒙古国家大呼拉尔主席图木尔奥其尔。",
			want: []string{"MEETING:吴邦国/全国人大常委会委员长/CN,>图木尔奥其尔/国家大呼拉尔主席/MN|马尼拉"}},
		// real: 178_daibingguo_powell_rice_cheney_2003_trad (shortened)
		{name: "envoy stacked before a state office", in: "新华社华盛顿7月18日电 中国政府特使外交部副部长戴秉国18日在华盛顿会见了美国国务卿鲍威尔。",
			want: []string{"MEETING:戴秉国/外交部副部长/CN,>鲍威尔/国务卿/US|华盛顿"}},
		// real: 221_xi_united_russia_delegation_2019 (shortened)
		{name: "党的 before a party organ", in: "新华社北京11月25日电 国家主席习近平25日在人民大会堂会见由党的最高委员会主席格雷兹洛夫率领的俄罗斯统一俄罗斯党代表团。",
			want: []string{"MEETING:习近平/国家主席/CN,>格雷兹洛夫/党的最高委员会主席/RU@人民大会堂|北京"}},
		// synthetic: the office is known as a whole, nothing before it joins
		{name: "host and guest joined by 和 keep their offices", in: "新华社北京5月17日电 国家主席习近平和俄罗斯总统普京17日在人民大会堂举行会谈。",
			want: []string{"TALKS:习近平/国家主席/CN,>普京/总统/RU@人民大会堂|北京"}},
	})
}
