package extract

import (
	"reflect"
	"testing"
)

// A visit summary tells several meetings of one host in one sentence, one
// per clause. The sentences are synthetic variants of 2013 and 2022
// reports.
func TestFurtherClausesOfAVisitSummary(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"会见A，与B、C分别举行会谈，会见D: every clause its meeting",
			"新华社阿布贾9月19日电 全国人大常委会委员长张德江17日至19日对尼日利亚进行正式友好访问，在阿布贾会见尼日利亚总统乔纳森，与参议长马克、众议长坦布瓦尔分别举行会谈，会见人民民主党主席图库。",
			[]string{"TALKS:张德江/全国人大常委会委员长/CN,>马克/参议长/NG|阿布贾",
				"TALKS:张德江/全国人大常委会委员长/CN,>坦布瓦尔/众议长/NG|阿布贾",
				"MEETING:张德江/全国人大常委会委员长/CN,>图库/人民民主党主席/NG|阿布贾",
				"MEETING:张德江/全国人大常委会委员长/CN,>乔纳森/总统/NG|阿布贾"}},
		{"并会见 a group named by no person: no further meeting",
			"新华社莫斯科9月10日电 全国人大常委会委员长栗战书在莫斯科会见总统普京，并会见国家杜马五大党团负责人。",
			[]string{"MEETING:栗战书/全国人大常委会委员长/CN,>普京/总统/RU|莫斯科"}},
		{"an empty clause after the verb (a doubled comma) loses nothing",
			"新华社新加坡8月3日电 国务委员兼外交部长王毅在新加坡与美国国务卿蓬佩奥举行双边会见，。",
			[]string{"MEETING:王毅/国务委员兼外交部长/CN,>蓬佩奥/国务卿/US|新加坡"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := kbriefs(e.Extract(c.in, Options{Date: "2013-09-19"}))
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

// Talks whose subject is the two sides together name them in the
// sentences before (synthetic, after a 1993 People's Daily report).
func TestCollectiveSubjectTalks(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"两国领导人…进行了…会谈 after a sentence naming both",
			"新华社北京6月14日电 李鹏总理陪同马哈蒂尔总理检阅三军仪仗队。两国领导人沿着红地毯走过，然后到河北厅进行了长达一个半小时的正式会谈。",
			[]string{"TALKS:李鹏/CN,>马哈蒂尔/MY|北京"}},
		{"两国元首的会晤 inside a phrase tells no event",
			"新华社北京11月12日电 张德江会见美国众议院少数党领袖佩洛西。佩洛西高度评价两国元首的会晤及成果。",
			[]string{"MEETING:张德江/CN,>佩洛西/众议院少数党领袖/US|北京"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := kbriefs(e.Extract(c.in, Options{Date: "1993-06-14"}))
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

// A while-paragraph's counterpart list may end with a group ("和其他…议
// 员"): the group is no guest (synthetic, after a 2006 Xinhua report).
func TestWhileParagraphGroupIsNoGuest(t *testing.T) {
	e := newT(t)
	in := "新华社华盛顿4月20日电 国家主席胡锦涛20日在华盛顿会见了美国临时参议长史蒂文斯。\n在会见史蒂文斯和其他美国国会参议院和众议院议员时，胡锦涛对他们长期关心中美关系表示赞赏。"
	want := []string{"MEETING:胡锦涛/国家主席/CN,>史蒂文斯/临时参议长/US|华盛顿"}
	if got := kbriefs(e.Extract(in, Options{Date: "2006-04-20"})); !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
