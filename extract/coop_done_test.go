package extract

import (
	"reflect"
	"strings"
	"testing"
)

// TestCooperationCarriedOutIsNoArea: "…等领域(的)合作" and "…等领域加强合作"
// give cooperation areas; cooperation told as already carried out (an
// aspect marker between 领域 and 合作) and "…等领域的友好合作关系" (the
// relations) give none (README conventions, decisions of 149, 156, 201,
// 204, 217); a leading pair of sides is no part of the first area.
func TestCooperationCarriedOutIsNoArea(t *testing.T) {
	const lead = "新华社北京5月17日电 国家主席习近平17日在人民大会堂会见斐济总理姆拜尼马拉马。"
	cases := []struct {
		name, in string
		want     []string
	}{
		// real: 201_xi_aoun_messages_2021
		{"开展了 between 领域 and 合作", "两国在政治、经济和文化等各领域开展了建设性合作。", nil},
		// real: 204_wangjiarui_srilanka_cambodia_parties_2007
		{"进行了 between 领域 and 合作", "建交50年来，两国关系不断发展，在政治、经济、文化等各领域进行了卓有成效的合作。", nil},
		// real: 217 (Traditional 著 kept by the normaliser elsewhere)
		{"开展了富有成效的", "在经济、技术、文化、卫生等领域开展了富有成效的合作，在国际场合保持良好的沟通。", nil},
		// real: 156_rongyiren_chile_senate_1996
		{"友好合作关系 is the relations", "建交以来，两国在政治、经济、文化等领域的友好合作关系都得到了很好的发展。", nil},
		// synthetic
		{"有着密切的合作", "双方在政治、经济、文化等领域有着密切的合作。", nil},
		// real: 030_wangyi_fidan_talks_2024 (kept)
		{"加强 between 领域 and 合作 is kept", "双方同意在经贸、能源、基础设施等领域加强合作。", []string{"经贸", "能源", "基础设施"}},
		// synthetic (kept)
		{"的合作 is kept", "双方愿深化农业、教育等领域的合作。", []string{"农业", "教育"}},
		// real: 215_liyuanchao_edlee_2013
		{"pair of sides before the first area", "李孟贤表示，旧金山市愿为促进中美文化、科学等领域的友好交流合作积极努力。", []string{"文化", "科学"}},
		// synthetic
		{"pair of sides, Russian", "双方愿推动中俄能源、航天等领域合作。", []string{"能源", "航天"}},
	}
	e := newT(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := e.Extract(lead+c.in, Options{Date: "2019-05-17"})
			var got []string
			for _, a := range r.Articles {
				for _, m := range a.Meetings {
					got = append(got, m.CooperationAreas...)
				}
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("%s\n got  %q\n want %q", strings.TrimSpace(c.in), got, c.want)
			}
		})
	}
}
