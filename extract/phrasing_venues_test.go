package extract

// Venues and cities: where a meeting took place, as its sentence or dateline tells it.
// The sentences are made up after real phrasings (synthetic) unless a
// case says where it was found.

import (
	"reflect"
	"testing"
)

func TestVenueWordsForTheDatelineCityAndResidences(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"在此间的X: the venue after a word for the dateline city",
			"2008-03-02",
			"新华社河内3月2日电 越南总理阮晋勇2日在此间的政府办公厅会见了中国外长杨洁篪。",
			[]string{"MEETING:阮晋勇/总理/VN,>杨洁篪/外长/CN@政府办公厅|河内"}},
		{"在此间: the dateline city, no venue",
			"2008-03-02",
			"新华社河内3月2日电 越南总理阮晋勇2日在此间会见了中国外长杨洁篪。",
			[]string{"MEETING:阮晋勇/总理/VN,>杨洁篪/外长/CN|河内"}},
		{"在他下榻的X: the venue is where the visitor stays",
			"1999-09-03",
			"本报曼谷9月3日电 记者王明报道：中国国家主席江泽民今天上午在他下榻的东方饭店会见了泰国总理川·立派。",
			[]string{"MEETING:江泽民/国家主席/CN,>川·立派/总理/TH@东方饭店|曼谷"}},
	})
}

func TestPlacesWrittenAsAddresses(t *testing.T) {
	checkPlain(t, "2014-11-22", briefs, []plainCase{
		{"venue after a country",
			"中新社内罗毕5月10日电 中国国务院总理李克强10日上午在肯尼亚国家宫同肯尼亚总统肯雅塔举行会谈。",
			[]string{"李克强/国务院总理/CN,>肯雅塔/总统/KE@国家宫|内罗毕"}},
		{"city after a country",
			"新华社苏瓦11月22日电 国家主席习近平22日在斐济苏瓦会见斐济总理姆拜尼马拉马。",
			[]string{"习近平/国家主席/CN,>姆拜尼马拉马/总理/FJ|苏瓦"}},
		{"address: country, state, city, venue",
			"新华社克劳福德10月25日电 国家主席江泽民25日上午在美国得克萨斯州克劳福德布什总统的私人农场同美国总统布什举行会谈。",
			[]string{"江泽民/国家主席/CN,>布什/总统/US@布什总统的私人农场|克劳福德"}},
		{"here is the dateline city",
			"新华网北京11月7日电 全国人大常委会委员长吴邦国7日下午在这里会见了赞比亚总统姆瓦纳瓦萨。",
			[]string{"吴邦国/全国人大常委会委员长/CN,>姆瓦纳瓦萨/总统/ZM|北京"}},
		{"photo caption above the dateline fills the venue",
			"11月7日，全国人大常委会委员长吴邦国在北京人民大会堂会见赞比亚总统姆瓦纳瓦萨。  新华社发\n新华网北京11月7日电 全国人大常委会委员长吴邦国7日下午在这里分别会见了赞比亚总统姆瓦纳瓦萨和由谢赫·哈西娜主席率领的孟加拉国人民联盟代表团。",
			[]string{"吴邦国/全国人大常委会委员长/CN,>姆瓦纳瓦萨/总统/ZM@北京人民大会堂|北京", "吴邦国/全国人大常委会委员长/CN,>谢赫·哈西娜/BD|北京"}},
	})
}

func TestDatelineCityAndCapitals(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, in string
		want     []string
		city     string
	}{
		{"dateline city after its country",
			"新华社瑞士日内瓦1月18日电 国家主席习近平18日在日内瓦会见联合国秘书长古特雷斯。",
			[]string{"习近平/国家主席/CN,>古特雷斯/秘书长|日内瓦"}, "日内瓦"},
		{"a capital named as such",
			"新华网西班牙港6月2日电 国家主席习近平2日在特立尼达和多巴哥首都西班牙港会见圭亚那总统拉莫塔尔。",
			[]string{"习近平/国家主席/CN,>拉莫塔尔/总统/GY|西班牙港"}, "西班牙港"},
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

func TestCityAbroadBeforeItsVenue(t *testing.T) {
	checkPlain(t, "2018-02-09", briefs, []plainCase{
		{"a city abroad before its venue is the meeting's city, not the dateline's",
			"新华社韩国平昌2月9日电 当地时间2月8日下午，中共中央政治局常委韩正在首尔青瓦台会见韩国总统文在寅。",
			[]string{"韩正/中共中央政治局常委/CN,>文在寅/总统/KR@首尔青瓦台|首尔"}},
	})
}

func TestResidenceIsThePlace(t *testing.T) {
	checkPlain(t, "2010-06-05", briefs, []plainCase{
		{"a host before a residence: the residence is the place",
			"新华社比勒陀利亚5月2日电 5月1日，南非总统拉马福萨（右二）在总统官邸会见中国全国政协副主席王毅。",
			[]string{"拉马福萨/总统/ZA,>王毅/全国政协副主席/CN@总统官邸|比勒陀利亚"}},
	})
}

func TestCityOfTheVisit(t *testing.T) {
	checkDated(t, obriefs, []datedCase{
		{"a meeting with no city of its own takes the city the visit arrived in",
			"2002-10-23",
			"央视国际消息：国家主席江泽民22日乘专机抵达芝加哥，开始对美国进行访问。\n国家主席江泽民22日晚在下榻的饭店会见了伊利诺伊州州长瑞安。",
			[]string{"MEETING:江泽民/国家主席/CN,>瑞安/伊利诺伊州州长/US@下榻的饭店|芝加哥"}},
	})
}

func TestVisitToACityState(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"a visit to a city-state, no dateline: the city is the one visited",
			"2012-05-20",
			"5月18日至19日，国务院副总理王岐山应邀访问新加坡，会见新加坡总理李显龙。",
			[]string{"MEETING:王岐山/国务院副总理/CN,>李显龙/总理/SG|新加坡"}},
		{"a visit to a country names no city",
			"2012-05-20",
			"5月18日至19日，国务院副总理王岐山应邀访问越南，会见越南总理阮晋勇。",
			[]string{"MEETING:王岐山/国务院副总理/CN,>阮晋勇/总理/VN"}},
	})
}
