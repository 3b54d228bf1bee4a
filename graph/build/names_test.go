package build

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/dipgraph/dipgraph/extract/lexicon"
	"github.com/dipgraph/dipgraph/graph"
)

// TestPinyinOfChineseNames: surname-aware pinyin, polyphonic surnames read
// as surnames, compound surnames kept whole, the lexicon's English form
// fixing given-name readings, parts of transliterated names as words.
func TestPinyinOfChineseNames(t *testing.T) {
	for _, c := range []struct{ name, en, want string }{
		{"习近平", "", "Xi Jinping"},
		{"王毅", "", "Wang Yi"},
		{"曾庆红", "", "Zeng Qinghong"}, // 曾 as a surname
		{"谌贻琴", "", "Shen Yiqin"},    // 谌 as a surname
		{"单霁翔", "", "Shan Jixiang"},  // synthetic: 单 as a surname
		{"欧阳明", "", "Ouyang Ming"},   // synthetic: compound surname
		{"李长春", "Li Changchun", "Li Changchun"},
		{"马朝旭", "Ma Zhaoxu", "Ma Zhaoxu"},
		{"李长春", "", "Li Zhangchun"},                  // the library's default reading, without the lexicon
		{"司马义·艾买提", "Ismail Amat", "Simayi Aimaiti"}, // English is not a reading: ignored
		{"王家安", "", "Wang Jia'an"},                   // synthetic: apostrophe before a vowel syllable
		{"Xi", "", ""},
	} {
		t.Run(c.name+c.en, func(t *testing.T) {
			if got := Pinyin(c.name, c.en); got != c.want {
				t.Errorf("Pinyin(%q, %q) = %q, want %q", c.name, c.en, got, c.want)
			}
		})
	}
}

// TestPinyinMatchesLexiconEnglish: for every Chinese leader of the
// lexicon, the pinyin derived with the lexicon's help is his English name
// (all but transliterated minority names), and the pinyin derived without
// it differs only for given names with polyphonic characters.
func TestPinyinMatchesLexiconEnglish(t *testing.T) {
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	unaided := 0
	for name, ld := range lex.Leaders {
		if ld.Country != "CN" || ld.NameEn == "" || name == "司马义·艾买提" {
			continue
		}
		if got := Pinyin(name, ld.NameEn); got != ld.NameEn {
			t.Errorf("Pinyin(%s, %q) = %q", name, ld.NameEn, got)
		}
		if got := Pinyin(name, ""); got != ld.NameEn {
			unaided++
			t.Logf("without the lexicon: Pinyin(%s) = %q, English %q", name, got, ld.NameEn)
		}
	}
	if unaided > 3 {
		t.Errorf("%d Chinese leaders' pinyin differs from the English without the lexicon's help", unaided)
	}
}

// TestLeaderNamesOfDocument: a document carries the other names of every
// leader it names.
func TestLeaderNamesOfDocument(t *testing.T) {
	ms := []graph.Meeting{{ID: "m", Participants: []graph.Participant{
		{Name: "习近平", Country: "CN"}, {Name: "米尔济约耶夫", Country: "UZ"}, {Name: "张某某", Country: "CN"}, {Name: "某甲", Country: "FR"},
	}}}
	got := names().leaderNames(ms)
	want := []graph.LeaderName{
		{Name: "习近平", NameEn: "Xi Jinping", Pinyin: "Xi Jinping", Variants: []string{"習近平"}},
		{Name: "张某某", Pinyin: "Zhang Moumou", Variants: []string{"張某某"}}, // synthetic
		{Name: "某甲"}, // synthetic: a foreign name the lexicon does not know
		{Name: "米尔济约耶夫", NameEn: "Shavkat Mirziyoyev", Variants: []string{"米尔齐约耶夫", "米爾濟約耶夫", "米爾齊約耶夫"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("leaderNames =\n%+v\nwant\n%+v", got, want)
	}
}

// TestLeaderNamesFromLexiconOverrides: a leader added to an override
// folder with an English name (dipgraph lexicon add) gets it, and aliases
// added there are variants; the embedded lexicon is not changed.
func TestLeaderNamesFromLexiconOverrides(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "leaders.tsv"), []byte("纳帕特\tVU\t\tJotham Napat\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "aliases.tsv"), []byte("纳帕待\t纳帕特\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lex, err := lexicon.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	ms := []graph.Meeting{{ID: "m", Participants: []graph.Participant{{Name: "纳帕特", Country: "VU"}}}}
	got := tablesFor(lex).leaderNames(ms)
	want := []graph.LeaderName{{Name: "纳帕特", NameEn: "Jotham Napat", Variants: []string{"納帕待", "納帕特", "纳帕待"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("with overrides: %+v, want %+v", got, want)
	}
	if tablesFor(lex) != tablesFor(lex) {
		t.Error("tables of one lexicon are not memoised")
	}
	if got := names().leaderNames(ms); got[0].NameEn != "" {
		t.Errorf("embedded lexicon: %+v", got)
	}
}
