package graph

import (
	"strings"
	"testing"
)

// TestRelationshipEnGlossesDesignations: a designation's core with the
// qualifiers before it, with or without 关系; an unknown qualifier gives no
// gloss rather than a partial one.
func TestRelationshipEnGlossesDesignations(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"core with 关系", "全面战略合作伙伴关系", "comprehensive strategic cooperative partnership"},
		{"core as extracted", "全面战略伙伴", "comprehensive strategic partnership"},
		{"longest core wins", "全天候战略合作伙伴", "all-weather strategic cooperative partnership"},
		{"new era", "新时代全面战略协作伙伴", "comprehensive strategic partnership of coordination for a new era"},
		{"21st century", "面向21世纪的战略协作伙伴", "strategic partnership of coordination oriented toward the 21st century"},
		{"featuring", "相互尊重、共同发展的全面战略伙伴关系", "comprehensive strategic partnership featuring mutual respect and common development"},
		// synthetic: two qualifiers
		{"two qualifiers", "新时代面向未来的全面战略伙伴", "comprehensive strategic partnership for a new era oriented toward the future"},
		// synthetic: an unknown qualifier
		{"unknown qualifier", "互利共赢的全面战略伙伴", ""},
		{"not a designation", "友好关系", ""},
		{"empty", "", ""},
		{"only 关系", "关系", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := RelationshipEn(c.in); got != c.want {
				t.Errorf("RelationshipEn(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestRelationshipsTSVWellFormed: every data line of relationships.tsv has
// a known kind, Chinese without spaces and English in Latin letters.
func TestRelationshipsTSVWellFormed(t *testing.T) {
	for n, line := range strings.Split(relationshipsTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || (f[0] != "core" && f[0] != "qualifier") || f[1] == "" || strings.ContainsAny(f[1], " abcdefghijklmnopqrstuvwxyz") || f[2] == "" || strings.TrimSpace(f[2]) != f[2] {
			t.Errorf("relationships.tsv:%d: bad line %q", n+1, line)
		}
		if f[0] == "core" && !strings.HasSuffix(f[1], "伙伴") {
			t.Errorf("relationships.tsv:%d: core %q does not end in 伙伴", n+1, f[1])
		}
	}
}
