package extract

import "testing"

// Where the host's name ends and the counterpart's begins around the verb
// phrase. The sentences are synthetic, written after real phrasings of
// 1997 and 2025 reports.
func TestVerbPhraseBoundaries(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"a preposition after a three-character name opens the verb phrase (刘海星在会见)",
			"2025-10-17",
			"新华社北京10月17日电 中联部部长刘海星在会见俄罗斯驻华大使莫尔古洛夫时表示，中方愿同俄方加强交流。",
			[]string{"MEETING:刘海星/中联部部长/CN,>莫尔古洛夫/驻华大使/RU|北京"}},
		{"the counterpart of 在会见X后 ends at 后",
			"2025-10-17",
			"新华社北京10月17日电 中联部部长刘海星在会见俄罗斯驻华大使莫尔古洛夫后，前往机场。",
			[]string{"MEETING:刘海星/中联部部长/CN,>莫尔古洛夫/驻华大使/RU|北京"}},
		{"会晤了 with its object after the verb",
			"1997-09-01",
			"新华社莫斯科9月1日电 全国政协副主席霍英东1日会晤了俄罗斯国家杜马国际事务委员会主席卢金。",
			[]string{"MEETING:霍英东/全国政协副主席/CN,>卢金/国家杜马国际事务委员会主席/RU|莫斯科"}},
		{"a host before his office, then 还分别会晤了 two counterparts",
			"1997-09-01",
			"新华社莫斯科9月1日电 全国政协副主席霍英东1日在莫斯科会见了俄罗斯总理切尔诺梅尔金。同日，霍英东副主席还分别会晤了俄罗斯国家杜马副主席尤里耶夫和国家杜马国际事务委员会主席卢金。",
			[]string{"MEETING:霍英东/全国政协副主席/CN,>切尔诺梅尔金/总理/RU|莫斯科",
				"MEETING:霍英东/全国政协副主席/CN,>尤里耶夫/国家杜马副主席/RU|莫斯科",
				"MEETING:霍英东/全国政协副主席/CN,>卢金/国家杜马国际事务委员会主席/RU|莫斯科"}},
		{"举行会谈 with no object after it stays with its counterpart before",
			"1997-09-01",
			"新华社莫斯科9月1日电 国务院副总理钱其琛1日在莫斯科同俄罗斯外长普里马科夫举行了会谈。",
			[]string{"TALKS:钱其琛/国务院副总理/CN,>普里马科夫/外长/RU|莫斯科"}},
	})
}

// "向X发去慰问电/贺电": a message sent, its counterpart after 向 (synthetic
// variants of a 2006 Xinhua report).
func TestSentMessageVerbs(t *testing.T) {
	e := newT(t)
	for _, c := range []struct{ name, in, want string }{
		{"发去慰问电", "新华社北京2月17日电 国家主席胡锦涛17日向菲律宾总统阿罗约发去慰问电，对菲律宾发生山体滑坡表示慰问。",
			"MESSAGE:胡锦涛/国家主席/CN,>阿罗约/总统/PH"},
		{"发去贺电", "新华社北京5月10日电 国务院总理温家宝10日向新当选的菲律宾总统阿基诺发去贺电。",
			"MESSAGE:温家宝/国务院总理/CN,>阿基诺/总统/PH"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := kbriefs(e.Extract(c.in, Options{Date: "2006-02-17"}))
			if len(got) != 1 || got[0] != c.want {
				t.Errorf("got %q, want [%q]", got, c.want)
			}
		})
	}
}
