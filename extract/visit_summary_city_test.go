package extract

import "testing"

// TestVisitSummaryAbroadHasNoCity: meetings told in a summary of a visit
// abroad ("访俄期间，…会见了…") under a dateline in China have no city (the
// visitor has returned; round 11's decision); a visit to China, a dateline
// abroad and a meeting with its own place keep theirs.
func TestVisitSummaryAbroadHasNoCity(t *testing.T) {
	runSubPhrasings(t, "1997-03-29", []phrasingCase{
		// real: 157_qianqichen_russia_visit_summary_1997 (one guest kept)
		{name: "访俄期间 under a Beijing dateline", in: "新华社北京3月28日电 国务院副总理兼外交部长钱其琛今天回到北京。访俄期间，钱其琛会见了俄罗斯总统叶利钦。",
			want: []string{"MEETING:钱其琛/国务院副总理兼外交部长/CN,>叶利钦/总统/RU"}},
		// synthetic
		{name: "在访问…期间", in: "新华社北京5月20日电 国务委员杨洁篪结束对德国的访问回到北京。在访问德国期间，杨洁篪会见了德国总理默克尔。",
			want: []string{"MEETING:杨洁篪/国务委员/CN,>默克尔/总理/DE"}},
		// synthetic
		{name: "访华期间 keeps Beijing", in: "新华社北京5月20日电 访华期间，国家主席习近平会见了德国总理默克尔。",
			want: []string{"MEETING:习近平/国家主席/CN,>默克尔/总理/DE|北京"}},
		// synthetic
		{name: "dateline abroad keeps its city", in: "新华社莫斯科3月28日电 访俄期间，钱其琛会见了俄罗斯总统叶利钦。",
			want: []string{"MEETING:钱其琛/CN,>叶利钦/总统/RU|莫斯科"}},
	})
}
