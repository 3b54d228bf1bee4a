package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/extract/lexicon"
)

// newLeaderReport tells a meeting with a leader no lexicon knows, whose
// name holds 同 (read as a function word, the rules cut the name short).
const newLeaderReport = `新华社北京9月2日电 国家主席习近平2日下午在人民大会堂会见来华进行国事访问的马拉维总统卡达特·同加。
习近平指出，中方愿同马拉维加强发展战略对接。卡达特·同加表示，瓦方支持全球发展倡议，愿参与“湖岸铁路”项目。
双方签署了经贸、海关、深海探测等领域合作文件。`

func findCandidate(cs []extract.Candidate, kind, text string) (extract.Candidate, bool) {
	for _, c := range cs {
		if c.Kind == kind && c.Text == text {
			return c, true
		}
	}
	return extract.Candidate{}, false
}

func guest(r extract.Result, name string) (extract.Participant, bool) {
	for _, a := range r.Articles {
		for _, m := range a.Meetings {
			for _, p := range m.Participants {
				if p.Name == name && p.Role == extract.RoleGuest {
					return p, true
				}
			}
		}
	}
	return extract.Participant{}, false
}

// TestNewLeaderRoutine is the acceptance test of the lexicon upkeep routine
// (docs/lexicon.md: dipgraph lexicon candidates, then lexicon add): a
// report with an unknown new leader produces a candidate; adding its
// suggested line to the override folder makes the next extraction produce
// the meeting with that leader as GUEST, with his title and country.
func TestNewLeaderRoutine(t *testing.T) {
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	before := ex.Extract(newLeaderReport, extract.Options{})
	if _, ok := guest(before, "卡达特·同加"); ok {
		t.Fatal("the new leader is already extracted: the test proves nothing")
	}
	cs := ex.Candidates(before)
	c, ok := findCandidate(cs, "leader", "卡达特·同加")
	if !ok {
		t.Fatalf("no leader candidate; candidates: %+v", cs)
	}
	if c.Line() != "卡达特·同加\tMW" || !strings.Contains(c.Example, "马拉维总统卡达特·同加") {
		t.Errorf("candidate %+v", c)
	}
	if cs[0].Text != "卡达特·同加" {
		t.Errorf("the leader unlocks most facts but is not first: %+v", cs[0])
	}
	for _, want := range [][2]string{{"country", "瓦"}, {"project", "湖岸铁路"}, {"domain", "深海探测"}} {
		if _, ok := findCandidate(cs, want[0], want[1]); !ok {
			t.Errorf("no %s candidate %s: %+v", want[0], want[1], cs)
		}
	}
	for _, c := range cs {
		if c.Kind == "domain" && (c.Text == "经贸" || c.Text == "海关") {
			t.Errorf("known domain offered: %+v", c)
		}
	}

	dir := filepath.Join(t.TempDir(), "lexicon")
	if _, err := lexicon.Append(dir, c.Kind, c.Fields); err != nil {
		t.Fatal(err)
	}
	if probs, err := lexicon.Validate(dir); err != nil || len(probs) > 0 {
		t.Fatalf("validate: %v %v", probs, err)
	}
	ex2, err := extract.New(extract.WithLexiconDir(dir))
	if err != nil {
		t.Fatal(err)
	}
	after := ex2.Extract(newLeaderReport, extract.Options{})
	p, ok := guest(after, "卡达特·同加")
	if !ok {
		t.Fatalf("after adding, no guest 卡达特·同加: %+v", after.Articles[0].Meetings)
	}
	if p.Title == nil || *p.Title != "总统" || p.Country == nil || *p.Country != "MW" {
		t.Errorf("guest %s: title %v country %v", p.Name, p.Title, p.Country)
	}
	for _, ev := range after.Articles[0].Meetings[0].Evidence {
		if ev.Field == "participants" && ev.Value == p.Name && (ev.Rule != extract.RuleLeaderLexicon || ev.Confidence < 0.9) {
			t.Errorf("known leader scored %s %.2f", ev.Rule, ev.Confidence)
		}
	}
	if _, ok := findCandidate(ex2.Candidates(after), "leader", "卡达特·同加"); ok {
		t.Error("the added leader is still a candidate")
	}
	// The embedded extractor is unchanged.
	if _, ok := guest(ex.Extract(newLeaderReport, extract.Options{}), "卡达特·同加"); ok {
		t.Error("extract.New() sees the override folder")
	}
}

// TestAliasOneLeader: variants of a name are one leader.
func TestAliasOneLeader(t *testing.T) {
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, v := range []string{"米尔济约耶夫", "米尔齐约耶夫"} {
		r := ex.Extract("新华社北京9月2日电 国家主席习近平2日在人民大会堂会见乌兹别克斯坦总统"+v+"。", extract.Options{})
		if _, ok := guest(r, "米尔济约耶夫"); !ok {
			t.Errorf("%s: not resolved to 米尔济约耶夫: %+v", v, r.Articles[0].Meetings)
			continue
		}
		ids = append(ids, r.Articles[0].Meetings[0].ID)
	}
	if len(ids) == 2 && ids[0] != ids[1] {
		t.Errorf("one meeting, two ids: %v", ids)
	}
}

func TestWithLexiconDirBadLine(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "leaders.tsv"), []byte("某人\tZZ\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := extract.New(extract.WithLexiconDir(dir)); err == nil || !strings.Contains(err.Error(), "leaders.tsv:1") {
		t.Errorf("bad override: %v", err)
	}
}
