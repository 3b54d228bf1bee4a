package extract

import (
	"reflect"
	"testing"
)

// A party delegation abroad "分别同A，B…等深入交流/会见交流": one meeting per
// named counterpart; stacked offices before a name give the one next to it;
// a group or an office alone is no counterpart; a spokesman's office in the
// counterparts is not a spokesman's words. The sentences are synthetic
// variants of 2024 Xinhua reports.
func TestDelegationAbroadExchanges(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"分别同A，B等深入交流 with stacked offices and a spokesman's office",
			"新华社惠灵顿5月25日电 中共中央对外联络部部长刘建超分别同新西兰议长布朗利，工党国会议员、外交事务发言人帕克，优先党领袖、政府副总理兼外长彼得斯等深入交流。",
			[]string{"MEETING:刘建超/中共中央对外联络部部长/CN,>布朗利/议长/NZ|惠灵顿",
				"MEETING:刘建超/中共中央对外联络部部长/CN,>帕克/外交事务发言人/NZ|惠灵顿",
				"MEETING:刘建超/中共中央对外联络部部长/CN,>彼得斯/政府副总理兼外长/NZ|惠灵顿"}},
		// (A group word that starts with a common surname, "金融", or
		// after a country's short form, "美金融", is still read as a person.)
		{"会见交流 with groups in the list",
			"新华社旧金山1月13日电 中共中央对外联络部部长刘建超分别同美国国务卿布林肯、两党联邦参众议员以及智库、媒体界人士等会见交流。",
			[]string{"MEETING:刘建超/中共中央对外联络部部长/CN,>布林肯/国务卿/US|旧金山"}},
		{"an office outside the lexicon before a bare name",
			"新华社华盛顿4月20日电 国家主席胡锦涛20日会见了美国总统国家安全事务助理哈德利。",
			[]string{"MEETING:胡锦涛/国家主席/CN,>哈德利/总统国家安全事务助理/US|华盛顿"}},
		{"双方就…深入交流 names no counterpart: no meeting",
			"新华社北京5月25日电 双方就两党关系深入交流。",
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := kbriefs(e.Extract(c.in, Options{Date: "2024-05-25"}))
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}
