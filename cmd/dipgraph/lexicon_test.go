package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/extract"
)

const newLeaderText = "新华社北京9月2日电 国家主席习近平2日下午在人民大会堂会见来华进行国事访问的马拉维总统卡达特·同加。\n双方签署了经贸、海关、深海探测等领域合作文件。\n"

// TestLexiconRoutine runs the analyst's routine through the CLI:
// candidates → add → validate → extract with the overrides.
func TestLexiconRoutine(t *testing.T) {
	data := t.TempDir()
	text := filepath.Join(t.TempDir(), "report.txt")
	if err := os.WriteFile(text, []byte(newLeaderText), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"DIPGRAPH_DATA": data}
	code, out, errs := run(t, env, "", "lexicon", "candidates", "--format", "json", text)
	if code != 0 {
		t.Fatalf("candidates: exit %d: %s", code, errs)
	}
	var cs []extract.Candidate
	if err := json.Unmarshal([]byte(out), &cs); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(cs) == 0 || cs[0].Kind != "leader" || cs[0].Text != "卡达特·同加" || cs[0].Line() != "卡达特·同加\tMW" {
		t.Fatalf("candidates: %+v", cs)
	}
	code, out, _ = run(t, env, "", "lexicon", "candidates", text)
	if code != 0 || !strings.Contains(out, "dipgraph lexicon add leader 卡达特·同加 MW") {
		t.Errorf("text candidates: %d\n%s", code, out)
	}
	if code, _, errs := run(t, env, "", "lexicon", "add", "leader", "某人", "ZZ"); code == 0 || !strings.Contains(errs, "unknown country") {
		t.Errorf("bad add: %d %s", code, errs)
	}
	args := append([]string{"lexicon", "add", cs[0].Kind}, cs[0].Fields...)
	if code, out, errs := run(t, nil, "", append(args, "--data", data)...); code != 0 || !strings.Contains(out, "leaders.tsv") {
		t.Fatalf("add: %d %s %s", code, out, errs)
	}
	if code, out, _ := run(t, env, "", "lexicon", "validate"); code != 0 || !strings.HasSuffix(strings.TrimSpace(out), "ok") {
		t.Errorf("validate: %d %s", code, out)
	}
	ex, err := newExtractorWithOverrides(data)
	if err != nil {
		t.Fatal(err)
	}
	r := ex.Extract(newLeaderText, extract.Options{})
	if !hasMeeting(r, "习近平", "卡达特·同加") {
		t.Errorf("after add: %+v", r.Articles[0].Meetings)
	}
	// A bad hand edit is reported with file:line and a failing exit.
	f, _ := os.OpenFile(filepath.Join(data, "lexicon", "leaders.tsv"), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("某人\tZZ\n")
	f.Close()
	code, out, _ = run(t, env, "", "lexicon", "validate")
	if code != 1 || !strings.Contains(out, "leaders.tsv:4: leader 某人: unknown country") {
		t.Errorf("validate bad: %d %q", code, out)
	}
	if code, _, _ := run(t, env, "", "lexicon", "frobnicate"); code != 2 {
		t.Errorf("unknown action: %d", code)
	}
}
