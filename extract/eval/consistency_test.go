package eval

import (
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/extract"
)

// The texts below are synthetic, written in the style of Xinhua reports.
func TestConsistencyHeadlineAgainstBody(t *testing.T) {
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, text string
		checked    int
		agree      int
		reason     string
	}{
		{"the body tells the headline's call (headline without titles)",
			"习近平同法国总统马克龙通电话\n新华社北京3月9日电 国家主席习近平9日晚应约同法国总统马克龙通电话。\n",
			1, 1, ""},
		{"the body names another guest than the headline",
			"习近平会见乌兹别克斯坦总统\n新华社北京9月2日电 国家主席习近平2日在北京人民大会堂会见哈萨克斯坦总统托卡耶夫。\n",
			0, 0, ""},
		{"the headline's guest is missing from the body's meeting",
			"习近平会见米尔济约耶夫\n新华社北京9月2日电 国家主席习近平2日在北京人民大会堂会见哈萨克斯坦总统托卡耶夫。\n",
			1, 0, "米尔济约耶夫"},
		{"the headline names a call, the body a meeting",
			"李强同德国总理默茨通电话\n新华社北京7月2日电 国务院总理李强2日在人民大会堂会见德国总理默茨。\n",
			1, 0, "kind PHONE_CALL"},
		{"a headline that names no event is not checked",
			"中乌关系迈上新台阶\n新华社北京9月2日电 国家主席习近平2日在北京人民大会堂会见乌兹别克斯坦总统米尔济约耶夫。\n",
			0, 0, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, err := ex.ExtractBytes([]byte(c.text), extract.Options{Date: "2025-09-03"})
			if err != nil {
				t.Fatal(err)
			}
			rep := Consistency(ex, r)
			if rep.Checked != c.checked || rep.Agree != c.agree {
				t.Fatalf("checked %d agree %d, want %d %d; cases %+v", rep.Checked, rep.Agree, c.checked, c.agree, rep.Cases)
			}
			if c.reason != "" && (len(rep.Cases) != 1 || !strings.Contains(rep.Cases[0].Reason, c.reason)) {
				t.Errorf("cases %+v, want one whose reason holds %q", rep.Cases, c.reason)
			}
		})
	}
}

func TestConsistencyRateAndPooling(t *testing.T) {
	var r ConsistencyReport
	if r.Rate() != 0 {
		t.Errorf("empty rate %v", r.Rate())
	}
	r.Add(ConsistencyReport{Articles: 2, Headlines: 2, Checked: 2, Agree: 2})
	r.Add(ConsistencyReport{Articles: 3, Headlines: 2, Checked: 2, Agree: 1, Cases: []Case{{Headline: "x"}}})
	if r.Articles != 5 || r.Checked != 4 || r.Agree != 3 || len(r.Cases) != 1 || r.Rate() != 0.25 {
		t.Errorf("pooled %+v rate %v", r, r.Rate())
	}
}
