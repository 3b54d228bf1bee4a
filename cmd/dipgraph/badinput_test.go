package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadInputLeavesGraph: inputs that cannot be read get a one-line
// error each, a non-zero exit, and leave the store exactly as it was.
func TestBadInputLeavesGraph(t *testing.T) {
	env := map[string]string{"DIPGRAPH_DATA": t.TempDir()}
	if code, _, stderr := run(t, env, "", "ingest", seed); code != 0 {
		t.Fatalf("ingest seed: %s", stderr)
	}
	_, before, _ := run(t, env, "", "export", "--format", "jsonl")

	dir := t.TempDir()
	files := map[string][]byte{
		"empty.txt":   nil,
		"blank.txt":   []byte(" \n\t\r\n　\n"),
		"binary.txt":  {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0},
		"invalid.txt": append([]byte("国家主席习近平会见"), 0xff, 0xfe, 0xc0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80, 0x00),
	}
	var paths []string
	for name, b := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	code, _, stderr := run(t, env, "", append([]string{"ingest"}, paths...)...)
	if code == 0 {
		t.Errorf("nothing readable, exit 0")
	}
	for _, p := range paths {
		if n := strings.Count(stderr, p); n != 1 {
			t.Errorf("%s named %d times in %q", p, n, stderr)
		}
	}
	if _, after, _ := run(t, env, "", "export", "--format", "jsonl"); after != before {
		t.Errorf("bad input changed the graph")
	}
}

// TestDegeneratePages: a page of nothing but datelines gives no meeting;
// a 10 MB page is extracted whole, in one piece, with all its meetings.
func TestDegeneratePages(t *testing.T) {
	var b strings.Builder
	for i := range 2000 {
		b.WriteString("新华社北京")
		b.WriteString([]string{"1", "2", "3"}[i%3])
		b.WriteString("月5日电\n本报北京3月5日电\n（上接1版）\n")
	}
	code, stdout, stderr := run(t, nil, b.String(), "extract", "--format", "jsonl", "-")
	if code != 0 {
		t.Fatalf("datelines: exit %d %s", code, stderr)
	}
	if strings.Contains(stdout, `"participants"`) && strings.Contains(stdout, `"role":"HOST"`) {
		t.Errorf("a page of datelines produced a meeting")
	}

	one, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	var big bytes.Buffer
	copies := 0
	for big.Len() < 10<<20 {
		big.Write(one)
		big.WriteString("\n")
		copies++
	}
	p := filepath.Join(t.TempDir(), "big.txt")
	os.WriteFile(p, big.Bytes(), 0o644)
	_, single, _ := run(t, nil, "", "extract", seed)
	code, stdout, stderr = run(t, nil, "", "extract", p)
	if code != 0 {
		t.Fatalf("10 MB page: exit %d %s", code, stderr)
	}
	r1, rn := decodeResult(t, single), decodeResult(t, stdout)
	m1, mn := 0, 0
	for _, a := range r1.Articles {
		m1 += len(a.Meetings)
	}
	for _, a := range rn.Articles {
		mn += len(a.Meetings)
	}
	if m1 == 0 || mn != m1*copies {
		t.Errorf("10 MB page of %d copies: %d meetings, want %d", copies, mn, m1*copies)
	}
}

// TestOverridesReachIngest: a leader added with `lexicon add` is known to
// the next extract and ingest, without a rebuild.
func TestOverridesReachIngest(t *testing.T) {
	data := t.TempDir()
	env := map[string]string{"DIPGRAPH_DATA": data}
	text := filepath.Join(t.TempDir(), "report.txt")
	os.WriteFile(text, []byte(newLeaderText), 0o644)
	if code, _, errs := run(t, env, "", "lexicon", "add", "leader", "卡达特·同加", "MW"); code != 0 {
		t.Fatalf("add: %s", errs)
	}
	_, out, _ := run(t, env, "", "extract", text)
	if !hasMeeting(decodeResult(t, out), "习近平", "卡达特·同加") {
		t.Errorf("extract ignores the override: %s", out)
	}
	if code, _, errs := run(t, env, "", "ingest", text); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	_, exp, _ := run(t, env, "", "export", "--format", "jsonl")
	if !strings.Contains(exp, "卡达特·同加") {
		t.Errorf("the ingested graph lacks the added leader")
	}
}
