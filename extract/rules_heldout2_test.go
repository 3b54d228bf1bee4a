package extract

import (
	"reflect"
	"testing"
)

// Rules added for the second held-out round of real reports (045-071).

func TestNumberChineseNumerals(t *testing.T) {
	for in, want := range map[string]int{"7": 7, "12": 12, "三": 3, "十": 10, "十一": 11, "二十": 20, "二十三": 23, "三十一": 31, "x": 0} {
		if got := number(in); got != want {
			t.Errorf("number(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestDatelineChineseNumerals(t *testing.T) {
	e := newT(t)
	for _, c := range []struct{ in, source, date string }{
		{"中新社北京十一月三日电 （记者 孙宇挺）中国国务院总理温家宝今天在人民大会堂会见俄罗斯总理弗拉德科夫。", "中新社", "2005-11-03"},
		{"新华社北京九月十五日电 （记者于海生）全国政协主席李瑞环今天上午在人民大会堂会见了秘鲁客人。", "新华社", "2005-09-15"},
		{"中新网北京八月七日电 （记者 孙宇挺）中国国家主席胡锦涛七日上午会见巴西总统卢拉。", "中新网", "2005-08-07"},
	} {
		r := e.Extract(c.in, Options{Date: "2005-12-01"})
		if len(r.Articles) != 1 || r.Articles[0].Source != c.source || r.Articles[0].Date != c.date || r.Articles[0].City != "北京" {
			t.Errorf("%s: got %+v, want %s 北京 %s", c.in, r.Articles, c.source, c.date)
		}
	}
}

func TestReporterBylines(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"本报圣地亚哥11月19日电 记者吴绮敏、张川杜报道：国家主席胡锦涛19日上午会见了智利参议长拉腊因。", []string{"吴绮敏", "张川杜"}},
		{"新华社北京5月30日电 全国人大常委会委员长张德江30日在人民大会堂会见了美国国会议员代表团。\n张平参加会见。（王慧慧）", []string{"王慧慧"}},
		{"新华社北京4月2日电 国家主席习近平2日晚同美国总统拜登通电话。\n（下转四版）", nil},
		{"新华社北京4月2日电 国家主席习近平2日晚同美国总统拜登通电话。（完）", nil},
	} {
		r := e.Extract(c.in, Options{Date: "2016-05-30"})
		if len(r.Articles) != 1 {
			t.Fatalf("%s: %d articles", c.in, len(r.Articles))
		}
		got := r.Articles[0].Reporters
		if len(got) == 0 && len(c.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: reporters %q, want %q", c.in, got, c.want)
		}
	}
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
