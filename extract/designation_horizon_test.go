package extract

import (
	"reflect"
	"testing"
)

// TestConstructivePartnershipOfThe1990s: the 1990s designation 建设性伙伴
// is a relationship without 战略 or the two sides before it, and the time
// horizon "面向…世纪的" is part of it (round 11's decisions); a quoted plan
// ending in 构想 is a project.
func TestConstructivePartnershipOfThe1990s(t *testing.T) {
	const lead = "新华社莫斯科6月28日电 俄罗斯总统叶利钦今天在克里姆林宫会见了中国国务院副总理兼外长钱其琛。"
	cases := []struct {
		name, in string
		rel      string
		projects []string
	}{
		// real: 154_yeltsin_shumeiko_qianqichen_moscow_1994
		{"quoted, with the horizon", "江泽民赞赏叶利钦提出的俄中两国建立“面向21世纪的建设性伙伴关系”的思想。", "面向21世纪的建设性伙伴", nil},
		// real: 155_chernomyrdin_qianqichen_moscow_1995
		{"after a verb, no sides", "俄罗斯同伟大的中国加强建设性伙伴关系的方针是坚定不移的。", "建设性伙伴", nil},
		// synthetic
		{"horizon of the new century", "双方同意建立面向新世纪的建设性合作伙伴关系。", "面向新世纪的建设性合作伙伴", nil},
		// synthetic: a horizon that is a clause, not the designation's
		{"horizon too long is left out", "双方表示，面向世界和平与发展的新的世纪的建设性伙伴关系。", "建设性伙伴", nil},
		// synthetic: a plain partner is still no designation
		{"plain partner", "俄方愿做中国可信赖的伙伴。", "", nil},
		// real: 169_abiy_wangyi_addis_2026
		{"quoted plan ending in 构想", "埃方支持中方提出的“非洲之角和平发展构想”。", "", []string{"非洲之角和平发展构想"}},
	}
	e := newT(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := e.Extract(lead+c.in, Options{Date: "1994-06-29"})
			var rel string
			var prj []string
			for _, a := range r.Articles {
				for _, m := range a.Meetings {
					if m.Relationship != nil {
						rel = *m.Relationship
					}
					prj = append(prj, m.Projects...)
				}
			}
			if rel != c.rel || !reflect.DeepEqual(prj, c.projects) {
				t.Errorf("got %q %q, want %q %q", rel, prj, c.rel, c.projects)
			}
		})
	}
}
