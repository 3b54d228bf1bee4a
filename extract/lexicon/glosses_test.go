package lexicon

import (
	"strings"
	"testing"
)

// TestEmbeddedGlossesCoverInitiativesAndDomains: every canonical
// initiative and every domain of the embedded files has its English name.
func TestEmbeddedGlossesCoverInitiativesAndDomains(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range l.Initiatives {
		if l.InitiativeEn[c] == "" {
			t.Errorf("initiative %s has no name_en", c)
		}
	}
	for d := range l.Domains {
		if l.DomainEn[d] == "" {
			t.Errorf("domain %s has no name_en", d)
		}
	}
	for zh, en := range map[string]string{"全球文明倡议": "Global Civilization Initiative", "一带一路": "Belt and Road Initiative"} {
		if got := l.InitiativeEn[zh]; got != en {
			t.Errorf("InitiativeEn[%s] = %q, want %q", zh, got, en)
		}
	}
	if l.DomainEn["海关"] != "customs" || l.DomainEn["计量"] != "metrology" {
		t.Errorf("DomainEn: 海关 %q, 计量 %q", l.DomainEn["海关"], l.DomainEn["计量"])
	}
}

// TestGlossOverrides: an override row gives or replaces an English name;
// a row without one keeps the name given before; a gloss in Han
// characters is a bad line.
func TestGlossOverrides(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "initiatives.tsv", "# canonical\tform\tname_en\n全球发展倡议\t全球发展倡议\tGDI\n一带一路\t“一带一路”倡议\n")
	write(t, dir, "domains.tsv", "深海探测\tdeep-sea exploration\n海关\n")
	l, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if l.InitiativeEn["全球发展倡议"] != "GDI" || l.InitiativeEn["一带一路"] != "Belt and Road Initiative" {
		t.Errorf("InitiativeEn: %q %q", l.InitiativeEn["全球发展倡议"], l.InitiativeEn["一带一路"])
	}
	if l.DomainEn["深海探测"] != "deep-sea exploration" || l.DomainEn["海关"] != "customs" {
		t.Errorf("DomainEn: %q %q", l.DomainEn["深海探测"], l.DomainEn["海关"])
	}
	bad := t.TempDir()
	write(t, bad, "domains.tsv", "深海探测\t深海\n")
	write(t, bad, "initiatives.tsv", "某倡议\t某倡议\tan \"initiative\"\n")
	probs, err := Validate(bad)
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) != 2 || !strings.Contains(probs[0].Msg, "English name") || !strings.Contains(probs[1].Msg, "English name") {
		t.Errorf("problems: %v", probs)
	}
	if _, err := Append(t.TempDir(), "domain", []string{"深海探测", "deep-sea exploration"}); err != nil {
		t.Errorf("append a domain with its English name: %v", err)
	}
}
