package eval

import (
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/extract"
)

func sp(s string) *string { return &s }

func meeting(guest, title string, domains ...string) extract.Meeting {
	return extract.Meeting{
		Kind: extract.KindMeeting, Date: "2025-09-02",
		Participants: []extract.Participant{
			{Name: "习近平", Role: extract.RoleHost, Title: sp("国家主席"), Country: sp("CN")},
			{Name: guest, Role: extract.RoleGuest, Title: sp(title), Country: sp("UZ")},
		},
		AgreementDomains: domains,
		Relationship:     sp("全面战略伙伴关系"),
		Evidence:         []extract.Evidence{{Field: "kind", Text: "习近平会见" + guest + "。"}},
	}
}

func result(ms ...extract.Meeting) extract.Result {
	return extract.Result{Articles: []extract.Article{{Source: "新华社", City: "北京", Date: "2025-09-02", Reporters: []string{"白鑫雨"}, Meetings: ms}}}
}

func TestScorePerfect(t *testing.T) {
	g := result(meeting("米尔济约耶夫", "总统", "海关", "航天"))
	rep := Score(g, g)
	for _, k := range rep.Kinds {
		if k.F1 != 1 || len(k.FalsePositives) > 0 || len(k.Misses) > 0 {
			t.Errorf("%s: %+v", k.Kind, k)
		}
	}
}

func TestScoreCountsAndLists(t *testing.T) {
	gold := result(meeting("米尔济约耶夫", "总统", "海关", "航天"))
	got := result(meeting("米尔济约耶夫", "总理", "海关", "媒体"))
	got.Articles[0].Meetings[0].Relationship = sp("全面战略伙伴") // 关系 is ignored
	rep := Score(gold, got)
	d, _ := rep.Kind("agreementDomains")
	if d.TP != 1 || d.Gold != 2 || d.Got != 2 || d.Precision != 0.5 || d.Recall != 0.5 {
		t.Errorf("agreementDomains: %+v", d)
	}
	if len(d.FalsePositives) != 1 || !strings.HasSuffix(d.FalsePositives[0].Key, "|媒体") {
		t.Errorf("false positives: %+v", d.FalsePositives)
	}
	if len(d.Misses) != 1 || !strings.HasSuffix(d.Misses[0].Key, "|航天") {
		t.Errorf("misses: %+v", d.Misses)
	}
	if ti, _ := rep.Kind("titles"); ti.TP != 1 || ti.F1 != 0.5 {
		t.Errorf("titles: %+v", ti)
	}
	if r, _ := rep.Kind("relationship"); r.F1 != 1 {
		t.Errorf("relationship: %+v", r)
	}
	if m, _ := rep.Kind("meetings"); m.F1 != 1 {
		t.Errorf("meetings: %+v", m)
	}
	var b strings.Builder
	if err := rep.Print(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"agreementDomains", "FP   agreementDomains", "MISS agreementDomains", "习近平会见米尔济约耶夫。"} {
		if !strings.Contains(out, want) {
			t.Errorf("printed report lacks %q:\n%s", want, out)
		}
	}
}

func TestScoreEmptyAndMissingMeeting(t *testing.T) {
	gold := result(meeting("米尔济约耶夫", "总统"))
	got := result()
	rep := Score(gold, got)
	if m, _ := rep.Kind("meetings"); m.Recall != 0 || m.F1 != 0 || m.Precision != 1 {
		t.Errorf("meetings: %+v", m)
	}
	if a, _ := rep.Kind("articles"); a.F1 != 1 {
		t.Errorf("articles: %+v", a)
	}
	rep = Score(extract.Result{}, extract.Result{})
	for _, k := range rep.Kinds {
		if k.F1 != 1 {
			t.Errorf("%s on empty: %+v", k.Kind, k)
		}
	}
}

func TestAdd(t *testing.T) {
	g := result(meeting("米尔济约耶夫", "总统", "海关"))
	var total Report
	total.Add(Score(g, g))
	total.Add(Score(g, result()))
	m, _ := total.Kind("meetings")
	if m.Gold != 2 || m.TP != 1 || m.Recall != 0.5 {
		t.Errorf("pooled meetings: %+v", m)
	}
}

func TestLoad(t *testing.T) {
	r, err := Load("../../testdata/gold/seed.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Articles) == 0 {
		t.Fatal("seed gold has no articles")
	}
	if _, err := Load("does-not-exist.json"); err == nil {
		t.Error("want an error for a missing file")
	}
}

func TestMerge(t *testing.T) {
	a := result(meeting("米尔济约耶夫", "总统"))
	b := result(meeting("夏巴兹", "总理"))
	m := Merge(a, b, extract.Result{})
	if len(m.Articles) != 2 {
		t.Fatalf("merged %d articles", len(m.Articles))
	}
	if rep := Score(m, Merge(b, a)); func() float64 { k, _ := rep.Kind("meetings"); return k.F1 }() != 1 {
		t.Error("order of merged results must not matter")
	}
}
