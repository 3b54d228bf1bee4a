package graph

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseSearchSplitsHanRunsAndFoldedWords(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"习近平", []string{"习近平"}},
		{"Xí Jìnpíng", []string{"xi", "jinping"}},
		{"海关、数字经济", []string{"海关", "数字经济"}},
		{"APEC会议", []string{"apec", "会议"}},
		{"ÉRDOĞAN", []string{"erdogan"}},
		{`Mirziyoyev" OR *:*`, []string{"mirziyoyev", "or"}},
	} {
		ts, err := ParseSearch(c.q)
		if err != nil {
			t.Fatalf("ParseSearch(%q): %v", c.q, err)
		}
		var got []string
		for _, x := range ts {
			got = append(got, x.Text)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("ParseSearch(%q) = %q, want %q", c.q, got, c.want)
		}
	}
	for _, q := range []string{"", " ", "*:*", strings.Repeat("习", MaxSearchRunes+1), strings.Repeat("a ", MaxSearchTerms+1)} {
		if _, err := ParseSearch(q); KindOf(err) != Invalid {
			t.Errorf("ParseSearch(%.20q): %v, want Invalid", q, err)
		}
	}
}

func TestSearchTokensHoldWhatTheQueryAsks(t *testing.T) {
	toks := SearchTokens([]string{"Shavkat Mirziyoyev", "米尔济约耶夫"}, true)
	for _, want := range []string{"shavkat", "mirziyoyev", "shavkatmirziyoyev", "米", "米尔", "耶夫"} {
		if !contains(toks, want) {
			t.Errorf("tokens %q lack %q", toks, want)
		}
	}
	ts, _ := ParseSearch("米尔济 mirzi")
	exact, prefixes := ts.Tokens()
	if !reflect.DeepEqual(exact, []string{"尔济", "米尔"}) || !reflect.DeepEqual(prefixes, []string{"mirzi"}) {
		t.Errorf("Tokens = %q, %q", exact, prefixes)
	}
	if got := ts.Lucene(); got != "+尔济 +米尔 +mirzi*" {
		t.Errorf("Lucene = %q", got)
	}
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

func TestLuceneEscape(t *testing.T) {
	if got, want := LuceneEscape(`a+b-c&&d||e!(f){g}[h]^"i"~j*k?l:m\n/o`), `a\+b\-c\&\&d\|\|e\!\(f\)\{g\}\[h\]\^\"i\"\~j\*k\?l\:m\\n\/o`; got != want {
		t.Errorf("LuceneEscape = %s, want %s", got, want)
	}
}

func TestSearchSnippetIsAWindowAroundTheMatch(t *testing.T) {
	long := strings.Repeat("甲", 100) + "海关" + strings.Repeat("乙", 100)
	ts, _ := ParseSearch("海关")
	sc, snip := SearchMatch(ts, SearchDoc{Kind: SearchEvidence, Texts: []string{long}})
	if sc <= 0.1 || sc >= 0.3 {
		t.Errorf("score %v outside the sentences' band", sc)
	}
	if !strings.Contains(snip, "海关") || !strings.HasPrefix(snip, "…") || !strings.HasSuffix(snip, "…") || len([]rune(snip)) != snippetRunes+2 {
		t.Errorf("snippet %q", snip)
	}
	if sc, _ := SearchMatch(ts, SearchDoc{Kind: SearchEvidence, Texts: []string{"海上关口"}}); sc != 0 {
		t.Errorf("a run must occur as written: score %v", sc)
	}
}
