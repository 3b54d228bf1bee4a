package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConfidence checks that every evidence item carries a rule of Rules
// and a confidence in (0, 1], and that the confidence follows what the
// rule knew (lexicon leader, known title, country stated or only inferred).
func TestConfidence(t *testing.T) {
	e := newT(t)
	known := map[string]bool{}
	for _, r := range Rules {
		known[r] = true
	}
	cases := []struct {
		text       string
		field, val string
		rule       string
		lo, hi     float64
	}{
		{"新华社北京9月2日电 国家主席习近平2日在人民大会堂会见乌兹别克斯坦总统米尔济约耶夫。", "participants", "米尔济约耶夫", RuleLeaderLexicon, 0.9, 1},
		{"新华社北京9月2日电 国家主席习近平2日在人民大会堂会见瓦努阿图总统塔纳托阿。", "participants", "塔纳托阿", RuleTitleName, 0.75, 0.85},
		{"新华社北京9月2日电 国家主席习近平2日在人民大会堂会见瓦卢阿图总统塔纳托阿。", "participants", "塔纳托阿", RuleGenericTitle, 0.45, 0.55},
		{"新华社北京9月2日电 国家主席习近平2日在人民大会堂会见瓦努阿图总统塔纳托阿。瓦努阿图支持全球发展倡议。", "supports", "VU:全球发展倡议", RuleSupportSide, 0.8, 0.9},
		{"新华社北京9月2日电 国家主席习近平2日在人民大会堂会见乌兹别克斯坦总统米尔济约耶夫。乌方支持全球发展倡议。", "supports", "UZ:全球发展倡议", RuleSupportSide, 0.5, 0.6},
		{"新华社北京9月2日电 国家主席习近平2日在人民大会堂会见乌兹别克斯坦总统米尔济约耶夫。", "kind", "MEETING", RuleEventVerb, 0.9, 1},
		{"新华社北京9月2日电 国家主席习近平在人民大会堂会见乌兹别克斯坦总统米尔济约耶夫。", "date", "2025-09-02", RuleEventContext, 0.75, 0.85},
		{"新华社北京9月2日电 国家主席习近平2日在人民大会堂会见乌兹别克斯坦总统米尔济约耶夫。双方签署了经贸、海关等领域合作文件。", "agreementDomains", "海关", RuleAgreementList, 0.8, 0.9},
	}
	for _, c := range cases {
		r := e.Extract(c.text, Options{Date: "2025-09-02"})
		found := false
		for _, a := range r.Articles {
			for _, m := range a.Meetings {
				for _, ev := range m.Evidence {
					if !known[ev.Rule] || ev.Confidence <= 0 || ev.Confidence > 1 {
						t.Errorf("%s: evidence %s %q has rule %q confidence %v", c.text, ev.Field, ev.Value, ev.Rule, ev.Confidence)
					}
					if ev.Field == c.field && ev.Value == c.val {
						found = true
						if ev.Rule != c.rule || ev.Confidence < c.lo || ev.Confidence > c.hi {
							t.Errorf("%s: %s %s: rule %s confidence %.2f, want %s in [%.2f, %.2f]", c.text, c.field, c.val, ev.Rule, ev.Confidence, c.rule, c.lo, c.hi)
						}
					}
				}
			}
		}
		if !found {
			t.Errorf("%s: no evidence for %s %s", c.text, c.field, c.val)
		}
	}
}

// TestConfidenceGolden checks the rule and confidence invariants over every
// golden snippet: each evidence item is scored.
func TestConfidenceGolden(t *testing.T) {
	e := newT(t)
	files := goldenTexts(t)
	n := 0
	for name, text := range files {
		for _, a := range e.Extract(text, Options{Date: "2025-01-01"}).Articles {
			for _, m := range a.Meetings {
				for _, ev := range m.Evidence {
					n++
					if ev.Rule == "" || ev.Confidence <= 0 || ev.Confidence > 1 || strings.TrimSpace(ev.Text) == "" {
						t.Errorf("%s: evidence %s %q: rule %q confidence %v", name, ev.Field, ev.Value, ev.Rule, ev.Confidence)
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no evidence in the golden snippets")
	}
}

func goldenTexts(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("testdata/golden/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden snippets: %v", err)
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[f] = string(b)
	}
	return out
}
