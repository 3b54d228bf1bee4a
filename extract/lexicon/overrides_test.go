package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, dir, name, data string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadDirMerges(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "leaders.tsv", "# name\tcountry\n塔纳托阿\tVU\n")
	write(t, dir, "aliases.tsv", "塔纳托亚\t塔纳托阿\n")
	write(t, dir, "titles.tsv", "副总统兼外长\n")
	write(t, dir, "countries_extra.tsv", "VU\t瓦国\tname\n")
	l, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if l.Leaders["塔纳托阿"].Country != "VU" {
		t.Errorf("override leader not merged: %+v", l.Leaders["塔纳托阿"])
	}
	if l.Canonical("塔纳托亚") != "塔纳托阿" || l.Canonical("米尔齐约耶夫") != "米尔济约耶夫" {
		t.Errorf("aliases: %q %q", l.Canonical("塔纳托亚"), l.Canonical("米尔齐约耶夫"))
	}
	if !l.Titles["副总统兼外长"] || l.CountryForms["瓦国"] != "VU" {
		t.Error("title or country form not merged")
	}
	if l.Leaders["习近平"].Country != "CN" {
		t.Error("embedded leaders lost")
	}
	base, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := base.Leaders["塔纳托阿"]; ok {
		t.Error("Load sees the override")
	}
	if l2, err := LoadDir(filepath.Join(dir, "missing")); err != nil || len(l2.Leaders) != len(base.Leaders) {
		t.Errorf("missing folder: %v", err)
	}
}

func TestValidate(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "leaders.tsv", "塔纳托阿\tVU\n坏人\tXX\nA B\tVU\n")
	write(t, dir, "aliases.tsv", "# variant\tcanonical\n某某\t无此人\n")
	write(t, dir, "countries_extra.tsv", "VU\t瓦努\tnickname\n")
	write(t, dir, "leader.tsv", "x\n")
	probs, err := Validate(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range probs {
		got = append(got, strings.TrimPrefix(p.Error(), dir+string(filepath.Separator)))
	}
	want := []string{"leader.tsv: not a lexicon file", "countries_extra.tsv:1: unknown kind", "leaders.tsv:2: leader 坏人: unknown country", "leaders.tsv:3: name", "aliases.tsv:2: alias 某某: 无此人 is not a leader"}
	if len(got) != len(want) {
		t.Fatalf("problems:\n%s", strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("problem %d: %q, want prefix %q", i, got[i], want[i])
		}
	}
	if _, err := LoadDir(dir); err == nil || !strings.Contains(err.Error(), "leaders.tsv:2") {
		t.Errorf("LoadDir of a bad folder: %v", err)
	}
	good := t.TempDir()
	write(t, good, "leaders.tsv", "塔纳托阿\tVU\n")
	if probs, err := Validate(good); err != nil || len(probs) != 0 {
		t.Errorf("good folder: %v %v", probs, err)
	}
}

func TestAppend(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "lexicon")
	if _, err := Append(dir, "alias", []string{"塔纳托亚", "塔纳托阿"}); err == nil {
		t.Error("alias of an unknown leader accepted")
	}
	path, err := Append(dir, "leader", []string{"塔纳托阿", "VU"})
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(path) != "leaders.tsv" {
		t.Errorf("appended to %s", path)
	}
	if _, err := Append(dir, "alias", []string{"塔纳托亚", "塔纳托阿"}); err != nil {
		t.Fatal(err)
	}
	if _, err := Append(dir, "leader", []string{"某人", "ZZ"}); err == nil {
		t.Error("unknown country accepted")
	}
	if _, err := Append(dir, "nonsense", []string{"x"}); err == nil {
		t.Error("unknown kind accepted")
	}
	l, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if l.Canonical("塔纳托亚") != "塔纳托阿" || l.Leaders["塔纳托阿"].Country != "VU" {
		t.Error("appended lines not loaded")
	}
	b, _ := os.ReadFile(path)
	if n := strings.Count(string(b), "塔纳托阿\tVU\n"); n != 1 {
		t.Errorf("leaders.tsv:\n%s", b)
	}
}
